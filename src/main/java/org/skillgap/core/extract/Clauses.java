package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a sentence where a taxonomy name is not a skill asked for: the fields of study of a degree clause
 * ("24 semester credits in accounting, economics and/or statistics", "a Master's degree in Public Health")
 * and the names of organisations ("Bureau of Asset Management", "Human Resources Office", "Accreditation
 * Board for Engineering"). Degrees are requirements, read by the requirement rules; a department is not a
 * skill. Offsets are relative to the sentence text.
 */
public final class Clauses {

  private Clauses() {}

  /** Where a degree clause names its fields: after one of these words, up to the clause's end. */
  private static final Pattern DEGREE_CUE = Pattern.compile(
      "\\b(degree|diploma|semester credits|credits|credit hours|semester hours|coursework|course work|courses"
          + "|course of study|major|majoring|graduate of|graduation from|curriculum|accredited|accrediting)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Where the list of fields ends: a clause break, the experience the clause goes on to ask for ("and two
   * years of ...", "plus", "with"), or an alternative path ("; or 2.").
   */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[;!?]|(?-i:(?<![A-Z]))\\.(?=\\s|$)|\\band\\s+(\\S+\\s+){0,3}?(years?|months?)\\b|\\bplus\\b|\\bwith\\b"
          + "|\\bexperience\\b|\\bor\\s+\\(?\\d|\\(\\s*[a-z0-9]\\s*\\)",
      Pattern.CASE_INSENSITIVE);

  /** Heads of organisation names written before their subject: "Bureau of", "Department of the". */
  private static final Pattern ORG_BEFORE = Pattern.compile(
      "\\b(Bureau|Department|Dept\\.?|Office|Division|Board|Commission|Center|Centre|Institute|School|College"
          + "|Council|Ministry|Agency|Administration|Society|Association|Academy|Unit|Directorate|Branch)"
          + "\\s+(of|for|on)(\\s+the)?(\\s+[A-Z][\\w&'/-]*(\\s+(of|and|&|for))?)*\\s+$");

  /**
   * Words that, written after a capitalised name, make it an organisation's or a job title's: "Human
   * Resources Office", "PUBLIC HEALTH NURSE", "Procurement Analyst". A title names the job, not what it
   * asks; titles that do name a skill (Java Developer, SQL Server Administrator) are not listed.
   */
  private static final Pattern ORG_AFTER = Pattern.compile(
      "^\\s+(&\\s+[A-Z]\\w*\\s+)?(Department|Bureau|Division|Office|Unit|Board|Commission|Administration|Agency"
          + "|Committee|International|Association|Institute|Council|Society|Foundation|Center|Centre|Panel"
          + "|Branch|Directorate|Services?\\s+(Office|Division|Department)"
          + "|Specialists?|Analysts?|Advisers?|Advisors?|Assistants?|Associates?|Nurses?|Officers?|Directors?"
          + "|Coordinators?|Managers?|Technicians?|Supervisors?|Aides?|Liaisons?|Investigators?|Inspectors?"
          + "|Educators?|Incentives?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Who, not what: "senior leadership", "the agency's leadership". */
  private static final Pattern PEOPLE_BEFORE = Pattern.compile(
      "\\b(senior|executive|agency|city|company|department|school|district|firm|organizational|our|its|their)"
          + "('s)?\\s+$", Pattern.CASE_INSENSITIVE);

  /** A character range [begin, end) of a sentence. */
  public record Range(int begin, int end) {
    boolean covers(int from, int to) {
      return from >= begin && to <= end;
    }
  }

  /** The ranges of the sentence that name fields of study in degree clauses. */
  public static List<Range> fieldsOfStudy(String sentence) {
    List<Range> out = new ArrayList<>(2);
    Matcher cue = DEGREE_CUE.matcher(sentence);
    int from = 0;
    while (cue.find(from)) {
      Matcher end = CLAUSE_END.matcher(sentence);
      int stop = end.find(cue.end()) ? end.start() : sentence.length();
      out.add(new Range(cue.start(), stop));
      from = Math.max(stop, cue.end());
    }
    return out;
  }

  /** True when sentence[begin, end) is "leadership" meaning the people who lead: "report to senior leadership". */
  public static boolean isLeadershipAsPeople(String sentence, int begin, int end) {
    return sentence.regionMatches(true, begin, "leadership", 0, end - begin) && end - begin == 10
        && PEOPLE_BEFORE.matcher(sentence.substring(Math.max(0, begin - 30), begin)).find();
  }

  /** True when sentence[begin, end) is written as part of an organisation's name or a job title. */
  public static boolean inOrganisationName(String sentence, int begin, int end) {
    if (begin >= sentence.length() || !Character.isUpperCase(sentence.charAt(begin))) {
      return false;
    }
    String before = sentence.substring(Math.max(0, begin - 80), begin);
    return ORG_BEFORE.matcher(before).find() || ORG_AFTER.matcher(sentence.substring(end)).find();
  }
}
