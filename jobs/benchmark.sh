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

# The benchmark is not in the app jar: `mvn package` builds it from src/bench into its own jar, which
# joins the app jar on the driver's classpath (--jars), so it runs against the stages as shipped.
BENCH_JAR="$SKILLGAP_ROOT/target/skillgap-bench.jar"
if [[ ! -f "$BENCH_JAR" ]] \
   || [[ -n "$(find "$SKILLGAP_ROOT/src/main" "$SKILLGAP_ROOT/src/bench" "$SKILLGAP_ROOT/pom.xml" -newer "$BENCH_JAR" -print -quit)" ]]; then
  echo "[skillgap] building $BENCH_JAR ..." >&2
  # Debian's Maven 3.8 writes colour resets even in batch mode; unfiltered they stand in the console as "[0m".
  (cd "$SKILLGAP_ROOT" && mvn -B -q -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g') >&2
fi
export SPARK_SUBMIT_OPTS_EXTRA="--jars $BENCH_JAR${SPARK_SUBMIT_OPTS_EXTRA:+ $SPARK_SUBMIT_OPTS_EXTRA}"
skillgap_submit_as_is org.skillgap.bench.Benchmark --master "$master" "${args[@]}"
