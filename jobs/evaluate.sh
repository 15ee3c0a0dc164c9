#!/usr/bin/env bash
# Scores skill extraction on annotated data (no Spark needed; about 5 minutes on 2 cores).
# Without arguments it evaluates on the shared data sets in ${SKILLGAP_DATA:-../shared/data}:
#   SkillSpan dev (span models trained on SkillSpan train), Green dev (trained on Green train), and
#   TechWolf ESCO linking with the built-in taxonomy merged with ESCO and O*NET, and TechWolf ranked by
#   the sentence encoder (every ESCO label per sentence, R-Precision@5/10; about 1 more minute).
# With arguments they go to the command as given: see jobs/evaluate.sh --help.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export SKILLGAP_DRIVER_MEMORY="${SKILLGAP_DRIVER_MEMORY:-6g}"
if [[ $# -gt 0 ]]; then
  skillgap_java org.skillgap.jobs.Evaluate "$@"
fi
DATA="${SKILLGAP_DATA:-$SKILLGAP_ROOT/../shared/data}"
[[ -d "$DATA" ]] || { echo "No data folder at $DATA: set SKILLGAP_DATA or pass --spans/--links (see --help)." >&2; exit 2; }
OUT="$SKILLGAP_ROOT/target/evaluation"
mkdir -p "$OUT"
ESCO="$DATA/esco-skills"
( skillgap_java org.skillgap.jobs.ImportTaxonomy \
    --esco "$ESCO/v1.2.0_digitalSkillsCollection_en.csv" --esco "$ESCO/v1.2.0_transversalSkillsCollection_en.csv" \
    --esco "$ESCO/crosssector_transversal_skills_altlabels.csv" --esco "$ESCO/v1.1.0_all_skill_preferred_labels.txt" \
    --onet "$DATA/onet/Technology_Skills.txt" --output "$OUT/taxonomy-esco-onet.tsv" ) >/dev/null
( skillgap_java org.skillgap.jobs.Evaluate \
  --spans "skillspan=$DATA/skillspan/dev.jsonl,$DATA/skillspan/train.jsonl" \
  --spans "green=$DATA/green-skill-ner/dev.jsonl,$DATA/green-skill-ner/train.jsonl" \
  --links "techwolf=$DATA/techwolf-esco/techwolf_test_annotations.csv" \
  --link-taxonomy "$OUT/taxonomy-esco-onet.tsv" --models "$OUT/models" --json "$OUT/evaluation.jsonl" )
skillgap_java org.skillgap.jobs.RankLinks \
  --sentences "$DATA/techwolf-esco/techwolf_test_annotations.csv" --labels "$ESCO/v1.1.0_all_skill_preferred_labels.txt" \
  --alt-labels "$ESCO/crosssector_transversal_skills_altlabels.csv" --alt-labels "$ESCO/v1.2.0_digitalSkillsCollection_en.csv" \
  --alt-labels "$ESCO/v1.2.0_transversalSkillsCollection_en.csv" --alt-labels "$ESCO/v1.2.0_greenSkillsCollection_en.csv" \
  --alt-labels "$ESCO/v1.2.0_languageSkillsCollection_en.csv" --alt-labels "$ESCO/v1.2.0_researchSkillsCollection_en.csv" \
  --alt-labels "$ESCO/v1.2.0_digCompSkillsCollection_en.csv" --json "$OUT/ranking.jsonl"
