#!/usr/bin/env bash
# Trains the default industry model shipped in the jar on the placed postings of pipeline outputs.
# Usage: jobs/train-industry-model.sh --warehouse OUTPUT [--warehouse OUTPUT]... --output FILE [--min-documents N]
# The shipped model, reproduced (after jobs/real-data.sh has run both feeds):
#   jobs/train-industry-model.sh --warehouse target/real-data/nyc-jobs/out --warehouse target/real-data/usajobs/out \
#     --source "NYC Jobs + USAJOBS (jobs/real-data.sh)" --output src/main/resources/org/skillgap/classify/industry-model.tsv.gz
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_submit_as_is org.skillgap.jobs.TrainIndustryModel --master "local[*]" "$@"
