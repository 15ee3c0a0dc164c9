package org.skillgap.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads requirement level and negation from the wording of a sentence. */
public final class SentenceCues {

  private SentenceCues() {}

  private static final Pattern PREFERRED =
      Pattern.compile(
          "\\b(preferred|preferably|nice[- ]to[- ]have|a plus|is a plus|bonus|desirable|desired|ideally"
              + "|an advantage|advantageous|an asset|would be great|beneficial|helpful|not required,? but)\\b");

  private static final Pattern REQUIRED =
      Pattern.compile(
          "\\b(must|required|requires|require|requirements?|minimum|essential|mandatory|need to have"
              + "|needs to have|you have|you will have|you bring|qualifications?|proven|demonstrated"
              + "|strong|solid|experience (with|in))\\b");

  /**
   * "No prior X experience needed", "X not required", "no X necessary": the skill is explicitly not
   * asked for, so it is not demand.
   */
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(no (prior |previous |formal )?\\S+( \\S+){0,4} (needed|required|necessary|expected))\\b"
              + "|\\bnot (required|needed|necessary|expected|acceptable|accepted|creditable|qualifying)\\b"
              // Civil-service postings list the experience that does not count: "Some examples of
              // unacceptable experience are: ... help desk, telecommunications".
              + "|\\bunacceptable\\b|\\bwill not be (accepted|credited)\\b|\\bdoes not qualify\\b"
              + "|\\b(without|no need for|don't need|do not need)\\b");

  public static RequirementLevel requirementLevel(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    if (PREFERRED.matcher(s).find()) {
      return RequirementLevel.PREFERRED;
    }
    if (REQUIRED.matcher(s).find()) {
      return RequirementLevel.REQUIRED;
    }
    return RequirementLevel.NOT_STATED;
  }

  /**
   * True when the sentence says its skills are not asked for. "X is helpful but not required", "not
   * required but a plus": a preference, not a negation.
   */
  public static boolean isNegated(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    return NEGATED.matcher(s).find() && !PREFERRED.matcher(s).find();
  }

  /** Joins tokens back into a sentence, using offsets to restore the original spacing. */
  public static String text(String document, List<Token> sentence) {
    if (sentence.isEmpty()) {
      return "";
    }
    return document.substring(sentence.get(0).begin(), sentence.get(sentence.size() - 1).end());
  }
}
