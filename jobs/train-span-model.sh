#!/usr/bin/env bash
# Trains the CRF skill-span model on annotated JSON Lines (SkillSpan/Green format; no Spark needed).
# Usage: jobs/train-span-model.sh --train FILE [--train FILE]... [--layer knowledge] --output FILE
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-6g}" skillgap_java org.skillgap.jobs.TrainSpanModel "$@"
