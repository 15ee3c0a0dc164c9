package org.skillgap.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.skillgap.core.eval.RegexBaseline;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;

/** What the pipeline is measured against: plain CoreNLP passes, and one regex per skill. */
final class Baselines {
  private Baselines() {}

  /** One CoreNLP pipeline per annotator list and JVM: loading the models is not what is timed. */
  private static final ConcurrentHashMap<String, StanfordCoreNLP> PIPELINES =
      new ConcurrentHashMap<>();

  /**
   * What a user would write first: for each taxonomy entry, lower(description) rlike
   * '\\b(name|alias...)\\b' (the patterns of {@link RegexBaseline}, whose F1 the evaluation
   * reports), summed.
   */
  static void rlike(Dataset<Row> postings, Taxonomy taxonomy) {
    Column text = lower(col("description"));
    List<Column> hits = new ArrayList<>();
    for (Skill s : taxonomy.skills()) {
      hits.add(when(text.rlike(RegexBaseline.pattern(s)), 1).otherwise(0));
    }
    // Summed as a balanced tree: a chain of 800 additions is too deep for the optimizer's
    // recursion.
    while (hits.size() > 1) {
      List<Column> next = new ArrayList<>();
      for (int i = 0; i < hits.size(); i += 2) {
        next.add(i + 1 < hits.size() ? hits.get(i).plus(hits.get(i + 1)) : hits.get(i));
      }
      hits = next;
    }
    // 817 regexes do not fit one generated Java method (64 KB); Spark would fall back to
    // interpreted evaluation anyway, after logging the whole plan. Say so up front and keep the
    // log readable.
    RuntimeConfig conf = postings.sparkSession().conf();
    String wholeStage = conf.get("spark.sql.codegen.wholeStage");
    conf.set("spark.sql.codegen.wholeStage", "false");
    try {
      postings.select(hits.get(0).as("skills")).agg(sum("skills")).collect();
    } finally {
      conf.set("spark.sql.codegen.wholeStage", wholeStage);
    }
  }

  /**
   * Runs a CoreNLP pipeline over every description (one pipeline per partition) and counts tokens.
   */
  static void corenlp(Dataset<Row> postings, String annotators) {
    MapPartitionsFunction<Row, Long> fn =
        rows -> {
          StanfordCoreNLP nlp = pipelineFor(annotators);
          long tokens = 0;
          while (rows.hasNext()) {
            Annotation a = new Annotation(rows.next().<String>getAs("description"));
            nlp.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
          }
          return List.of(tokens).iterator();
        };
    postings.mapPartitions(fn, Encoders.LONG()).reduce((ReduceFunction<Long>) Long::sum);
  }

  private static StanfordCoreNLP pipelineFor(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    if (annotators.contains("pos")) {
      p.setProperty("pos.model", CoreNlp.POS_MODEL);
    }
    return PIPELINES.computeIfAbsent(annotators, a -> new StanfordCoreNLP(p, false));
  }
}
