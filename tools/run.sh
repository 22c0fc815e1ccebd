#!/usr/bin/env bash
# `make run`: serves the clinic at http://127.0.0.1:8080 from var/needlepoint.db. The first
# start creates a DEMO clinic (invented patients, for evaluation) and prints its owner login
# once. A real clinic starts from an empty database with `needlepoint init` instead (README).
# Ctrl-C stops the server gracefully. NEEDLEPOINT_LISTEN and NEEDLEPOINT_DB override the
# defaults.
set -euo pipefail
build=${1:-build}
echo "make run serves a DEMO clinic for evaluation (invented data). A real clinic starts with"
echo "  $build/needlepoint init --db sqlite:PATH --clinic-name NAME --slug LOGIN-NAME \\"
echo "      --time-zone Europe/London --owner-email YOU@CLINIC"
echo "and is then served with $build/needlepoint serve --db sqlite:PATH (see README.md)."
exec "$build/needlepoint" serve --db "${NEEDLEPOINT_DB:-sqlite:var/needlepoint.db}" \
  --listen "${NEEDLEPOINT_LISTEN:-127.0.0.1:8080}"
