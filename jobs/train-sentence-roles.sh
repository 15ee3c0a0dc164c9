#!/usr/bin/env bash
# Trains the sentence-roles model (does a sentence speak to the candidate, or about the employer, the hiring
# process, legal text?) on labels the real feeds and SkillSpan in ${SKILLGAP_DATA:-../shared/data} give for
# free; no Spark needed, about 2 minutes on 2 cores. Without arguments it rebuilds the model shipped in the jar,
# src/main/resources/org/skillgap/extract/sentence-roles.tsv (then rebuild the jar: mvn -DskipTests package).
# Usage: jobs/train-sentence-roles.sh [--nyc FILE --usajobs FILE --skillspan FILE --output FILE] [--per-group N]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-4g}"
if [[ $# -gt 0 ]]; then
  skillgap_java org.skillgap.jobs.TrainSentenceRoles "$@"
  exit $?
fi
DATA="${SKILLGAP_DATA:-$SKILLGAP_ROOT/../shared/data}"
[[ -d "$DATA/real-postings" ]] || { echo "No real feeds at $DATA/real-postings: set SKILLGAP_DATA." >&2; exit 2; }
skillgap_java org.skillgap.jobs.TrainSentenceRoles \
  --nyc "$DATA/real-postings/nyc-jobs.csv.zip" --usajobs "$DATA/real-postings/usajobs_dec2017_dedup.csv.gz" \
  --skillspan "$DATA/skillspan/train.jsonl" \
  --output "$SKILLGAP_ROOT/src/main/resources/org/skillgap/extract/sentence-roles.tsv"
