package org.skillgap.spark.extract;

import static org.junit.jupiter.api.Assertions.*;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.TEMPLATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;

class TemplateSentencesTest {

  private final SparkSession spark = SharedSpark.get();

  private static final StructType POSTINGS =
      new StructType().add(POSTING_ID, DataTypes.StringType).add("title", DataTypes.StringType);

  // 19 words, as the agency's self-description it is modelled on.
  private static final String LIFESTYLE =
      "Our lifestyle is adventurous, community oriented and focused on service and problem solving"
          + " as part of a professional team.";
  private static final String REQUIREMENT =
      "Experience with Python and SQL is required for this analyst position in our team.";

  @Test
  void aLongSentenceInPostingsOfManyTitlesIsATemplate() {
    Dataset<Row> postings =
        postings("a", "Nurse", "b", "Pharmacist", "c", "Physician", "d", "Data Analyst");
    Dataset<Row> mentions =
        mentions(
            "a",
            "problem-solving",
            LIFESTYLE,
            "b",
            "problem-solving",
            LIFESTYLE,
            "c",
            "problem-solving",
            LIFESTYLE,
            "d",
            "python",
            REQUIREMENT);

    assertEquals(
        Map.of("a", true, "b", true, "c", true, "d", false),
        templates(TemplateSentences.mark(mentions, postings, none(), noPostings(), 3, 12)));
  }

  @Test
  void aJobPostedAgainUnderItsTitleOrAShortRequirementIsNoTemplate() {
    String shortRequirement = "Proficiency in Excel is required.";
    Dataset<Row> postings =
        postings("a", "Nurse", "b", "nurse ", "c", "NURSE", "d", "Clerk", "e", "Analyst");
    Dataset<Row> mentions =
        mentions(
            "a",
            "problem-solving",
            LIFESTYLE,
            "b",
            "problem-solving",
            LIFESTYLE,
            "c",
            "problem-solving",
            LIFESTYLE,
            "c",
            "excel",
            shortRequirement,
            "d",
            "excel",
            shortRequirement,
            "e",
            "excel",
            shortRequirement);

    Map<String, Boolean> marked =
        templates(TemplateSentences.mark(mentions, postings, none(), noPostings(), 3, 12));

    assertTrue(marked.values().stream().noneMatch(t -> t), marked.toString());
  }

  @Test
  void titlesOfEarlierBatchesCountAndZeroTitlesMarksNothing() {
    Dataset<Row> tonight = mentions("a", "problem-solving", LIFESTYLE.toUpperCase());
    Dataset<Row> earlier =
        mentions("x", "problem-solving", LIFESTYLE, "y", "problem-solving", LIFESTYLE);
    Dataset<Row> earlierPostings = postings("x", "Pharmacist", "y", "Physician");

    assertEquals(
        Map.of("a", true),
        templates(
            TemplateSentences.mark(
                tonight, postings("a", "Nurse"), earlier, earlierPostings, 3, 12)));
    assertEquals(
        Map.of("a", false),
        templates(
            TemplateSentences.mark(
                tonight, postings("a", "Nurse"), earlier, earlierPostings, 0, 12)));
  }

  /** posting id, title, posting id, title, ... */
  private Dataset<Row> postings(String... idAndTitle) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < idAndTitle.length; i += 2) {
      rows.add(RowFactory.create(idAndTitle[i], idAndTitle[i + 1]));
    }
    return spark.createDataFrame(rows, POSTINGS);
  }

  private Dataset<Row> noPostings() {
    return spark.createDataFrame(List.of(), POSTINGS);
  }

  /** posting id, skill id, sentence, ... */
  private Dataset<Row> mentions(String... idSkillSentence) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < idSkillSentence.length; i += 3) {
      rows.add(
          new NamedRow(Schemas.MENTIONS)
              .put(POSTING_ID, idSkillSentence[i])
              .put(SKILL_ID, idSkillSentence[i + 1])
              .put("skill_type", "soft")
              .put("surface", idSkillSentence[i + 1])
              .put("sentence_index", 0)
              .put("begin_offset", 0)
              .put("end_offset", 1)
              .put("requirement", "not_stated")
              .put("sentence", idSkillSentence[i + 2])
              .put("taxonomy_version", "test")
              .put("source", "taxonomy")
              .put("confidence", 1.0)
              .put(TEMPLATE, null)
              .row());
    }
    return spark.createDataFrame(rows, Schemas.MENTIONS);
  }

  private Dataset<Row> none() {
    return spark.createDataFrame(List.of(), Schemas.MENTIONS);
  }

  /** posting id -> whether its mention is marked a template (one mention per posting and skill). */
  private static Map<String, Boolean> templates(Dataset<Row> marked) {
    Map<String, Boolean> out = new TreeMap<>();
    for (Row r : marked.collectAsList()) {
      String key = r.<String>getAs(POSTING_ID);
      boolean template = r.<Boolean>getAs(TEMPLATE);
      out.merge(key, template, (x, y) -> x || y);
    }
    return out;
  }
}
