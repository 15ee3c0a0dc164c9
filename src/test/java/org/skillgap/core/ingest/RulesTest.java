package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation rules of the three datasets, record by record. */
class RulesTest {

  private static final LocalDate RUN = LocalDate.of(2025, 6, 30);
  private final PostingRules postings = new PostingRules(IndustryMapper.builtin(), RUN);
  private final Pseudonymizer pseudonymizer = new Pseudonymizer("a-test-key-of-enough-length");

  private static Map<String, String> posting() {
    Map<String, String> f = new HashMap<>();
    f.put("id", "p1");
    f.put("title", "Data Engineer");
    f.put("company", "Acme");
    f.put("posted_date", "2025-01-15");
    f.put("description", "<p>Python and SQL required.</p>");
    f.put("industry", "Information Technology");
    f.put("salary", "$100K-$120K");
    return f;
  }

  @Test
  void acceptsAndNormalisesACleanPosting() {
    Validated<Posting> v = postings.validate(posting());
    assertTrue(v.accepted(), () -> v.rejection().toString());
    assertEquals("Python and SQL required.", v.value().description());
    assertEquals("tech", v.value().industry());
    assertEquals("title", v.value().industrySource(), "'Data Engineer' names a tech occupation");
    assertEquals(120_000, v.value().salary().annualMax());
  }

  @Test
  void theJobsOccupationWinsOverTheEmployersSector() {
    Map<String, String> f = posting();
    f.put("title", "Registered Nurse (Clinical Float Pool)");
    f.put("industry", "Department of the Army");
    Posting p = postings.validate(f).value();
    assertEquals("healthcare", p.industry());
    assertEquals("title", p.industrySource());
    f.put("title", "Housekeeping Aid");
    f.put("industry", "Veterans Affairs, Veterans Health Administration");
    p = postings.validate(f).value();
    assertEquals(
        "healthcare",
        p.industry(),
        "no occupation in the title: the employer's sector label decides");
    assertEquals("mapped", p.industrySource());
    f.put("title", "Taxi Inspector");
    f.put("industry", null);
    assertEquals(
        "unmapped",
        postings.validate(f).value().industrySource(),
        "'tax' is a whole word, not 'taxi'");
  }

  @Test
  void salaryFromMinimumMaximumAndPeriodColumns() {
    Map<String, String> f = posting();
    f.remove("salary");
    f.put("salary_min", "22.5");
    f.put("salary_max", "31.0000");
    f.put("salary_period", "Per Hour");
    Salary s = postings.validate(f).value().salary();
    assertEquals("hour", s.period());
    assertEquals(22.5 * 2080, s.annualMin(), 1e-6);
    f.put("salary_min", "42405");
    f.put("salary_max", "65485");
    f.put("salary_period", "Annual");
    assertEquals(65_485, postings.validate(f).value().salary().annualMax(), 1e-6);
    f.put("salary_min", "0.0");
    f.put("salary_max", "175000");
    f.put("salary_period", "Annual");
    assertEquals(
        175_000,
        postings.validate(f).value().salary().annualMin(),
        1e-6,
        "no minimum: up to the maximum");
    f.put("salary_min", "0.0000");
    f.put("salary_max", "0.0000");
    f.put("salary_period", "Without Compensation");
    Validated<Posting> unpaid = postings.validate(f);
    assertTrue(unpaid.accepted(), "an unpaid position is no salary, not a bad one");
    assertNull(unpaid.value().salary());
  }

  @Test
  void mojibakeAndEntitiesAreRepairedInEveryTextField() {
    Map<String, String> f = posting();
    f.put("title", "Analyst â€“ Caf\u00c3\u00a9 Operations");
    f.put("company", "Dept. of Parks &amp; Recreation");
    f.put(
        "description",
        "â€¢\tExcellent writing skills.  Itâ€™s a plus to know SQL; we&#39;re hiring. Café stays café.");
    Posting p = postings.validate(f).value();
    assertEquals("Analyst – Café Operations", p.title());
    assertEquals("Dept. of Parks & Recreation", p.company());
    assertEquals(
        "• Excellent writing skills. It’s a plus to know SQL; we're hiring. Café stays café.",
        p.description());
  }

  @Test
  void marksUnmappableIndustryInsteadOfGuessing() {
    Map<String, String> f = posting();
    f.put("title", "Coordinator");
    f.put("industry", "Miscellaneous Services");
    Posting p = postings.validate(f).value();
    assertEquals("unmapped", p.industrySource());
    assertEquals("other", p.industry());
    assertEquals("Miscellaneous Services", p.industryRaw());
  }

  @Test
  void rejectsWithTheRightReason() {
    assertReason(RejectReason.MISSING_FIELD, "description", "  ");
    assertReason(RejectReason.MISSING_FIELD, "title", null);
    assertReason(RejectReason.INVALID_DATE, "posted_date", "2021-02-30");
    assertReason(RejectReason.AFTER_RUN_DATE, "posted_date", "2025-08-01");
    assertReason(
        RejectReason.DATE_OUT_OF_RANGE,
        "posted_date",
        "2031-05-01"); // a typo, not an early delivery
    assertReason(RejectReason.DATE_OUT_OF_RANGE, "posted_date", "1999-12-31");
    assertReason(RejectReason.INVALID_SALARY, "salary", "-45000");
    assertReason(
        RejectReason.TEXT_TOO_LONG,
        "description",
        "x".repeat(PostingRules.MAX_DESCRIPTION_CHARS + 1));
  }

  private void assertReason(RejectReason expected, String field, String value) {
    Map<String, String> f = posting();
    f.put(field, value);
    Validated<Posting> v = postings.validate(f);
    assertFalse(v.accepted(), field + "=" + value + " should be rejected");
    assertEquals(expected, v.rejection().reason());
    assertTrue(v.rejection().message().contains(field), v.rejection().message());
  }

  @Test
  void pseudonymisesLearnersAndChecksEnrollments() {
    EnrollmentRules rules = new EnrollmentRules(pseudonymizer, RUN);
    Map<String, String> f =
        new HashMap<>(
            Map.of(
                "learner_id",
                "learner-42",
                "credential_id",
                "c1",
                "enrolled_date",
                "2024-01-10",
                "completed_date",
                "2024-03-01",
                "status",
                "Completed",
                "amount_paid",
                "$49"));
    Enrollment e = rules.validate(f).value();
    assertNotEquals("learner-42", e.learnerKey());
    assertEquals(pseudonymizer.pseudonym("learner-42"), e.learnerKey());
    assertNotEquals(
        new Pseudonymizer("another-key-of-enough-length").pseudonym("learner-42"), e.learnerKey());
    assertEquals("completed", e.status());
    assertEquals(49.0, e.amountPaid());

    f.put("completed_date", "2023-12-01");
    assertEquals(RejectReason.DATE_OUT_OF_RANGE, rules.validate(f).rejection().reason());
    f.put("completed_date", null);
    f.put("status", "graduated?");
    assertEquals(RejectReason.INVALID_VALUE, rules.validate(f).rejection().reason());
    f.put("status", "enrolled");
    f.put("amount_paid", "-5");
    assertEquals(RejectReason.INVALID_NUMBER, rules.validate(f).rejection().reason());
  }

  @Test
  void normalisesCredentialTypesCountsAndSkills() {
    Map<String, String> f =
        new HashMap<>(
            Map.of(
                "id",
                "c1",
                "name",
                "Google IT Support Professional Certificate",
                "type",
                "PROFESSIONAL CERTIFICATE",
                "cost",
                "$294",
                "enrollment_count",
                "5.3k",
                "skills",
                "Troubleshooting|Networking"));
    Credential c = new CredentialRules().validate(f).value();
    assertEquals("professional_certificate", c.type());
    assertEquals(5300L, c.enrollmentCount());
    assertEquals(294.0, c.cost());
    assertEquals(List.of("Troubleshooting", "Networking"), c.skills());
    assertEquals("micromasters", CredentialRules.normaliseType("MicroMasters Program"));
    assertEquals("bootcamp", CredentialRules.normaliseType("Boot camp"));
    f.put("type", "webinar");
    assertEquals(
        RejectReason.INVALID_VALUE, new CredentialRules().validate(f).rejection().reason());
  }

  @Test
  void readsTheCataloguesOwnCriteria() {
    Map<String, String> f =
        new HashMap<>(Map.of("id", "c1", "name", "Bookkeeping", "type", "course"));
    Credential none = new CredentialRules().validate(f).value();
    assertNull(none.accredited(), "not said is not 'no'");
    assertNull(none.rating());
    assertNull(none.reviewCount());
    f.putAll(Map.of("accredited", "Yes", "rating", "4.6", "review_count", "12.4k"));
    Credential c = new CredentialRules().validate(f).value();
    assertEquals(Boolean.TRUE, c.accredited());
    assertEquals(4.6, c.rating());
    assertEquals(12_400L, c.reviewCount());
    f.put("accredited", "0");
    assertEquals(Boolean.FALSE, new CredentialRules().validate(f).value().accredited());
    f.put("accredited", "pending");
    Rejection notYesNo = new CredentialRules().validate(f).rejection();
    assertEquals(RejectReason.INVALID_VALUE, notYesNo.reason());
    assertTrue(notYesNo.message().contains("accredited"), notYesNo.message());
    f.put("accredited", "true");
    f.put("rating", "92");
    Rejection scale = new CredentialRules().validate(f).rejection();
    assertEquals(RejectReason.INVALID_NUMBER, scale.reason());
    assertTrue(scale.message().contains("0 to 5"), scale.message());
  }

  @Test
  void redactsLearnerIdsAndContactsInRawRecords() {
    Redaction r = new Redaction(pseudonymizer, List.of("learner_id", "Student Number"));
    String raw = "{\"learner_id\":\"learner-42\",\"note\":\"mail me at a.b@example.org\"";
    String out = r.redact(raw);
    assertFalse(out.contains("learner-42"), out);
    assertFalse(out.contains("a.b@example.org"), out);
    assertTrue(out.contains(pseudonymizer.pseudonym("learner-42")), out);
    String mapped = r.redact("{\"Student Number\":\"S-777\",\"Course\":\"x\"}");
    assertFalse(mapped.contains("S-777"), mapped);
  }

  @Test
  void anUnparsedEnrollmentLineKeepsNoLearnerId() {
    Redaction r = new Redaction(pseudonymizer, List.of("learner_id"));
    String out = r.redactUnparsedLearnerLine("L-55501,course-7,2024-01-05,\"unterminated");
    assertFalse(out.contains("L-55501"), out);
    assertTrue(out.startsWith("pseudonym:" + pseudonymizer.pseudonym("L-55501") + ","), out);
    assertTrue(out.contains(",2024-01-05,"), out);
    assertEquals(4, out.split(",").length, out);
    String json = r.redactUnparsedLearnerLine("{\"learner_id\":\"L-9\",\"course_id\":\"c");
    assertFalse(json.contains("L-9"), json);
  }

  @Test
  void rejectionMessagesMaskTheContactsTheyQuote() {
    Rejection r =
        Rejection.of(
            RejectReason.INVALID_SALARY,
            "salary range is reversed: 'Call 555-013-4477 or jo@acme.com'");
    assertEquals("salary range is reversed: 'Call [phone] or [email]'", r.message());
  }

  @Test
  void overlongShortFieldsAreQuarantinedNotKept() {
    for (String field : List.of("title", "company", "location", "salary", "url", "source")) {
      Map<String, String> f = posting();
      f.put(field, "x".repeat(PostingRules.MAX_FIELD_CHARS.get(field) + 1));
      Validated<Posting> v = postings.validate(f);
      assertEquals(RejectReason.TEXT_TOO_LONG, v.rejection().reason(), field);
      assertTrue(v.rejection().message().startsWith(field + " has "), v.rejection().message());
    }
  }

  @Test
  void contactDetailsAreMaskedInEveryStoredField() {
    Map<String, String> f = posting();
    f.put("location", "Ask jo@acme.com, 2nd floor");
    f.put("url", "https://jobs.acme.com/apply?mail=jo%40acme.com");
    f.put("source", "referral from 555-013-4477");
    f.put("industry", "IT (call +44 20 7946 0958)");
    Posting p = postings.validate(f).value();
    for (String v : List.of(p.location(), p.url(), p.source(), p.industryRaw())) {
      assertFalse(
          v.contains("jo@") || v.contains("jo%40") || v.contains("4477") || v.contains("0958"), v);
    }
  }
}
