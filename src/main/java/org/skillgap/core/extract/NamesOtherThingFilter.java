package org.skillgap.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.skillgap.core.taxonomy.SkillType;

/**
 * Drops a skill name that only qualifies the noun after it, which is what the sentence is about:
 * people ("coordinate with procurement and legal staff", "reports used by nursing supervisors",
 * "liaise with project management teams"), a licence or certificate ("a copy of Nursing license": a
 * document, read by the requirement rules), and, for a soft skill of one word, a tool
 * ("collaboration tools such as Dropbox", "presentation software"). The demand audit's readers
 * judged such lines `other`, `credential` and `sense` (docs/evaluation.md). A team the candidate
 * joins or leads is the job's own ("an integral member of the case management team"), and a
 * discipline's tools are the discipline's ("Jira or other project management tools").
 */
final class NamesOtherThingFilter implements MatchFilter {

  /**
   * A word of a name joined to the skill's: not a preposition ("recruitment and orientation of new
   * staff").
   */
  private static final String WORD = "(?!(of|for|to|in|with|the|by|on|at|from)\\b)[\\w/-]+";

  /**
   * People and groups, after the name or after one more name joined to it ("and legal staff", "or
   * specialty medical/surgical colleagues").
   */
  private static final Pattern PEOPLE_AFTER =
      Pattern.compile(
          "^\\s*((,|and|or|&|/)\\s*("
              + WORD
              + "\\s+){0,2}?"
              + WORD
              + "\\s*)?\\s*(staff|teams?|personnel|specialists"
              + "|supervisors|agencies"
              + "|colleagues|counterparts|professionals|providers|partners|workers)\\b");

  private static final Pattern DOCUMENT_AFTER =
      Pattern.compile(
          "^\\s*(licen[cs]es?|licensure|certificates?|certifications?|registration|diploma)\\b");

  /** Where the team named is the candidate's own: "member of the", "join our", "lead the". */
  private static final Pattern OWN_TEAM_BEFORE =
      Pattern.compile(
          "\\b(member of|join|joining|lead|leads|leading|head|heads)\\s+(the\\s+|our\\s+|a\\s+|an\\s+)?$");

  private static final Pattern TOOL_AFTER =
      Pattern.compile(
          "^\\s*(tools?|software|platforms?|programs?|applications?|apps?|packages?|systems?)\\b");

  /** How many chars after a match the patterns read. */
  static final int READ_AHEAD = 120;

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    String text = sentence.text();
    return matches.stream()
        .filter(
            m -> {
              int begin = sentence.textBegin(m);
              int end = sentence.textEnd(m);
              // The patterns read a few words on: a long sentence is not copied whole per match.
              String after =
                  text.substring(end, Math.min(text.length(), end + READ_AHEAD))
                      .toLowerCase(Locale.ROOT);
              String before =
                  text.substring(Math.max(0, begin - 30), begin).toLowerCase(Locale.ROOT);
              SkillType type = m.skill().type();
              boolean oneWord = m.firstToken() == m.lastToken();
              return !(PEOPLE_AFTER.matcher(after).find() && !OWN_TEAM_BEFORE.matcher(before).find()
                  || type != SkillType.CREDENTIAL && DOCUMENT_AFTER.matcher(after).find()
                  || type == SkillType.SOFT && oneWord && TOOL_AFTER.matcher(after).find());
            })
        .toList();
  }
}
