#!/usr/bin/env bash
# The web app's Node tooling (Node and npm from Debian, or the machine's own Node):
#   tools/web.sh deps    install the pinned npm packages (npm ci) unless node_modules matches
#                        package-lock.json already
#   tools/web.sh build   rebuild web/dist from web/src (`make web`); commit the result
#   tools/web.sh check   fail if the committed web/dist is not what web/src builds (CI)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web.sh: node and npm are needed (\`make test-deps\` installs Debian's nodejs and npm)" >&2
  exit 1
fi

deps() {
  local stamp=node_modules/.needlepoint-package-lock.json
  if [[ -f $stamp ]] && cmp -s package-lock.json "$stamp"; then return; fi
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
}

case "${1:-}" in
  deps) deps ;;
  build) deps && node web/build.mjs ;;
  check) deps && node web/build.mjs --check ;;
  *) echo "usage: tools/web.sh deps|build|check" >&2; exit 2 ;;
esac
