#!/usr/bin/env bash
# `make run`: serves the clinic at http://127.0.0.1:8080 from var/needlepoint.db. The first
# start creates a demo clinic and prints its owner login once. Ctrl-C stops the server
# gracefully. NEEDLEPOINT_LISTEN and NEEDLEPOINT_DB override the defaults.
set -euo pipefail
build=${1:-build}
exec "$build/needlepoint" serve --db "${NEEDLEPOINT_DB:-sqlite:var/needlepoint.db}" \
  --listen "${NEEDLEPOINT_LISTEN:-127.0.0.1:8080}"
