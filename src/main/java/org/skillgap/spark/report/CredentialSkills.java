package org.skillgap.spark.report;

import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.extract.SkillMention;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.NamedRow;
import scala.reflect.ClassTag$;

/**
 * The skills each credential covers, measured with the same extractor as postings: its listed
 * skills when the catalogue gives them (each matched against the taxonomy), otherwise its name and
 * description.
 */
final class CredentialSkills {
  private CredentialSkills() {}

  static final StructType SCHEMA =
      new StructType()
          .add(CREDENTIAL_ID, DataTypes.StringType, false)
          .add(SKILL_ID, DataTypes.StringType, false)
          .add(SKILL_TYPE, DataTypes.StringType, false)
          .add("skill_source", DataTypes.StringType, false);

  static Dataset<Row> of(SparkSession spark, Dataset<Row> credentials, Taxonomy taxonomy) {
    Broadcast<String> tax =
        spark.sparkContext().broadcast(taxonomy.text(), ClassTag$.MODULE$.apply(String.class));
    String source = taxonomy.source();
    return credentials
        .select(CREDENTIAL_ID, "name", "description", "listed_skills")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  SkillExtractor extractor = CoreNlp.extractor(tax.value(), source);
                  List<Row> out = new ArrayList<>();
                  while (rows.hasNext()) {
                    out.addAll(skillsOf(rows.next(), extractor));
                  }
                  return out.iterator();
                },
            Encoders.row(SCHEMA));
  }

  /** One credential's rows: bounded by the taxonomy's size. */
  static List<Row> skillsOf(Row c, SkillExtractor extractor) {
    String id = c.getAs(CREDENTIAL_ID);
    String name = c.getAs("name");
    String description = c.getAs("description");
    List<String> listed = NamedRow.list(c, "listed_skills");
    Map<String, String> found = new LinkedHashMap<>();
    String sourceKind;
    if (!listed.isEmpty()) {
      sourceKind = "listed";
      for (String s : listed) {
        // A listed skill is a skill by the catalogue's word: an exact name or alias needs no
        // context (a bare "Excel" in a skills list is the software); otherwise the extractor reads
        // it.
        Skill exact = extractor.taxonomy().bySurfaceForm(s);
        if (exact != null) {
          found.putIfAbsent(exact.id(), exact.id());
          continue;
        }
        for (SkillMention m : extractor.extract(s, null)) {
          found.putIfAbsent(m.skillId(), m.skillId());
        }
      }
    } else {
      sourceKind = "extracted";
      String text = (name == null ? "" : name) + ".\n" + (description == null ? "" : description);
      for (SkillMention m : extractor.extract(text, null)) {
        found.putIfAbsent(m.skillId(), m.skillId());
      }
    }
    // The credential's own name may be a credential-type entry (CompTIA A+): that is how employers
    // name it.
    if (name != null) {
      for (SkillMention m : extractor.extract(name, null)) {
        found.putIfAbsent(m.skillId(), m.skillId());
      }
    }
    // "a certificate in X" names no credential
    found.remove(Taxonomy.UNNAMED_CREDENTIAL);
    List<Row> rows = new ArrayList<>(found.size());
    for (String skillId : found.keySet()) {
      rows.add(
          new NamedRow(SCHEMA)
              .put(CREDENTIAL_ID, id)
              .put(SKILL_ID, skillId)
              .put(SKILL_TYPE, extractor.taxonomy().get(skillId).type().code)
              .put("skill_source", sourceKind)
              .row());
    }
    return rows;
  }
}
