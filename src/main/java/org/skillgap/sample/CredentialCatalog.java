package org.skillgap.sample;

import java.util.List;
import org.skillgap.sample.SampleTables.Row;

/**
 * The micro-credentials in the sample catalogue: kinds on the market (professional certificates,
 * specializations, MicroMasters, boot camps, courses, exams) with plausible cost, hours and skills.
 * Entries with an empty skill list get their skills from the extractor, as real catalogues without
 * a skills field would. The table is {@code credentials.tsv}, beside this class.
 */
final class CredentialCatalog {
  private CredentialCatalog() {}

  record Entry(
      String id,
      String name,
      String provider,
      String type,
      double cost,
      int hours,
      String level,
      String industry,
      double popularity,
      String skills,
      String description,
      Criteria criteria) {}

  /**
   * The criteria some catalogues publish beside cost and hours: accreditation (academic credit or
   * an accrediting body), learner rating and review count. Only some entries have them, as in real
   * catalogues; the rest leave the fields out (all three null).
   */
  record Criteria(Boolean accredited, Double rating, Long reviewCount) {}

  /** In the table's order, which the enrollments depend on: the last entry is the rare one. */
  static final List<Entry> ENTRIES =
      SampleTables.read("credentials.tsv", 14, 14).stream().map(CredentialCatalog::entry).toList();

  private static Entry entry(Row r) {
    return new Entry(
        r.cell(0),
        r.cell(1),
        r.cell(2),
        r.cell(3),
        Double.parseDouble(r.cell(4)),
        Integer.parseInt(r.cell(5)),
        r.cell(6),
        r.cell(7),
        Double.parseDouble(r.cell(8)),
        r.cell(12),
        r.cell(13),
        new Criteria(
            accredited(r),
            r.cell(10).isEmpty() ? null : Double.valueOf(r.cell(10)),
            r.cell(11).isEmpty() ? null : Long.valueOf(r.cell(11))));
  }

  private static Boolean accredited(Row r) {
    return switch (r.cell(9)) {
      case "" -> null;
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw r.error("accredited is '" + r.cell(9) + "', not true, false or blank");
    };
  }
}
