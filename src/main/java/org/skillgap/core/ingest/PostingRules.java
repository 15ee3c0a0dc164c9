package org.skillgap.core.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.skillgap.core.requirements.RequirementRules;

/** Validates and normalises one raw posting (all fields as text, canonical names). */
public final class PostingRules implements Serializable {

  /** Longest description kept, in characters after cleaning; longer ones are quarantined. */
  public static final int MAX_DESCRIPTION_CHARS = 100_000;

  /**
   * Longest value kept per short field, in characters as read. A feed that glues a description into
   * the title column, or a broken export, yields one quarantined posting, not a 5 MB title in every
   * report row. Locations are lists on real feeds (a USAJOBS posting names up to a few hundred duty
   * stations, 4,198 characters), so their cap only stops the absurd.
   */
  public static final Map<String, Integer> MAX_FIELD_CHARS =
      Map.ofEntries(
          Map.entry("id", 200),
          Map.entry("title", 500),
          Map.entry("company", 500),
          Map.entry("location", 20_000),
          Map.entry("industry", 1_000),
          Map.entry("salary", 200),
          Map.entry("salary_min", 50),
          Map.entry("salary_max", 50),
          Map.entry("salary_period", 50),
          Map.entry("url", 2_000),
          Map.entry("source", 200));

  private final IndustryMapper industries;
  private final LocalDate runDate;

  public PostingRules(IndustryMapper industries, LocalDate runDate) {
    this.industries = industries;
    this.runDate = runDate;
  }

  public Validated<Posting> validate(Map<String, String> f) {
    String id = Fields.get(f, "id");
    if (id == null) {
      return reject(Fields.missing("posting", "id"));
    }
    for (Map.Entry<String, Integer> limit : MAX_FIELD_CHARS.entrySet()) {
      String value = f.get(limit.getKey());
      if (value != null && value.length() > limit.getValue()) {
        return Validated.reject(
            RejectReason.TEXT_TOO_LONG,
            limit.getKey()
                + " has "
                + value.length()
                + " characters; the limit is "
                + limit.getValue());
      }
    }
    String title = TextCleaner.clean(Fields.get(f, "title"));
    if (title == null || title.isEmpty()) {
      return reject(Fields.missing("posting", "title"));
    }
    String rawDescription = Fields.get(f, "description");
    if (rawDescription == null) {
      return reject(Fields.missing("posting", "description"));
    }
    if (rawDescription.length() > 4 * MAX_DESCRIPTION_CHARS) {
      return Validated.reject(
          RejectReason.TEXT_TOO_LONG,
          "description has "
              + rawDescription.length()
              + " characters; the limit is "
              + MAX_DESCRIPTION_CHARS);
    }
    String description = TextCleaner.clean(rawDescription);
    if (description.isEmpty()) {
      return reject(Fields.missing("posting", "description"));
    }
    if (description.length() > MAX_DESCRIPTION_CHARS) {
      return Validated.reject(
          RejectReason.TEXT_TOO_LONG,
          "description has "
              + description.length()
              + " characters; the limit is "
              + MAX_DESCRIPTION_CHARS);
    }
    if (Fields.get(f, "posted_date") == null) {
      return reject(Fields.missing("posting", "posted_date"));
    }
    Object date = Fields.date(f, "posted_date", runDate);
    if (date instanceof Rejection r) {
      return reject(r);
    }
    // A salary text wins; feeds that split it over columns give minimum, maximum and period
    // instead.
    String salaryText = Fields.get(f, "salary");
    Salary.Parsed salary =
        salaryText != null
            ? Salary.parse(salaryText)
            : Salary.parts(
                Fields.get(f, "salary_min"),
                Fields.get(f, "salary_max"),
                Fields.get(f, "salary_period"));
    if (salary.problem() != null) {
      return Validated.reject(RejectReason.INVALID_SALARY, salary.problem());
    }
    // The job's industry: the occupation its title names first (a nurse hired by a government
    // department is
    // healthcare), then the feed's label (a job category, or the employer's sector), else unmapped
    // and left to
    // the classifier.
    String industryRaw = Fields.get(f, "industry");
    String byTitle = industries.byTitle(title);
    String byLabel = byTitle == null ? industries.map(industryRaw) : null;
    String industry = byTitle != null ? byTitle : byLabel;
    String industrySource =
        byTitle != null
            ? Industry.SOURCE_TITLE
            : byLabel != null ? Industry.SOURCE_LABEL : Industry.SOURCE_NONE;
    return Validated.ok(
        new Posting(
            id,
            title,
            TextCleaner.clean(Fields.get(f, "company")),
            TextCleaner.clean(Fields.get(f, "location")),
            (LocalDate) date,
            description,
            industry == null ? Industry.OTHER : industry,
            TextCleaner.maskContacts(industryRaw),
            industrySource,
            salary.salary(),
            TextCleaner.maskContacts(Fields.get(f, "source")),
            TextCleaner.maskContacts(Fields.get(f, "url")),
            RequirementRules.read(description)));
  }

  private static Validated<Posting> reject(Rejection r) {
    return new Validated<>(null, r);
  }
}
