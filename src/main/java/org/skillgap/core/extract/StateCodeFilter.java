package org.skillgap.core.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops a two-letter match that is a US state's postal code after a place name: "located in the SSA
 * Field Office, Fayetteville, AR" names Arkansas, not accounts receivable (AR); "Harrisburg, PA
 * 17101" is not a physician assistant. Job feeds write locations this way in their text.
 */
final class StateCodeFilter implements MatchFilter.EachMatch {

  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI");

  /** A capitalised place name and a comma just before the code. */
  private static final Pattern PLACE_BEFORE = Pattern.compile("\\b[A-Z][A-Za-z.'-]+,\\s?$");

  /** The end of the location: a ZIP code, punctuation, a line's end or a lower-case word. */
  private static final Pattern LOCATION_END =
      Pattern.compile("^(\\s+\\d{5}\\b|\\s*[,.;:)\\]]|\\s*$|\\s+[a-z(])");

  @Override
  public boolean drops(String text, int begin, int end) {
    return end - begin == 2
        && STATES.contains(text.substring(begin, end))
        && PLACE_BEFORE.matcher(text.substring(Math.max(0, begin - 40), begin)).find()
        && LOCATION_END.matcher(text.substring(end)).find();
  }
}
