package org.skillgap.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillgap.sample.SampleTables.Row;

/**
 * What postings of each industry look like in the sample data: titles, employers, the sector texts
 * feeds use, and how likely each skill is to be asked for per year from 2019 to 2025. Some trends
 * are planted on purpose so reports have something true to find (see docs/sample-data.md). The
 * table is {@code industry-profiles.tsv}, beside this class.
 */
final class IndustryProfiles {
  private IndustryProfiles() {}

  static final int FIRST_YEAR = 2019;
  static final int LAST_YEAR = 2025;

  /** A skill as postings write it, with its probability per year 2019..2025. */
  record SkillOdds(String text, double[] byYear) {
    double odds(int year) {
      return byYear[Math.min(byYear.length - 1, Math.max(0, year - FIRST_YEAR))];
    }
  }

  record Profile(
      String industry,
      double share,
      List<String> sectorTexts,
      List<String> titles,
      List<String> companies,
      List<SkillOdds> skills,
      List<String> duties,
      int salaryLow,
      int salaryHigh) {}

  /** What a row can be about: the table's second column. */
  private static final Set<String> FIELDS =
      Set.of(
          "share",
          "salary_low",
          "salary_high",
          "sector",
          "title",
          "company",
          "skill",
          "duty",
          "emerging");

  /** The table's rows by industry, industries in the order they first appear. */
  private static final Map<String, List<Row>> ROWS = byIndustry();

  static final List<Profile> PROFILES =
      ROWS.entrySet().stream().map(e -> profile(e.getKey(), e.getValue())).toList();

  /**
   * Skills on the rise that the built-in taxonomy does not list, planted in about one posting in
   * three (the first of each pair seven times in ten) so emerging_skills has something true to find
   * everywhere.
   */
  static final Map<String, List<String>> EMERGING =
      ROWS.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  Map.Entry::getKey, e -> values(e.getValue(), "emerging")));

  private static Map<String, List<Row>> byIndustry() {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (Row r : SampleTables.read("industry-profiles.tsv", 3, 4)) {
      if (!FIELDS.contains(r.cell(1))) {
        throw r.error("field '" + r.cell(1) + "' is not one of " + FIELDS);
      }
      if ((r.cells().size() == 4) != r.cell(1).equals("skill")) {
        throw r.error("skill rows, and only they, have a fourth cell: the odds");
      }
      rows.computeIfAbsent(r.cell(0), industry -> new ArrayList<>()).add(r);
    }
    return rows;
  }

  private static Profile profile(String industry, List<Row> rows) {
    return new Profile(
        industry,
        Double.parseDouble(single(rows, "share")),
        values(rows, "sector"),
        values(rows, "title"),
        values(rows, "company"),
        rows.stream()
            .filter(r -> r.cell(1).equals("skill"))
            .map(r -> new SkillOdds(r.cell(2), odds(r.cell(3))))
            .toList(),
        values(rows, "duty"),
        Integer.parseInt(single(rows, "salary_low")),
        Integer.parseInt(single(rows, "salary_high")));
  }

  private static List<String> values(List<Row> rows, String field) {
    return rows.stream().filter(r -> r.cell(1).equals(field)).map(r -> r.cell(2)).toList();
  }

  private static String single(List<Row> rows, String field) {
    List<String> values = values(rows, field);
    if (values.size() != 1) {
      throw rows.get(0)
          .error(rows.get(0).cell(0) + " has " + values.size() + " " + field + " rows, not one");
    }
    return values.get(0);
  }

  private static double[] odds(String spaced) {
    return Arrays.stream(spaced.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }
}
