#!/usr/bin/env bash
# `make bench`: every benchmark, in one run, on this machine. Prints a summary; the figures
# with the machine description go into docs/PERFORMANCE.md by hand.
#   tools/bench.sh BUILD_DIR [engine|schedule|booking|password|storage|lot|witness|http|burst|photo]...
#   (default: all)
set -euo pipefail
build=$(realpath "${1:-build}")
shift || true
parts=("$@")
((${#parts[@]})) || parts=(engine schedule booking password storage lot witness http burst photo)
out=$build/bench-results
data=$build/bench-data
mkdir -p "$out" "$data"
want() { local p; for p in "${parts[@]}"; do [[ $p == "$1" ]] && return 0; done; return 1; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

if want engine; then
  echo "== engine (Google Benchmark, median of 10 repetitions)"
  "$build/bench/needlepoint_bench" --benchmark_repetitions=10 \
    --benchmark_report_aggregates_only=true --benchmark_out="$out/engine.json" \
    --benchmark_out_format=json 2>/dev/null | grep -E "_median"
fi

if want schedule; then
  echo "== scheduling engine (per call: wall clock and thread CPU time, ms)"
  "$build/bench/needlepoint_schedule_bench" --iterations 2000
fi

if want booking; then
  echo "== series proposal from the database (read + index + engine) against the read alone, ms"
  "$build/bench/needlepoint_booking_bench" --db "sqlite:$data/booking.db" --iterations 1000
  "$(dirname "$0")/pg-test-cluster.sh" ensure "$data/pg"
  url=$(cat "$data/pg/url")
  psql -qAt "${url/needlepoint_test/postgres}" -c "DROP DATABASE IF EXISTS bench_booking" \
    -c "CREATE DATABASE bench_booking"
  (cd "$data" && "$build/bench/needlepoint_booking_bench" \
    --db "${url/needlepoint_test/bench_booking}" --iterations 1000)
fi

if want password; then
  echo "== Argon2id verification (one login)"
  "$build/bench/needlepoint_password_bench" 2>/dev/null | grep BM_
fi

if want storage; then
  echo "== storage: day view and patient history latency, booking throughput (8 writers)"
  # Data sets are generated once and kept in $data (1M appointments take minutes).
  # The booking runs add appointments, so the small data set is made afresh every time; the
  # 1M sets are kept (generating them takes minutes) and grow by about 2% per run.
  rm -f "$data"/sqlite-10k.db*
  sqlite_run() {  # label clinics
    local db=$data/sqlite-$1.db gen=()
    [[ -f $db ]] || gen=(--generate --clinics "$2" --patients 180)
    "$build/bench/needlepoint_storage_bench" --db "sqlite:$db" "${gen[@]}" --reads 20000 \
      --seconds 10 --label "sqlite $1" 2>/dev/null
  }
  sqlite_run 10k 10
  sqlite_run 1M 1000
  # The PostgreSQL cluster is kept between runs too (tools/pg-test-cluster.sh ensure).
  "$(dirname "$0")/pg-test-cluster.sh" ensure "$data/pg"
  url=$(cat "$data/pg/url")
  admin() { psql -qAt "${url/needlepoint_test/postgres}" "$@"; }
  admin -c "DROP DATABASE IF EXISTS bench_10k"
  pg_run() {  # label database clinics
    local gen=()
    if [[ -z $(admin -c "SELECT 1 FROM pg_database WHERE datname = '$2'") ]]; then
      admin -c "CREATE DATABASE $2"
      gen=(--generate --clinics "$3" --patients 180)
    fi
    (cd "$data" && "$build/bench/needlepoint_storage_bench" --db "${url/needlepoint_test/$2}" \
      "${gen[@]}" --reads 20000 --seconds 10 --label "postgres $1" 2>/dev/null)
  }
  pg_run 10k bench_10k 10
  pg_run 1M bench_1m 1000
fi

if want lot; then
  echo "== lot exposure (recall search): one clinic of N sessions, p50/p99 per search, ms"
  # Data sets are generated once and kept in $data (1M sessions take minutes on PostgreSQL).
  for n in 10000 100000 1000000; do
    db=$data/lot-$n.db gen=()
    [[ -f $db ]] || gen=(--generate --sessions "$n")
    "$build/bench/needlepoint_lot_bench" --db "sqlite:$db" "${gen[@]}" --sessions "$n" \
      --label "sqlite $n" 2>/dev/null
  done
  "$(dirname "$0")/pg-test-cluster.sh" ensure "$data/pg"
  url=$(cat "$data/pg/url")
  admin() { psql -qAt "${url/needlepoint_test/postgres}" "$@"; }
  for n in 10000 100000 1000000; do
    name=bench_lot_$n gen=()
    if [[ -z $(admin -c "SELECT 1 FROM pg_database WHERE datname = '$name'") ]]; then
      admin -c "CREATE DATABASE $name"
      gen=(--generate --sessions "$n")
    fi
    (cd "$data" && "$build/bench/needlepoint_lot_bench" --db "${url/needlepoint_test/$name}" \
      "${gen[@]}" --sessions "$n" --label "postgres $n" 2>/dev/null)
  done
fi

if want witness; then
  echo "== audit witness: SQLite 10k, bookings (8 writers) and synced audit batches, off/on twice"
  for round in 1 2; do
    for flag in --no-witness ""; do
      rm -f "$data"/witness-10k.db*
      "$build/bench/needlepoint_storage_bench" --db "sqlite:$data/witness-10k.db" --generate \
        --clinics 10 --patients 180 --reads 1000 --seconds 5 --audit-batches 3000 $flag \
        --label "round $round${flag:+ (no witness)}" 2>/dev/null | sed 's/ day p50.*booking/ booking/'
    done
  done
  rm -f "$data"/witness-10k.db*
fi

if want http; then
  echo "== HTTP (wrk, 2 threads, 64 connections, 15 s each, SQLite, server with 2 I/O threads)"
  work=$(mktemp -d)
  trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
  port=18181
  "$build/needlepoint" serve --db "sqlite:$work/np.db" --listen "127.0.0.1:$port" \
    --threads 2 ${NP_BENCH_SERVE_FLAGS:-} >"$work/serve.out" 2>"$work/serve.log" &
  server=$!
  for _ in $(seq 100); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  password=$(awk '/password:/ {print $2}' "$work/serve.out")
  token=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"clinic\":\"demo-1\",\"email\":\"owner@demo.clinic\",\"password\":\"$password\"}" \
    "http://127.0.0.1:$port/api/v1/session" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  patient=$(curl -s -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"limit":1}' "http://127.0.0.1:$port/api/v1/patients/search" |
    sed 's/^{"items":\[{"id":\([0-9]*\),.*/\1/')
  cat >"$work/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"patient_id":$patient,"intake":{"patient":{"birth_date":"1988-03-14","fitzpatrick":4},"areas":["cheeks","forehead","perioral"],"concerns":[{"code":"acne_scars","subtype":"rolling","severity":3,"areas":["cheeks"]},{"code":"fine_lines","severity":2}],"history":["herpes_history"],"medications":[{"code":"topical_retinoid","last_use":"2026-01-01"},{"code":"fish_oil"}]}}'
LUA
  run() {  # label url script
    local args=(-t2 -c64 -d15s --latency)
    [[ -n $3 ]] && args+=(-s "$3")
    wrk "${args[@]}" "$2" >"$work/wrk.txt"
    local p50 p99 non2xx rps
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")
    printf "%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
    last_rps=$rps
  }
  run "GET /healthz (ceiling)" "http://127.0.0.1:$port/healthz" ""
  ceiling=$last_rps
  run "GET /api/v1/patients/{id}" "http://127.0.0.1:$port/api/v1/patients/$patient" "$work/get.lua"
  read_rps=$last_rps
  run "POST /api/v1/consultations" "http://127.0.0.1:$port/api/v1/consultations" "$work/post.lua"
  post_rps=$last_rps
  awk -v c="$ceiling" -v r="$read_rps" -v p="$post_rps" \
    'BEGIN {printf "ratio to ceiling: patient read %.1f%%, consultation post %.1f%%\n", 100*r/c, 100*p/c}'
  audit=$("$build/needlepoint" audit verify --db "sqlite:$work/np.db" | tail -1)
  echo "after the run: $audit"
  echo "audit witness after the run: $(wc -l <"$work/np.db.audit-witness") lines, $(wc -c <"$work/np.db.audit-witness") bytes"
fi

if want burst; then
  echo "== login burst: 30 concurrent logins (Argon2id at the default 128 MiB, 3 passes) while"
  echo "   /healthz and a patient read are timed; the same requests without the burst first"
  # The http part's server, if it ran (never `kill 0`: that is this script's process group).
  if [[ -n ${server:-} ]]; then kill "$server" 2>/dev/null || true; fi
  server=
  work=$(mktemp -d)
  trap '[[ -z ${server:-} ]] || kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
  port=18182
  "$build/needlepoint" serve --db "sqlite:$work/np.db" --listen "127.0.0.1:$port" \
    --threads 2 >"$work/serve.out" 2>"$work/serve.log" &
  server=$!
  for _ in $(seq 300); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  password=$(awk '/password:/ {print $2}' "$work/serve.out")
  login() {  # email password
    curl -s -X POST -H 'Content-Type: application/json' \
      -d "{\"clinic\":\"demo-1\",\"email\":\"$1\",\"password\":\"$2\"}" \
      "http://127.0.0.1:$port/api/v1/session"
  }
  token=$(login owner@demo.clinic "$password" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  patient=$(curl -s -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"limit":1}' "http://127.0.0.1:$port/api/v1/patients/search" |
    sed 's/^{"items":\[{"id":\([0-9]*\),.*/\1/')
  sample() {  # label: 20 rounds of /healthz and a patient read, one request at a time
    local h=() r=() i
    for i in $(seq 20); do
      h+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/healthz")")
      r+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/v1/patients/$patient")")
    done
    printf '%s\n' "${h[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1*1000} END {printf "%-16s /healthz     p50 %7.2f ms  max %7.2f ms\n", l, a[int(NR/2)+1], a[NR]}'
    printf '%s\n' "${r[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1*1000} END {printf "%-16s patient read p50 %7.2f ms  max %7.2f ms\n", l, a[int(NR/2)+1], a[NR]}'
  }
  sample "quiet"
  started=$(date +%s.%N)
  logins=()
  for i in $(seq 30); do
    login "burst$i@demo.clinic" "not the password $i" >/dev/null &
    logins+=($!)
  done
  sample "during the burst"
  wait "${logins[@]}"
  awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "the burst of 30 logins took %.1f s\n", e - s}'
fi

if want photo; then
  echo "== photos: a 12-megapixel before/after pair end to end (decode, QA, card, correction,"
  echo "   registration, all metrics, overlays) against decoding the two JPEGs, same run"
  # The phantom pair is rendered once and kept in $data/photos.
  [[ -f $data/photos/after.jpg ]] || "$build/bench/needlepoint_photo_bench" --generate "$data/photos"
  "$build/bench/needlepoint_photo_bench" --run "$data/photos" 5
  echo "== photos: change over 16 synthetic null pairs (the MDC table of docs/PHOTOS.md)"
  "$build/bench/needlepoint_photo_bench" --mdc 16
fi
