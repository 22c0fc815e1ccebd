#!/usr/bin/env bash
# Installs the Debian 12 packages Needlepoint needs for a purpose (build, test, bench).
# Idempotent and quiet when everything is present; as a non-root user it prints the
# apt-get command to run instead of running it.
set -euo pipefail

build_pkgs=(
  g++ cmake ninja-build make pkg-config ca-certificates tzdata
  libboost1.74-dev nlohmann-json3-dev libtomlplusplus-dev libhowardhinnant-date-dev
  libsodium-dev libcli11-dev libspdlog-dev libfmt-dev libsqlite3-dev libpq-dev libical-dev
  libcurl4-openssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libopencv-dev libopencv-contrib-dev
)
# The browser suite: Debian's Chromium and fonts (without them screenshots have no text), and
# Node with npm unless the machine has a Node already (Debian's npm conflicts with others).
# python3-aiosmtpd: the SMTP server the outbox delivery tests talk to.
test_pkgs=(postgresql-15 clang-format chromium fonts-liberation python3-aiosmtpd)
if ! command -v node >/dev/null 2>&1; then
  test_pkgs+=(nodejs npm)
fi
bench_pkgs=(wrk curl)

want=("${build_pkgs[@]}")
for purpose in "$@"; do
  case "$purpose" in
    build) ;;
    test) want+=("${test_pkgs[@]}") ;;
    bench) want+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
    *) echo "deps.sh: unknown purpose '$purpose' (build, test, bench)" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
((${#missing[@]} == 0)) && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Needlepoint needs these Debian packages: ${missing[*]}" >&2
  echo "Run as root:  apt-get update && $cmd" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
