package org.skillgap.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops supervision that is not the candidate's to give: supervision the candidate works under
 * ("works under supervisory review", "under the general supervisory controls of the Chief") and
 * "Supervisory" in a title or a grade ("reports to the Supervisory Diagnostic Radiologic
 * Technologist", "GS-12 (Supervisory)"). "supervisory" on its own asks for supervision only before
 * what the candidate brings or does: "supervisory experience", "supervisory or leadership skills",
 * "supervisory duties". The demand audit's readers judged the others the wrong sense of Staff
 * Supervision (docs/evaluation.md).
 */
final class SupervisionSenseFilter implements MatchFilter.EachMatch {

  private static final Pattern UNDER_BEFORE =
      Pattern.compile("\\bunder\\s+(the\\s+|his\\s+|her\\s+|their\\s+)?([\\w-]+\\s+){0,2}$");

  /** What makes a bare "supervisory" the candidate's, up to two joined words on. */
  private static final Pattern CANDIDATES_AFTER =
      Pattern.compile(
          "^\\s*((,|or|and|/)\\s*[\\w-]+\\s*){0,2}(experience|skills?|responsibilit\\w*|duties|functions|work|roles?"
              + "|positions?|capacity|abilit\\w*|authority|assignments?)\\b");

  @Override
  public boolean drops(String text, int begin, int end) {
    if (!text.regionMatches(true, begin, "supervis", 0, 8)) {
      return false;
    }
    String before = text.substring(Math.max(0, begin - 40), begin).toLowerCase(Locale.ROOT);
    return UNDER_BEFORE.matcher(before).find()
        || text.substring(begin, end).equalsIgnoreCase("supervisory")
            && !CANDIDATES_AFTER
                .matcher(
                    text.substring(
                            end, Math.min(text.length(), end + NamesOtherThingFilter.READ_AHEAD))
                        .toLowerCase(Locale.ROOT))
                .find();
  }
}
