#!/usr/bin/env bash
# Reads the published reports (local folders or any Hadoop file system).
# Usage: jobs/reports.sh [--output DIR] list
#        jobs/reports.sh [--output DIR] show REPORT [--industry X] [--run DATE] [--where SQL] [--sort COL] [--asc] [--top N]
#        jobs/reports.sh [--output DIR] export REPORT --csv FILE [same filters]
#        jobs/reports.sh [--output DIR] top [--run DATE] [--top N]   (each industry's most asked-for skills)
#        jobs/reports.sh [--output DIR] evidence --industry I --skill NAME [--sample N] [--seed S]
#            (postings counted for a skill, drawn at random, with the sentence each was counted from)
# Default output folder: out/ of this project.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
args=("$@")
[[ " $* " == *" --output "* || " $* " == *" --output="* ]] || args=(--output "$SKILLGAP_ROOT/out" "$@")
skillgap_submit_as_is org.skillgap.jobs.ReportsCommand --master "local[2]" "${args[@]}"
