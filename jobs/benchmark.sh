#!/usr/bin/env bash
# Benchmarks the pipeline's stages against the naive baselines on generated postings (see BENCHMARKS.md).
# Usage: jobs/benchmark.sh [--postings 10000,100000] [--work DIR] [--baseline-sample N] [--repeat N] [--master URL]
# Tables go to stdout and to <work>/benchmark-<n>.{md,json}. Set SKILLGAP_DRIVER_MEMORY for large sizes.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
master="local[*]"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --master) master="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
[[ " ${args[*]:-} " == *" --work "* ]] || args+=(--work "$SKILLGAP_ROOT/target/benchmark")
export SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-6g}"
skillgap_submit_as_is org.skillgap.jobs.Benchmark --master "$master" "${args[@]}"
