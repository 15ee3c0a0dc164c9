#!/usr/bin/env bash
# Shared by the jobs/*.sh launchers: builds the app jar when missing or stale, then runs a job class
# through spark-submit ($SPARK_HOME/bin/spark-submit when SPARK_HOME is set, otherwise Spark's own
# SparkSubmit from the jars Maven resolved: no Spark download needed).
set -euo pipefail

SKILLGAP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_JAR="$SKILLGAP_ROOT/target/skillgap.jar"
SPARK_CP_FILE="$SKILLGAP_ROOT/target/spark-classpath.txt"
LOG_CONF="$SKILLGAP_ROOT/jobs/conf/log4j2.properties"

# The JVM flags Spark's launcher passes on Java 17; without them Kryo, MLlib and persist fail. All but one:
# --add-modules=jdk.incubator.vector, which makes the JVM print "WARNING: Using incubator modules" on every
# run, for a faster pure-Java BLAS that only the industry classifier's small regression would use.
SPARK_JAVA17_OPTS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
)

# Builds target/skillgap.jar (and the Spark classpath file) when missing or older than the sources.
skillgap_ensure_jar() {
  if [[ ! -f "$APP_JAR" || ! -f "$SPARK_CP_FILE" ]] \
     || [[ -n "$(find "$SKILLGAP_ROOT/src/main" "$SKILLGAP_ROOT/pom.xml" -newer "$APP_JAR" -print -quit)" ]]; then
    echo "[skillgap] building $APP_JAR ..." >&2
    # Debian's Maven 3.8 writes colour resets even in batch mode; unfiltered they stand in the console as "[0m".
    (cd "$SKILLGAP_ROOT" && mvn -B -q -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g') >&2
  fi
}

# The Iceberg Spark runtime Maven resolved: provided, like Spark, so not inside the app jar.
skillgap_iceberg_jar() {
  tr ':' '\n' < "$SPARK_CP_FILE" | grep '/iceberg-spark-runtime-' | head -1
}

# A Spark distribution without Iceberg in its jars/ gets the Maven-resolved runtime with --jars.
skillgap_iceberg_opts() {
  if ! compgen -G "$SPARK_HOME/jars/iceberg-spark-runtime-*.jar" >/dev/null; then
    echo "--jars $(skillgap_iceberg_jar)"
  fi
}

# skillgap_submit CLASS [job args...]: honours --master URL (default local[*]) and passes the rest on.
# Extra spark-submit options can be given in SPARK_SUBMIT_OPTS_EXTRA (e.g. "--conf spark.executor.memory=4g").
skillgap_submit() {
  local class="$1"; shift
  local master="local[*]" args=() have_input=0 have_output=0
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --master) master="$2"; shift 2 ;;
      --master=*) master="${1#--master=}"; shift ;;
      --input|--input=*) have_input=1; args+=("$1"); shift ;;
      --output|--output=*) have_output=1; args+=("$1"); shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  # Defaults relative to the project, so the scripts work from any folder.
  [[ $have_input == 1 ]] || args+=(--input "$SKILLGAP_ROOT/sample-data")
  [[ $have_output == 1 ]] || args+=(--output "$SKILLGAP_ROOT/out")

  skillgap_submit_as_is "$class" --master "$master" "${args[@]}"
}

# skillgap_submit_as_is CLASS [--master URL] [args...]: submits CLASS with exactly the given arguments.
skillgap_submit_as_is() {
  local class="$1"; shift
  local master="local[*]"
  if [[ "${1:-}" == "--master" ]]; then master="$2"; shift 2; fi
  local args=("$@")
  skillgap_ensure_jar
  # On a terminal the run's progress line is redrawn in place; under cron, Airflow or CI it prints plain lines.
  [[ -t 2 ]] && export SKILLGAP_CONSOLE="${SKILLGAP_CONSOLE:-live}"
  local extra=()
  # shellcheck disable=SC2206
  [[ -n "${SPARK_SUBMIT_OPTS_EXTRA:-}" ]] && extra=(${SPARK_SUBMIT_OPTS_EXTRA})
  if [[ -n "${SPARK_HOME:-}" ]]; then
    # shellcheck disable=SC2207
    local iceberg=($(skillgap_iceberg_opts))
    exec "$SPARK_HOME/bin/spark-submit" --master "$master" --class "$class" "${iceberg[@]}" \
      --driver-java-options "-Dlog4j2.configurationFile=file:$LOG_CONF" \
      "${extra[@]}" "$APP_JAR" "${args[@]}"
  else
    # The throughput collector: a batch run wants work done, not short pauses, and on a small machine G1's
    # concurrent threads take CPU from Spark's tasks. On 2 cores: 120 generated postings on local[2], 47.3 s ->
    # 42.3 s (median of 3); one night each on the real feeds (6g driver), NYC Jobs 80.2 s -> 71.2 s and
    # USAJOBS 120.4 s -> 117.4 s, the NLP stage alone 1 to 5 % slower, within this machine's noise.
    exec java -Xmx"${SKILLGAP_DRIVER_MEMORY:-3g}" -XX:+UseParallelGC "${SPARK_JAVA17_OPTS[@]}" \
      -Dlog4j2.configurationFile="file:$LOG_CONF" \
      -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit \
      --master "$master" --class "$class" "${extra[@]}" "$APP_JAR" "${args[@]}"
  fi
}

# skillgap_java CLASS [args...]: runs a class that needs no Spark cluster (evaluation, imports, training)
# in a plain JVM with the app jar and Spark's jars (for Jackson and logging) on the classpath.
skillgap_java() {
  local class="$1"; shift
  skillgap_ensure_jar
  local cp
  if [[ -n "${SPARK_HOME:-}" ]]; then cp="$APP_JAR:$SPARK_HOME/jars/*:$(skillgap_iceberg_jar)"; else cp="$APP_JAR:$(cat "$SPARK_CP_FILE")"; fi
  exec java -Xmx"${SKILLGAP_DRIVER_MEMORY:-3g}" -Dlog4j2.configurationFile="file:$LOG_CONF" -cp "$cp" "$class" "$@"
}
