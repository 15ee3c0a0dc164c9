package org.skillgap.spark.ingest;

import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.Locale;
import org.skillgap.core.ingest.Credential;
import org.skillgap.core.ingest.Enrollment;
import org.skillgap.core.ingest.Posting;
import org.skillgap.core.ingest.Salary;
import org.skillgap.core.requirements.Requirements;
import org.skillgap.spark.common.NamedRow;

/**
 * Clean records as warehouse rows, each value put by its column's name (RecordValidation adds
 * source_file and the rejection columns).
 */
final class RowValues {
  private RowValues() {}

  static void posting(Posting p, NamedRow row) {
    Salary s = p.salary();
    Requirements r = p.requirements();
    row.put(POSTING_ID, p.id())
        .put("title", p.title())
        .put("company", p.company())
        .put("location", p.location())
        .put("posted_date", Date.valueOf(p.postedDate()))
        .put("description", p.description())
        .put(INDUSTRY, p.industry())
        .put("industry_raw", p.industryRaw())
        .put("industry_source", p.industrySource())
        .put("salary_min", s == null ? null : s.min())
        .put("salary_max", s == null ? null : s.max())
        .put("salary_currency", s == null ? null : s.currency())
        .put("salary_period", s == null ? null : s.period())
        .put("salary_annual_min", s == null ? null : s.annualMin())
        .put("salary_annual_max", s == null ? null : s.annualMax())
        .put("source", p.source())
        .put("url", p.url())
        .put("content_hash", contentHash(p))
        .put("degree_required", r.degree().name())
        .put("degree_preferred", r.degreePreferred().name())
        .put("experience_instead", r.experienceInstead())
        .put("certificate_instead", r.certificateInstead())
        .put("min_years", r.minYears())
        .put("certifications_required", certifications(r, true))
        .put("certifications_preferred", certifications(r, false));
  }

  static void enrollment(Enrollment e, NamedRow row) {
    row.put("learner_key", e.learnerKey())
        .put(CREDENTIAL_ID, e.credentialId())
        .put("enrolled_date", Date.valueOf(e.enrolledDate()))
        .put("completed_date", e.completedDate() == null ? null : Date.valueOf(e.completedDate()))
        .put("status", e.status())
        .put("amount_paid", e.amountPaid());
  }

  static void credential(Credential c, NamedRow row) {
    row.put(CREDENTIAL_ID, c.id())
        .put("name", c.name())
        .put("provider", c.provider())
        .put("type", c.type())
        .put("cost", c.cost())
        .put("hours", c.hours())
        .put("level", c.level())
        .put("description", c.description())
        .put("listed_skills", c.skills().toArray(new String[0]))
        .put("enrollment_count", c.enrollmentCount())
        .put("accredited", c.accredited())
        .put("rating", c.rating())
        .put("review_count", c.reviewCount());
  }

  /** An array, not a List: a Row encoder takes a String[] for an array column. */
  private static String[] certifications(Requirements r, boolean required) {
    return r.certifications().stream()
        .filter(c -> c.required() == required)
        .map(Requirements.Certification::name)
        .toArray(String[]::new);
  }

  /** Same title, company and text: the same posting, whatever its id. */
  private static String contentHash(Posting p) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key =
          (p.title()
                  + "\u0001"
                  + (p.company() == null ? "" : p.company())
                  + "\u0001"
                  + p.description())
              .toLowerCase(Locale.ROOT);
      byte[] d = md.digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
