#!/usr/bin/env bash
# `make bench`: runs the benchmark programs with repetitions and prints medians.
# Results are recorded by hand, with the machine, in docs/PERFORMANCE.md.
set -euo pipefail
build=${1:-build}
out=${BENCH_OUT:-$build/bench-results}
mkdir -p "$out"
echo "== engine (Google Benchmark, median of 10 repetitions)"
"$build/bench/needlepoint_bench" --benchmark_repetitions=10 \
  --benchmark_report_aggregates_only=true --benchmark_format=console \
  --benchmark_out="$out/engine.json" --benchmark_out_format=json \
  | grep -E "median|^Run|^CPU|^---|Benchmark"
echo "results: $out"
