#!/usr/bin/env bash
# Merges ESCO skills and O*NET Technology Skills downloads into a taxonomy file (no Spark needed).
# Usage: jobs/import-taxonomy.sh [--esco FILE]... [--onet FILE]... [--base FILE] --output FILE
# Then run the pipeline with: --set extract.taxonomy=FILE
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
skillgap_java org.skillgap.jobs.ImportTaxonomy "$@"
