#!/usr/bin/env bash
# Trains the CRF skill-span model on annotated JSON Lines (SkillSpan/Green format; no Spark needed).
# Without arguments it rebuilds the model shipped in the jar (about 9 minutes on 2 cores; it trains twice, the
# second time on the features that matter, which keeps the model under 5 MB): every layer of the SkillSpan and
# Green et al. train splits in ${SKILLGAP_DATA:-../shared/data}, written to
# src/main/resources/org/skillgap/extract/span-model.crf.gz (then rebuild the jar: mvn -DskipTests package).
# Usage: jobs/train-span-model.sh [--train FILE]... [--layer knowledge|skill|all] --output FILE
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-6g}"
if [[ $# -gt 0 ]]; then
  skillgap_java org.skillgap.jobs.TrainSpanModel "$@"
  exit $?
fi
DATA="${SKILLGAP_DATA:-$SKILLGAP_ROOT/../shared/data}"
[[ -d "$DATA/skillspan" && -d "$DATA/green-skill-ner" ]] || {
  echo "No SkillSpan or Green data under $DATA: set SKILLGAP_DATA or pass --train/--output (see --help)." >&2; exit 2; }
skillgap_java org.skillgap.jobs.TrainSpanModel --layer all \
  --train "$DATA/skillspan/train.jsonl" --train "$DATA/green-skill-ner/train.jsonl" \
  --output "$SKILLGAP_ROOT/src/main/resources/org/skillgap/extract/span-model.crf.gz"
