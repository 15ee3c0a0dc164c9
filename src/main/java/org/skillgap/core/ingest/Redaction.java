package org.skillgap.core.ingest;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a raw record safe to keep in quarantine: contact details masked and learner ids replaced by their
 * pseudonym, also inside lines too broken to parse.
 */
public final class Redaction implements Serializable {

  private final Pseudonymizer pseudonymizer;
  private final Pattern learnerField;

  /**
   * @param learnerFields the names the learner id goes by in the feeds (the canonical learner_id and any
   *     mapped feed column)
   */
  public Redaction(Pseudonymizer pseudonymizer, java.util.Collection<String> learnerFields) {
    this.pseudonymizer = pseudonymizer;
    String names = learnerFields.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    this.learnerField =
        Pattern.compile("(\"?(?:" + names + ")\"?\\s*[:=,]\\s*\"?)([^\",}\\n]+)", Pattern.CASE_INSENSITIVE);
  }

  public String redact(String raw) {
    if (raw == null) {
      return null;
    }
    String masked = TextCleaner.maskContacts(raw);
    Matcher m = learnerField.matcher(masked);
    StringBuilder sb = new StringBuilder(masked.length());
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "pseudonym:" + pseudonymizer.pseudonym(m.group(2).trim())));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
