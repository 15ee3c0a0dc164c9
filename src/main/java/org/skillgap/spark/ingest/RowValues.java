package org.skillgap.spark.ingest;

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

/**
 * Clean records as warehouse row values: schema order, without source_file (RecordValidation adds
 * it).
 */
final class RowValues {
  private RowValues() {}

  static Object[] posting(Posting p) {
    Salary s = p.salary();
    Requirements r = p.requirements();
    return new Object[] {
      p.id(),
      p.title(),
      p.company(),
      p.location(),
      Date.valueOf(p.postedDate()),
      p.description(),
      p.industry(),
      p.industryRaw(),
      p.industrySource(),
      s == null ? null : s.min(),
      s == null ? null : s.max(),
      s == null ? null : s.currency(),
      s == null ? null : s.period(),
      s == null ? null : s.annualMin(),
      s == null ? null : s.annualMax(),
      p.source(),
      p.url(),
      contentHash(p),
      r.degree().name(),
      r.degreePreferred().name(),
      r.experienceInstead(),
      r.certificateInstead(),
      r.minYears(),
      certifications(r, true),
      certifications(r, false)
    };
  }

  static Object[] enrollment(Enrollment e) {
    return new Object[] {
      e.learnerKey(),
      e.credentialId(),
      Date.valueOf(e.enrolledDate()),
      e.completedDate() == null ? null : Date.valueOf(e.completedDate()),
      e.status(),
      e.amountPaid()
    };
  }

  static Object[] credential(Credential c) {
    return new Object[] {
      c.id(),
      c.name(),
      c.provider(),
      c.type(),
      c.cost(),
      c.hours(),
      c.level(),
      c.description(),
      c.skills().toArray(new String[0]),
      c.enrollmentCount(),
      c.accredited(),
      c.rating(),
      c.reviewCount()
    };
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
