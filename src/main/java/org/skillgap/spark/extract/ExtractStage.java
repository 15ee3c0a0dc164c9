package org.skillgap.spark.extract;

import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.extract.SkillMention;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;
import scala.reflect.ClassTag$;

/**
 * Skill mentions of every posting. The taxonomy travels once per executor as a broadcast; the
 * CoreNLP pipeline and matcher are built once per executor JVM ({@link CoreNlp#extractor}) and used
 * across the partition's rows.
 */
public final class ExtractStage {

  private ExtractStage() {}

  /**
   * @param postings rows with at least posting_id, industry and description
   * @param partitions how many NLP tasks; 0 for twice the default parallelism
   */
  public static Dataset<Row> mentions(
      SparkSession spark, Dataset<Row> postings, Taxonomy taxonomy, int partitions) {
    return mentions(spark, postings, taxonomy, null, null, null, partitions);
  }

  /**
   * @param spanModel bytes of a span model (linked spans are demand, the others emerging), or null
   *     for the taxonomy's matches and requirement-cue phrases alone
   * @param roleMinScore the least sentence-roles score at which a sentence without a requirement
   *     cue counts, or null to count every sentence the rules keep
   */
  public static Dataset<Row> mentions(
      SparkSession spark,
      Dataset<Row> postings,
      Taxonomy taxonomy,
      byte[] spanModel,
      String modelSource,
      Double roleMinScore,
      int partitions) {
    // The taxonomy travels as its file text: small, and a String needs no serializer support.
    Broadcast<String> tax =
        spark.sparkContext().broadcast(taxonomy.text(), ClassTag$.MODULE$.apply(String.class));
    String source = taxonomy.source();
    int n = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
    Broadcast<byte[]> model =
        spanModel == null
            ? null
            : spark.sparkContext().broadcast(spanModel, ClassTag$.MODULE$.apply(byte[].class));
    MapPartitionsFunction<Row, Row> fn =
        rows ->
            new MentionIterator(
                rows,
                CoreNlp.extractor(
                    tax.value(),
                    source,
                    model == null ? null : model.value(),
                    modelSource,
                    roleMinScore));
    return postings
        .select(POSTING_ID, INDUSTRY, "description")
        .repartition(n)
        .mapPartitions(fn, Encoders.row(Schemas.MENTIONS));
  }

  /** Streams mention rows posting by posting; never holds more than one posting's mentions. */
  private static final class MentionIterator implements Iterator<Row> {
    private final Iterator<Row> postings;
    private final SkillExtractor extractor;
    private Iterator<SkillMention> current = Collections.emptyIterator();
    private String postingId;
    private int emergingFrom;
    private int index;

    MentionIterator(Iterator<Row> postings, SkillExtractor extractor) {
      this.postings = postings;
      this.extractor = extractor;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && postings.hasNext()) {
        Row p = postings.next();
        postingId = p.getAs(POSTING_ID);
        SkillExtractor.Extraction found =
            extractor.extract(p.getAs("description"), p.getAs(INDUSTRY), true);
        emergingFrom = found.mentions().size();
        index = 0;
        current =
            found.emerging().isEmpty()
                ? found.mentions().iterator()
                : Stream.concat(found.mentions().stream(), found.emerging().stream()).iterator();
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SkillMention m = current.next();
      String type =
          index++ >= emergingFrom
              ? Schemas.EMERGING_SKILL_TYPE
              : extractor.taxonomy().get(m.skillId()).type().code;
      return new NamedRow(Schemas.MENTIONS)
          .put(POSTING_ID, postingId)
          .put(SKILL_ID, m.skillId())
          .put(SKILL_TYPE, type)
          .put("surface", m.surface())
          .put("sentence_index", m.sentenceIndex())
          .put("begin_offset", m.begin())
          .put("end_offset", m.end())
          .put("requirement", m.requirement().code)
          .put("sentence", m.sentence())
          .put("taxonomy_version", extractor.taxonomyVersion())
          .put("source", m.source().code)
          .put("confidence", m.confidence())
          // Decided over the whole batch and the warehouse (TemplateSentences), not per posting.
          .put(Schemas.TEMPLATE, null)
          .row();
    }
  }
}
