package org.skillgap.core.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates one catalogue entry and normalises its type, numbers and listed skills. */
public final class CredentialRules implements Serializable {

  /** Catalogue type texts seen in the market, normalised to the report's codes. */
  public static String normaliseType(String text) {
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (t.contains("professionalcertificate") || t.equals("certificate")) {
      return "professional_certificate";
    }
    if (t.contains("specialization") || t.contains("specialisation")) {
      return "specialization";
    }
    if (t.contains("micromasters") || t.contains("microbachelors")) {
      return "micromasters";
    }
    if (t.contains("bootcamp")) {
      return "bootcamp";
    }
    if (t.contains("course")) {
      return "course";
    }
    if (t.contains("exam") || t.contains("licen") || t.contains("certification")) {
      return "exam";
    }
    return null;
  }

  public Validated<Credential> validate(Map<String, String> f) {
    for (String required : new String[] {"id", "name", "type"}) {
      if (Fields.get(f, required) == null) {
        return new Validated<>(null, Fields.missing("credential", required));
      }
    }
    String type = normaliseType(Fields.get(f, "type"));
    if (type == null) {
      return Validated.reject(
          RejectReason.INVALID_VALUE,
          "type '"
              + Fields.get(f, "type")
              + "' is not a known credential type (professional certificate, "
              + "specialization, MicroMasters, boot camp, course, exam)");
    }
    Object cost = Fields.amount(f, "cost");
    if (cost instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    Object hours = Fields.amount(f, "hours");
    if (hours instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    Object count = Fields.amount(f, "enrollment_count");
    if (count instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    Object accredited = yesNo(f, "accredited");
    if (accredited instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    Object rating = Fields.amount(f, "rating");
    if (rating instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    if (rating != null && (Double) rating > MAX_RATING) {
      return Validated.reject(
          RejectReason.INVALID_NUMBER,
          "field 'rating' is "
              + Fields.get(f, "rating")
              + ", above "
              + (int) MAX_RATING
              + "; ratings are read on a 0 to 5 scale (rescale the catalogue's column)");
    }
    Object reviews = Fields.amount(f, "review_count");
    if (reviews instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    List<String> skills = new ArrayList<>();
    String listed = Fields.get(f, "skills");
    if (listed != null) {
      for (String s : listed.replaceAll("^\\[|\\]$", "").split("[|;,]")) {
        String t = s.trim().replaceAll("^\"|\"$", "");
        if (!t.isEmpty()) {
          skills.add(t);
        }
      }
    }
    String level = Fields.get(f, "level");
    return Validated.ok(
        new Credential(
            Fields.get(f, "id"),
            TextCleaner.clean(Fields.get(f, "name")),
            Fields.get(f, "provider"),
            type,
            (Double) cost,
            (Double) hours,
            level == null ? null : level.toLowerCase(Locale.ROOT),
            TextCleaner.clean(Fields.get(f, "description")),
            List.copyOf(skills),
            count == null ? null : Math.round((Double) count),
            (Boolean) accredited,
            (Double) rating,
            reviews == null ? null : Math.round((Double) reviews)));
  }

  /** Ratings are read on the 0 to 5 scale the large catalogues (Coursera, edX, Udemy) show. */
  static final double MAX_RATING = 5.0;

  private static final Set<String> YES = Set.of("true", "yes", "y", "1", "accredited");
  private static final Set<String> NO = Set.of("false", "no", "n", "0", "not accredited");

  /** A yes/no field; null text gives null, anything else but a yes or a no a rejection. */
  private static Object yesNo(Map<String, String> f, String field) {
    String text = Fields.get(f, field);
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (YES.contains(t)) {
      return Boolean.TRUE;
    }
    if (NO.contains(t)) {
      return Boolean.FALSE;
    }
    return Rejection.of(
        RejectReason.INVALID_VALUE,
        "field '" + field + "' is '" + text + "'; expected yes or no (true/false, 1/0)");
  }
}
