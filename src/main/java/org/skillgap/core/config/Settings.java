package org.skillgap.core.config;

import java.util.List;
import java.util.Map;
import org.skillgap.core.extract.SentenceRoles;
import org.skillgap.core.ingest.InputFields;
import org.skillgap.core.report.Itemsets;

/** The catalogue of settings, with their defaults. Keep docs/configuration.md in step. */
public final class Settings {

  private Settings() {}

  public static final Setting<Integer> PARTITIONS =
      Setting.intAtLeast(
          "spark.partitions",
          0,
          0,
          "Partitions for the NLP stage. 0 means twice Spark's default parallelism (the cores).");

  public static final Setting<Double> MAX_REJECT_RATIO =
      Setting.ratio(
          "ingest.max-reject-ratio",
          0.10,
          "Largest share of a dataset's records that may be quarantined before the run stops "
              + "(exit code 4) without writing reports.");

  public static final Setting<String> TAXONOMY =
      Setting.text(
          "extract.taxonomy",
          "builtin",
          "Skills taxonomy: 'builtin' for the bundled one, or a path (any Hadoop file system) to a "
              + "file in the same TSV format.");

  public static final Setting<String> SPAN_MODEL =
      Setting.text(
          "extract.span-model",
          "builtin",
          "CRF skill-span model: 'builtin' for the one in the jar (trained on SkillSpan and Green et al.), "
              + "a path (any Hadoop file system) to one made by jobs/train-span-model.sh, or 'none'. Its spans "
              + "that link to a taxonomy entry are demand; the others feed emerging_skills. With 'none', demand "
              + "is the taxonomy's matches and emerging_skills takes requirement-cue phrases.");

  public static final Setting<String> SENTENCE_ROLES =
      Setting.oneOf(
          "extract.sentence-roles",
          "builtin",
          List.of("builtin", "none"),
          "Whether skills count only from sentences that speak to the candidate: 'builtin' weighs each "
              + "sentence that has a skill and no requirement cue with the sentence-roles model in the "
              + "jar (an encoder-based classifier; the employer's and its facilities' descriptions, the "
              + "hiring process and legal text do not count), and weighs the matches of the entries whose "
              + "names are also written in other senses with the skill senses in the jar (a match counts "
              + "where its words are written in the entry's sense); 'none' counts every sentence and "
              + "match the rules keep.");

  public static final Setting<Double> SENTENCE_ROLE_MIN_SCORE =
      Setting.ratio(
          "extract.sentence-role-min-score",
          SentenceRoles.DEFAULT_MIN_SCORE,
          "The least sentence-roles score (how likely a sentence speaks to the candidate) at which a "
              + "sentence without a requirement cue counts. Higher drops more employer text and more "
              + "duties.");

  public static final Setting<Integer> TEMPLATE_MIN_TITLES =
      Setting.intAtLeast(
          "extract.template-min-titles",
          10,
          0,
          "A sentence found in postings of at least this many distinct titles (this night's and the "
              + "warehouse's) is the employer's or the feed's template (its self-description, hiring "
              + "and legal text, acceptable-degree lists): its mentions are kept, marked, and not "
              + "counted. 0 counts every sentence.");

  public static final Setting<Integer> TEMPLATE_MIN_WORDS =
      Setting.intAtLeast(
          "extract.template-min-words",
          12,
          1,
          "Only sentences of at least this many words can be templates: a short requirement "
              + "('Proficiency in Excel.') is worded alike by many employers and still counts.");

  public static final Setting<Integer> REPORT_MIN_POSTINGS =
      Setting.intAtLeast(
          "report.min-postings",
          1,
          1,
          "A skill appears in skill_demand for a period only when at least this many postings ask "
              + "for it.");

  public static final Setting<String> INPUT_FORMAT =
      Setting.oneOf(
          "input.format",
          "auto",
          List.of("auto", "json", "csv", "parquet"),
          "Input file format. 'auto' chooses per file by extension: .json/.jsonl/.ndjson, .csv, .parquet.");

  public static final Setting<Map<String, String>> POSTINGS_COLUMNS =
      Setting.columnMapping(
          "input.postings.columns",
          InputFields.POSTINGS,
          "Maps a postings feed's own column names onto the canonical fields, e.g. "
              + "'Job Title=title, Job Description=description, Sector=industry, Salary Estimate=salary'.");

  public static final Setting<Map<String, String>> ENROLLMENTS_COLUMNS =
      Setting.columnMapping(
          "input.enrollments.columns", InputFields.ENROLLMENTS, "Same, for the enrollments feed.");

  public static final Setting<Map<String, String>> CREDENTIALS_COLUMNS =
      Setting.columnMapping(
          "input.credentials.columns",
          InputFields.CREDENTIALS,
          "Same, for the credential catalogue, e.g. 'course_title=name, course_students_enrolled=enrollment_count'.");

  public static final Setting<Double> NEAR_DUPLICATE_SIMILARITY =
      Setting.ratio(
          "ingest.near-duplicate-similarity",
          0.8,
          "Two postings of the same company whose descriptions share at least this Jaccard similarity of "
              + "word 3-shingles (MinHash LSH) are one posting re-posted; the earliest is kept. 1.0 keeps "
              + "all but identical texts.");

  public static final Setting<Integer> NEAR_DUPLICATE_WINDOW_DAYS =
      Setting.intAtLeast(
          "ingest.near-duplicate-window-days",
          60,
          1,
          "Re-posts are looked for among a company's postings posted less than this many days apart (pairs up "
              + "to twice as far apart may be compared too). Keeps near-duplicate detection linear in the "
              + "postings: a company's postings years apart are never compared.");

  public static final Setting<List<String>> NEAR_DUPLICATE_KEY =
      Setting.subsetOf(
          "ingest.near-duplicate-key",
          "company,title,location",
          List.of("company", "title", "location"),
          "What two postings must share, besides near-identical text, to be one job re-posted: by default the "
              + "same employer, the same title and the same location. A different title or location is a "
              + "different vacancy, even when an employer's template text makes the descriptions alike.");

  public static final Setting<Double> CLASSIFY_MIN_CONFIDENCE =
      Setting.ratio(
          "classify.min-confidence",
          0.6,
          "Postings without a usable industry get one from a TF-IDF + logistic regression classifier trained "
              + "on the postings that have one (or from the model shipped in the jar where there are too few); "
              + "below this probability they go to 'other'.");

  public static final Setting<Double> CLASSIFY_RETRAIN_GROWTH =
      Setting.ratio(
          "classify.retrain-growth",
          0.1,
          "The industry classifier is trained again when the postings placed by title or label have grown by "
              + "this fraction since it was last trained (or the taxonomy changed, or on a full refresh); other "
              + "nights reuse it and classify only the postings it has not seen.");

  public static final Setting<Double> MIN_DEMAND_SHARE =
      Setting.ratio(
          "report.min-demand-share",
          0.01,
          "A skill is 'in demand' in an industry and year when at least this share of the industry's postings "
              + "ask for it; coverage, gaps, inflation and paths consider only those skills.");

  public static final Setting<Integer> PATH_TOP_SKILLS =
      Setting.intAtLeast(
          "report.path-top-skills",
          10,
          1,
          "How many top demanded skills credential_paths tries to cover.");

  public static final Setting<Double> BUNDLE_MIN_SUPPORT =
      Setting.ratio(
          "report.bundle-min-support",
          0.03,
          "Smallest share of an industry's postings for a skill set in skill_bundles.");

  public static final Setting<Double> BUNDLE_MIN_CONFIDENCE =
      Setting.ratio(
          "report.bundle-min-confidence", 0.5, "Smallest confidence of a rule in skill_bundles.");

  public static final Setting<Integer> BUNDLE_TOP_SKILLS =
      Setting.intBetween(
          "report.bundle-top-skills",
          30,
          2,
          200,
          "skill_bundles mines only each industry's this many most asked-for skills, so its cost per posting is "
              + "bounded whatever the number of skills a posting asks for.");

  public static final Setting<Integer> BUNDLE_MAX_SIZE =
      Setting.intBetween(
          "report.bundle-max-size",
          3,
          2,
          Itemsets.MAX_SIZE,
          "Largest number of skills in one skill_bundles itemset (rules: antecedent and consequent together).");

  public static final Setting<Integer> FACTS_LOOSE_BATCHES =
      Setting.intAtLeast(
          "report.facts-loose-batches",
          30,
          2,
          "The reports' per-night partial counts (warehouse/_facts) are kept one folder per night; when more than "
              + "this many nights have their own folder, the older half are merged into one folder, so a year of "
              + "nights is read as a few dozen folders rather than 365.");

  public static final Setting<Integer> PRIVACY_MIN_LEARNERS =
      Setting.intAtLeast(
          "privacy.min-learners",
          10,
          5,
          "k of k-anonymity: an enrollment figure from fewer distinct learners than this is withheld (null, "
              + "with suppressed = true), completions also when fewer than k completed or did not, and totals "
              + "add published figures only, so no difference of two figures singles out a learner. Below 5 is "
              + "refused.");

  public static final Setting<Integer> KEEP_RUNS =
      Setting.intAtLeast(
          "publish.keep-runs",
          7,
          1,
          "How many published nights to keep: older nights' runs are forgotten and their Iceberg snapshots"
              + " expired (the latest night is always kept).");

  public static final Setting<Integer> RETENTION_GRACE_MINUTES =
      Setting.intAtLeast(
          "publish.retention-grace-minutes",
          60,
          0,
          "Minutes a published run stays after a newer one replaced it, so a reader that resolved it just"
              + " before the switch can finish reading; only then may retention expire its snapshots.");

  /** The value of {@link #LOCK} that keeps the lock in the output folder. */
  public static final String LOCK_IN_OUTPUT = "output";

  /** The value of {@link #LOCK} for a scheduler that never starts two runs at once. */
  public static final String NO_LOCK = "none";

  public static final Setting<String> LOCK =
      Setting.text(
          "run.lock",
          LOCK_IN_OUTPUT,
          "Where the run lock lives: 'output' (the file _lock in the output folder); a file on a local disk or"
              + " HDFS that every run sees (an output on an object store needs one, as object stores cannot"
              + " create a file only if it is absent); or 'none' when the scheduler already runs one night at"
              + " a time (a Kubernetes CronJob with concurrencyPolicy: Forbid, Airflow's max_active_runs=1).");

  /** The value of {@link #LEARNER_KEY_FILE} that generates and keeps a key in the output. */
  public static final String GENERATED_KEY = "generated";

  public static final Setting<String> LEARNER_KEY_FILE =
      Setting.text(
          "ingest.learner-key-file",
          GENERATED_KEY,
          "The key learner ids are hashed with, when SKILLGAP_LEARNER_KEY is not set: 'generated' keeps a"
              + " random one, owner-only, in <output>/_secrets/learner.key from the first night (local"
              + " disk and HDFS; an object store cannot keep a file owner-only); or the path of a file"
              + " holding the key (a mounted Kubernetes secret, a file on HDFS).");

  public static final Setting<Integer> LOCK_STALE_MINUTES =
      Setting.intAtLeast(
          "run.lock-stale-minutes",
          10,
          1,
          "A run lock not refreshed for this long belongs to a crashed run and is taken over.");

  public static final List<Setting<?>> ALL =
      List.of(
          PARTITIONS,
          MAX_REJECT_RATIO,
          LEARNER_KEY_FILE,
          TAXONOMY,
          SPAN_MODEL,
          SENTENCE_ROLES,
          SENTENCE_ROLE_MIN_SCORE,
          TEMPLATE_MIN_TITLES,
          TEMPLATE_MIN_WORDS,
          REPORT_MIN_POSTINGS,
          INPUT_FORMAT,
          POSTINGS_COLUMNS,
          ENROLLMENTS_COLUMNS,
          CREDENTIALS_COLUMNS,
          NEAR_DUPLICATE_SIMILARITY,
          NEAR_DUPLICATE_WINDOW_DAYS,
          NEAR_DUPLICATE_KEY,
          CLASSIFY_MIN_CONFIDENCE,
          CLASSIFY_RETRAIN_GROWTH,
          MIN_DEMAND_SHARE,
          PATH_TOP_SKILLS,
          BUNDLE_MIN_SUPPORT,
          BUNDLE_MIN_CONFIDENCE,
          BUNDLE_TOP_SKILLS,
          BUNDLE_MAX_SIZE,
          FACTS_LOOSE_BATCHES,
          PRIVACY_MIN_LEARNERS,
          KEEP_RUNS,
          RETENTION_GRACE_MINUTES,
          LOCK,
          LOCK_STALE_MINUTES);
}
