package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.error.Errors;
import org.skillgap.core.report.EvidenceLine;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The postings behind a demand figure: of the postings a night counted in an industry as asking for
 * a skill, {@code n} drawn at random, each with the first sentence it was counted from. The draw is
 * a hash of the posting id and the seed, so the same seed draws the same postings on every machine
 * and partitioning, and a larger {@code n} extends the list rather than changing it.
 */
public final class SkillEvidence {
  private SkillEvidence() {}

  /** A skill as the skill_demand report names it. */
  public record Skill(String id, String name, String type) {}

  /**
   * @param counted postings in the industry that ask for the skill
   * @param industryPostings postings in the industry
   * @param lines the drawn postings, in draw order
   */
  public record Drawn(
      Skill skill,
      String industry,
      long seed,
      long counted,
      long industryPostings,
      List<EvidenceLine> lines) {}

  private static final String SENTENCE_INDEX = "sentence_index";
  private static final String DRAW = "_draw";
  private static final int NEAR_NAMES = 8;

  /**
   * The skill named {@code name} (its name or id, in any case) among those skill_demand counts in
   * {@code industry}; an error that names the nearest ones otherwise.
   */
  public static Skill resolve(Dataset<Row> skillDemand, String industry, String name, String run) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    List<Row> skills =
        skillDemand
            .filter(col(INDUSTRY).equalTo(industry))
            .select(SKILL_ID, "skill_name", SKILL_TYPE)
            .distinct()
            .collectAsList(); // at most the taxonomy's size
    for (Row r : skills) {
      if (r.<String>getAs("skill_name").toLowerCase(Locale.ROOT).equals(wanted)
          || r.<String>getAs(SKILL_ID).equals(wanted)) {
        return new Skill(r.getAs(SKILL_ID), r.getAs("skill_name"), r.getAs(SKILL_TYPE));
      }
    }
    List<String> near =
        skills.stream()
            .map(r -> r.<String>getAs("skill_name"))
            .filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted))
            .sorted(Comparator.comparing(String::length))
            .limit(NEAR_NAMES)
            .toList();
    throw Errors.unknownSkill(industry, run, name, near);
  }

  /**
   * The warehouse's postings with the industry each counted in (the few columns a line shows), kept
   * while draws are made from them; {@link #close} releases them.
   */
  public static Source of(Warehouse warehouse) {
    Dataset<Row> placed =
        IndustryPlacement.current(warehouse)
            .select(POSTING_ID, INDUSTRY, "title", "company", "posted_date")
            .cache();
    Dataset<Row> mentions =
        warehouse
            .table(Tables.MENTIONS)
            .filter(col(SKILL_TYPE).notEqual(Schemas.EMERGING_SKILL_TYPE))
            .filter(Schemas.outsideTemplates());
    return new Source(placed, mentions);
  }

  /** What draws read: the placed postings (kept) and the counted mentions. */
  public record Source(Dataset<Row> placed, Dataset<Row> mentions) implements AutoCloseable {

    /** Postings per industry: five rows at most. */
    public Map<String, Long> industryPostings() {
      Map<String, Long> out = new TreeMap<>();
      for (Row r : placed.groupBy(INDUSTRY).count().collectAsList()) {
        out.put(r.getAs(INDUSTRY), r.getAs("count"));
      }
      return out;
    }

    /** Draws {@code n} of the postings counted for the skill in the industry. */
    public Drawn draw(Skill skill, String industry, int n, long seed) {
      return draw(skill, industry, null, n, seed);
    }

    /**
     * Draws {@code n} of the postings counted for the skill in the industry, of one year when
     * {@code year} is not null.
     */
    public Drawn draw(Skill skill, String industry, Integer year, int n, long seed) {
      Dataset<Row> inIndustry = placed.filter(col(INDUSTRY).equalTo(industry)).drop(INDUSTRY);
      if (year != null) {
        inIndustry = inIndustry.filter(year(col("posted_date")).equalTo(year));
      }
      Dataset<Row> ofSkill = mentions.filter(col(SKILL_ID).equalTo(skill.id()));
      Dataset<Row> counted =
          ofSkill
              .select(POSTING_ID)
              .distinct()
              .join(inIndustry, POSTING_ID)
              .withColumn(DRAW, xxhash64(col(POSTING_ID), lit(seed)))
              .cache();
      try {
        long countedPostings = counted.count();
        long industryPostings = inIndustry.count();
        List<Row> drawn =
            firstSentences(counted.orderBy(col(DRAW), col(POSTING_ID)).limit(n), ofSkill)
                .orderBy(col(DRAW), col(POSTING_ID))
                .collectAsList(); // at most n rows
        List<EvidenceLine> lines = new ArrayList<>(drawn.size());
        for (Row r : drawn) {
          lines.add(line(r));
        }
        return new Drawn(skill, industry, seed, countedPostings, industryPostings, lines);
      } finally {
        counted.unpersist();
      }
    }

    @Override
    public void close() {
      placed.unpersist();
    }
  }

  /**
   * Per drawn posting, its first mention of the skill (by sentence, then offset), the words matched
   * in that sentence, and how many sentences name the skill.
   */
  private static Dataset<Row> firstSentences(Dataset<Row> drawn, Dataset<Row> mentions) {
    Column first =
        min(
            struct(
                col(SENTENCE_INDEX),
                col("begin_offset"),
                col("sentence"),
                col("source"),
                col("confidence"),
                col("requirement")));
    Dataset<Row> perPosting =
        mentions
            .join(drawn.select(POSTING_ID), POSTING_ID)
            .groupBy(POSTING_ID)
            .agg(
                first.as("first"),
                collect_list(struct(col(SENTENCE_INDEX), col("begin_offset"), col("surface")))
                    .as("all"),
                countDistinct(SENTENCE_INDEX).as("sentences"));
    Column firstIndex = col("first." + SENTENCE_INDEX);
    return drawn
        .join(perPosting, POSTING_ID)
        .withColumn(
            "surfaces",
            array_distinct(
                transform(
                    array_sort(
                        filter(col("all"), m -> m.getField(SENTENCE_INDEX).equalTo(firstIndex))),
                    m -> m.getField("surface"))));
  }

  private static EvidenceLine line(Row r) {
    Row first = r.getAs("first");
    Object posted = r.getAs("posted_date");
    return new EvidenceLine(
        r.getAs(POSTING_ID),
        r.getAs("title"),
        r.getAs("company"),
        String.valueOf(posted),
        first.getAs("sentence"),
        NamedRow.<String>list(r, "surfaces"),
        first.getAs("source"),
        first.getAs("confidence"),
        first.getAs("requirement"),
        (int) r.<Long>getAs("sentences").longValue());
  }
}
