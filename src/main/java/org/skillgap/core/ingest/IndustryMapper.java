package org.skillgap.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.skillgap.core.error.Errors;

/**
 * Maps free-text industry or sector values ("Information Technology", "Banks &amp; Credit Unions")
 * to the five report industries, from the editable table in org/skillgap/ingest/industries.tsv:
 * exact names first, then keywords contained in the text (all that match must agree). Text that
 * matches neither, or keywords of different industries, is unmapped (null), never guessed.
 */
public final class IndustryMapper implements Serializable {

  private final Map<String, String> exact = new LinkedHashMap<>();
  private final List<String[]> keywords = new ArrayList<>();
  private final List<String[]> titles = new ArrayList<>();

  public static IndustryMapper builtin() {
    try (InputStream in =
        IndustryMapper.class.getResourceAsStream("/org/skillgap/ingest/industries.tsv")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw Errors.unreadableFile(
          "industry mapping table", "org/skillgap/ingest/industries.tsv", e);
    }
  }

  /**
   * Rows: {@code exact<TAB>text<TAB>industry}, {@code keyword<TAB>text<TAB>industry} (sector
   * labels) or {@code title<TAB>words<TAB>industry} (occupations named in a job title: whole words,
   * or a word prefix ending in '*'); '#' comments.
   */
  public static IndustryMapper parse(String table) {
    IndustryMapper m = new IndustryMapper();
    int lineNo = 0;
    for (String line : table.split("\r?\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 3 || !Industry.ALL.contains(c[2].trim())) {
        throw Errors.badSetting(
            "industries.tsv line " + lineNo,
            line,
            "kind<TAB>text<TAB>one of " + Industry.ALL,
            "the table");
      }
      String key = normalise(c[1]);
      switch (c[0].trim()) {
        case "exact" -> m.exact.put(key, c[2].trim());
        case "keyword" -> m.keywords.add(new String[] {key, c[2].trim()});
        case "title" ->
            m.titles.add(
                new String[] {
                  " " + normalise(c[1]) + (c[1].trim().endsWith("*") ? "" : " "), c[2].trim()
                });
        default ->
            throw Errors.badSetting(
                "industries.tsv line " + lineNo,
                c[0],
                "'exact', 'keyword' or 'title'",
                "the table");
      }
    }
    return m;
  }

  /** The industry for a free-text value, or null when the text says nothing usable. */
  public String map(String freeText) {
    if (freeText == null) {
      return null;
    }
    String t = normalise(freeText);
    if (t.isEmpty()) {
      return null;
    }
    String hit = exact.get(t);
    if (hit != null) {
      return hit;
    }
    // A label that names categories of different industries ("Engineering, Architecture, & Planning
    // Technology, Data & Innovation", as NYC joins a job's several categories) decides nothing:
    // taking
    // either would be a guess. The title or the classifier decides instead.
    String padded = " " + t + " ";
    for (String[] kw : keywords) {
      if (padded.contains(" " + kw[0])) {
        if (hit != null && !hit.equals(kw[1])) {
          return null;
        }
        hit = kw[1];
      }
    }
    return hit;
  }

  /**
   * The industry of the occupation a job title names ("Registered Nurse", "IT Specialist", "Staff
   * Accountant"), or null when it names none the table knows. The first matching row wins.
   */
  public String byTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = " " + normalise(title) + " ";
    for (String[] row : titles) {
      if (t.contains(row[0])) {
        return row[1];
      }
    }
    return null;
  }

  /** Compiled once: labels and titles are normalised for every posting. */
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  static String normalise(String s) {
    return NOT_ALPHANUMERIC
        .matcher(s.toLowerCase(Locale.ROOT).replace("&", " and "))
        .replaceAll(" ")
        .trim();
  }
}
