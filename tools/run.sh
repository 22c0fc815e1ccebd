#!/usr/bin/env bash
# `make run`: shows what the needlepoint command does, with a worked example.
set -euo pipefail
build=${1:-build}
bin="$build/needlepoint"
"$bin" --help
echo
echo "Worked example: a patient stopped isotretinoin on 2026-08-01 and has a history of cold sores."
example=$(mktemp)
trap 'rm -f "$example"' EXIT
cat > "$example" <<'JSON'
{
  "assessed_on": "2026-11-20",
  "planned_date": "2026-12-04",
  "patient": { "birth_date": "1988-03-14", "fitzpatrick": 4 },
  "areas": ["cheeks", "perioral"],
  "concerns": [ { "code": "acne_scars", "subtype": "rolling", "severity": 3, "areas": ["cheeks"] } ],
  "history": ["herpes_history"],
  "medications": [ { "code": "isotretinoin", "last_dose": "2026-08-01" } ]
}
JSON
echo "\$ $bin plan --format text example.json"
"$bin" plan --format text "$example"
