package org.skillgap.core.ingest;

import java.io.Serializable;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a raw record safe to keep in quarantine: contact details masked and learner ids replaced by
 * their pseudonym, also inside lines too broken to parse.
 */
public final class Redaction implements Serializable {

  private final Pseudonymizer pseudonymizer;
  private final Pattern learnerField;

  /**
   * @param learnerFields the names the learner id goes by in the feeds (the canonical learner_id
   *     and any mapped feed column)
   */
  public Redaction(Pseudonymizer pseudonymizer, Collection<String> learnerFields) {
    this.pseudonymizer = pseudonymizer;
    String names = learnerFields.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    this.learnerField =
        Pattern.compile(
            "(\"?(?:" + names + ")\"?\\s*[:=,]\\s*\"?)([^\",}\\n]+)", Pattern.CASE_INSENSITIVE);
  }

  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+Z?)?");

  /**
   * A line that could not be parsed, from a dataset that carries learner ids. A JSON line names its
   * fields, so {@link #redact} finds the id; a delimited line (CSV, TSV) does not say which cell is
   * the id, so every cell but a date becomes its pseudonym. The line keeps its shape (cell count,
   * dates), enough to find it in the source file, and no learner id leaks.
   */
  public String redactUnparsedLearnerLine(String raw) {
    if (raw == null || raw.stripLeading().startsWith("{")) {
      return redact(raw);
    }
    Matcher cells = Pattern.compile("[^,;\\t|]+").matcher(raw);
    StringBuilder sb = new StringBuilder(raw.length());
    while (cells.find()) {
      String cell = cells.group().trim().replaceAll("^\"|\"$", "");
      String kept =
          cell.isEmpty() || ISO_DATE.matcher(cell).matches()
              ? cell
              : "pseudonym:" + pseudonymizer.pseudonym(cell);
      cells.appendReplacement(sb, Matcher.quoteReplacement(kept));
    }
    cells.appendTail(sb);
    return sb.toString();
  }

  public String redact(String raw) {
    if (raw == null) {
      return null;
    }
    String masked = TextCleaner.maskContacts(raw);
    Matcher m = learnerField.matcher(masked);
    StringBuilder sb = new StringBuilder(masked.length());
    while (m.find()) {
      m.appendReplacement(
          sb,
          Matcher.quoteReplacement(
              m.group(1) + "pseudonym:" + pseudonymizer.pseudonym(m.group(2).trim())));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
