#!/usr/bin/env bash
# Runs the nightly pipeline on the two real job-posting feeds in ${SKILLGAP_DATA:-../shared/data}
# (NYC Jobs and USAJOBS, as published: zipped and gzipped CSV with their own columns), each mapped by its
# example configuration in jobs/examples/ alone, with the shared Coursera catalogue as credentials. Prints
# each night's run summary (counts, stage times, the industry classifier's held-out accuracy and macro F1)
# and the top 15 skills per industry. Outputs stay in target/real-data/<feed>/out. About 4 minutes on 2 cores.
# Usage: jobs/real-data.sh [nyc-jobs|usajobs ...]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DATA="${SKILLGAP_DATA:-$SKILLGAP_ROOT/../shared/data}"
[[ -d "$DATA/real-postings" ]] || { echo "No real feeds at $DATA/real-postings: set SKILLGAP_DATA." >&2; exit 2; }
export SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-6g}"
declare -A FILE=([nyc-jobs]=nyc-jobs.csv.zip [usajobs]=usajobs_dec2017_dedup.csv.gz)
feeds=("$@")
[[ ${#feeds[@]} -gt 0 ]] || feeds=(nyc-jobs usajobs)
for feed in "${feeds[@]}"; do
  [[ -n "${FILE[$feed]:-}" ]] || { echo "Unknown feed '$feed': nyc-jobs or usajobs." >&2; exit 2; }
  work="$SKILLGAP_ROOT/target/real-data/$feed"
  rm -rf "$work" && mkdir -p "$work/in/postings" "$work/in/enrollments" "$work/in/credentials"
  cp "$DATA/real-postings/${FILE[$feed]}" "$work/in/postings/"
  cp "$DATA/coursera-courses/coursera_courses.csv" "$work/in/credentials/"
  echo "=== $feed: ${FILE[$feed]}"
  "$SKILLGAP_ROOT/jobs/nightly.sh" --input "$work/in" --output "$work/out" \
    --config "$SKILLGAP_ROOT/jobs/examples/$feed.properties"
  "$SKILLGAP_ROOT/jobs/reports.sh" --output "$work/out" top --top 15
done
