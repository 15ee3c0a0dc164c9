#!/usr/bin/env bash
# Runs the whole nightly pipeline (ingest, extract, report) through spark-submit.
# Usage: jobs/nightly.sh [--input DIR] [--output DIR] [--date YYYY-MM-DD] [--master URL] [--config FILE]
#                   [--set key=value ...] [--verbose] [--help]
# Defaults: input sample-data/, output out/, master local[*], date today.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_submit org.skillgap.jobs.NightlyJob "$@"
