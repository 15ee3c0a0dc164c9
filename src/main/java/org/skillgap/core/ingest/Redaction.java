package org.skillgap.core.ingest;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a raw record safe to keep in quarantine: contact details masked and learner ids replaced by their
 * pseudonym, also inside lines too broken to parse.
 */
public final class Redaction implements Serializable {

  private static final Pattern LEARNER_FIELD =
      Pattern.compile("(\"?learner_id\"?\\s*[:=,]\\s*\"?)([^\",}\\n]+)");

  private final Pseudonymizer pseudonymizer;

  public Redaction(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  public String redact(String raw) {
    if (raw == null) {
      return null;
    }
    String masked = TextCleaner.maskContacts(raw);
    Matcher m = LEARNER_FIELD.matcher(masked);
    StringBuilder sb = new StringBuilder(masked.length());
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "pseudonym:" + pseudonymizer.pseudonym(m.group(2).trim())));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
