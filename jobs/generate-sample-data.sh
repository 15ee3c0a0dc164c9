#!/usr/bin/env bash
# Writes deterministic sample inputs (no Spark needed).
# Usage: jobs/generate-sample-data.sh [--output DIR] [--postings N] [--enrollments N] [--seed N]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_ensure_jar
exec java -cp "$APP_JAR" org.skillgap.jobs.GenerateSampleData "$@"
