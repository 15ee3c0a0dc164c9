#!/usr/bin/env bash
# Writes deterministic sample inputs (no Spark needed).
# Usage: jobs/generate-sample-data.sh [--output DIR] [--postings N] [--enrollments N] [--seed N] [--gzip]
# The bundled sample-data/ is: jobs/generate-sample-data.sh --gzip (seed 42, 2,200 postings).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_ensure_jar
skillgap_java org.skillgap.jobs.GenerateSampleData "$@"
