#!/usr/bin/env bash
# Runs the report stage: build and publish the Parquet reports through spark-submit.
# Usage: jobs/report.sh [--input DIR] [--output DIR] [--date YYYY-MM-DD] [--master URL] [--config FILE]
#                   [--set key=value ...] [--verbose] [--help]
# Defaults: input sample-data/, output out/, master local[*], date today.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_submit org.skillgap.jobs.ReportJob "$@"
