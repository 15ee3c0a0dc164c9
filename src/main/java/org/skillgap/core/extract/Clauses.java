package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a sentence where a taxonomy name is not a skill asked for: the fields of study of a
 * degree clause ("24 semester credits in accounting, economics and/or statistics", "a Master's
 * degree in Public Health") and the names of organisations ("Bureau of Asset Management", "Human
 * Resources Office", "Accreditation Board for Engineering"). Degrees are requirements, read by the
 * requirement rules; a department is not a skill. Offsets are relative to the sentence text.
 */
public final class Clauses {

  private Clauses() {}

  /** Where a degree clause names its fields: after one of these words, up to the clause's end. */
  private static final Pattern DEGREE_CUE =
      Pattern.compile(
          "\\b(degree|diploma|semester credits|credits|credit hours|semester hours|coursework|course work|courses"
              + "|course of study|major|majoring|graduate of|graduation from|curriculum|accredited|accrediting)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Where the list of fields ends: a clause break, the experience the clause goes on to ask for
   * ("and two years of ...", "plus", "with"), or an alternative path ("; or 2.").
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "[;!?]|(?-i:(?<![A-Z]))\\.(?=\\s|$)|\\band\\s+(\\S+\\s+){0,3}?(years?|months?)\\b|\\bplus\\b|\\bwith\\b"
              + "|\\bexperience\\b|\\bor\\s+\\(?\\d|\\(\\s*[a-z0-9]\\s*\\)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Heads of organisation names and titles written before their subject: "Bureau of", "Department
   * of the", "the Director of Research and Evaluation".
   */
  private static final Pattern ORG_BEFORE =
      Pattern.compile(
          "\\b(Bureau|Department|Dept\\.?|Office|Division|Board|Commission|Center|Centre|Institute|School|College"
              + "|Council|Ministry|Agency|Administration|Society|Association|Academy|Unit|Directorate|Branch|Director"
              + "|Chief|Head|Commissioner)"
              + "\\s+(of|for|on)(\\s+the)?(\\s+[A-Z][\\w&'/-]*(\\s+(of|and|&|for))?)*\\s+$");

  /**
   * Words that, written after a capitalised name, make it an organisation's or a job title's:
   * "Human Resources Office", "PUBLIC HEALTH NURSE", "Procurement Analyst", "the Interagency Fire
   * Program Management (IFPM) Standard". A title names the job, not what it asks; titles that do
   * name a skill (Java Developer, SQL Server Administrator) are not listed.
   */
  private static final Pattern ORG_AFTER =
      Pattern.compile(
          "^\\s+(&\\s+[A-Z]\\w*\\s+)?(\\([A-Z]{2,8}\\)\\s+)?(Department|Bureau|Division|Office|Unit|Board|Commission|Administration|Agency"
              + "|Committee|International|Association|Institute|Council|Society|Foundation|Center|Centre|Panel"
              + "|Branch|Section|Directorate|Standards?|Services?\\s+(Office|Division|Department|Branch|Section|Unit)"
              + "|Specialists?|Analysts?|Advisers?|Advisors?|Assistants?|Associates?|Nurses?|Officers?|Directors?"
              + "|Coordinators?|Managers?|Technicians?|Supervisors?|Aides?|Liaisons?|Investigators?|Inspectors?"
              + "|Educators?|Incentives?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A list of the areas any one of which qualifies: "experience in one or more of the following
   * areas: ...", "in the areas of ...", "in any of the following fields: ...", "at least four (4)
   * of the following areas: ...". Each is one way in, not what the job asks.
   */
  private static final Pattern AREAS_CUE =
      Pattern.compile(
          "\\b((one or more|any|either) of the following(\\s+[\\w/-]+){0,4}?\\s+(areas|fields|disciplines|specialties)"
              + "|in the (following )?areas? of|in (one|any) of the following"
              + "|at least (\\w+|\\(\\d+\\))(\\s+\\(\\d+\\))? of the following(\\s+[\\w/-]+){0,4}?)\\b\\s*:?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The end of a list any one of whose entries will do: fields ("accounting, auditing, or a related
   * field", "engineering, physics or closely related disciplines"), settings ("in a hospital, long
   * term care or outpatient setting", "in Long Term Care, Skilled Nursing or Rehabilitation
   * facility") and capacities ("in a managerial, administrative or supervisory position").
   */
  private static final Pattern OR_RELATED =
      Pattern.compile(
          "\\bor\\s+(an?\\s+|any\\s+|other\\s+)?(closely\\s+|directly\\s+)?related\\s+(fields?|disciplines?"
              + "|areas?|occupations?|specialt(y|ies)|subjects?)\\b"
              + "|\\bor\\s+(an?\\s+)?([\\w-]+\\s+){0,3}?(settings?|facilit(y|ies)|environments?|capacit(y|ies)"
              + "|positions?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Where such a list begins: the last "in", "of", "as" or "with" before it, in its clause. */
  private static final Pattern LIST_START =
      Pattern.compile("[;:.]|\\b(in|of|as|with)\\s", Pattern.CASE_INSENSITIVE);

  /** How far before its end such a list may begin. */
  private static final int OR_RELATED_REACH = 150;

  /**
   * Where such a list ends: a clause break, or what the path asks of that experience ("including
   * one year ...").
   */
  private static final Pattern AREAS_END =
      Pattern.compile(
          "[;!?]|(?-i:(?<![A-Z]))\\.(?=\\s|$)|\\bincluding\\b|\\bat least\\b|\\bof which\\b|\\bor\\s+\\(?\\d",
          Pattern.CASE_INSENSITIVE);

  /**
   * A pay element named after what it rewards: "recruitment incentive", "a recruitment or
   * relocation bonus".
   */
  private static final Pattern PAY_AFTER =
      Pattern.compile(
          "^(\\s*(/|\\bor\\b|\\band\\b)\\s*[a-z]+)?\\s*(incentives?|bonus(es)?|allowances?|differentials?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The office one is told to contact: "Please contact Human Resources at ...". */
  private static final Pattern CONTACT_BEFORE =
      Pattern.compile(
          "\\b(contact|call|e-?mail|notify|visit|reach)\\s+(the\\s+|your\\s+|our\\s+|local\\s+|this\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Job titles written in lower case as well: "computer sales representative", "records clerk". */
  private static final Pattern TITLE_AFTER =
      Pattern.compile("^\\s+(representatives?|clerks?)\\b", Pattern.CASE_INSENSITIVE);

  /** The last word of an organisation's name: "the Veterans Benefits Administration". */
  private static final Pattern ORG_HEAD_LAST =
      Pattern.compile("\\b(Administration|Office|Department|Bureau|Division|Agency|Institute)$");

  /**
   * "the" and any title-case words just before: "the Veterans " in "the Veterans Benefits
   * Administration", "through the Benefits Administration". A capitalised skill name ending in an
   * organisation word is not written after "the" ("Oracle Database Administration").
   */
  private static final Pattern THE_NAME_BEFORE =
      Pattern.compile("\\b[Tt]he\\s+([A-Z][a-z][\\w'&-]*\\s+)*$");

  /** Who, not what: "senior leadership", "the agency's leadership". */
  private static final Pattern PEOPLE_BEFORE =
      Pattern.compile(
          "\\b(senior|executive|agency|city|company|department|school|district|firm|organizational|our|its|their)"
              + "('s)?\\s+$",
          Pattern.CASE_INSENSITIVE);

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

  /**
   * The ranges of the sentence that list areas of experience any one of which qualifies: after "one
   * or more of the following areas", and a list that ends "or a related field" or "or outpatient
   * setting". A sentence of alternative routes is {@link AlternativeRoutes}'.
   */
  public static List<Range> qualifyingAreas(String sentence) {
    List<Range> out = new ArrayList<>(2);
    addListsAfter(AREAS_CUE.matcher(sentence), sentence, out);
    Matcher related = OR_RELATED.matcher(sentence);
    while (related.find()) {
      int reach = Math.max(0, related.start() - OR_RELATED_REACH);
      Matcher start = LIST_START.matcher(sentence).region(reach, related.start());
      int begin = reach;
      while (start.find()) {
        begin = start.end();
      }
      out.add(new Range(begin, related.end()));
    }
    return out;
  }

  private static void addListsAfter(Matcher cue, String sentence, List<Range> out) {
    int from = 0;
    while (from < sentence.length() && cue.find(from)) {
      Matcher end = AREAS_END.matcher(sentence);
      int stop = end.find(cue.end()) ? end.start() : sentence.length();
      out.add(new Range(cue.end(), stop));
      from = Math.max(stop, cue.end());
    }
  }

  /**
   * True when sentence[begin, end) names what a pay element rewards: "recruitment incentives may be
   * authorized".
   */
  public static boolean namesPayElement(String sentence, int begin, int end) {
    return PAY_AFTER.matcher(sentence.substring(end)).find();
  }

  /**
   * True when sentence[begin, end) is "leadership" meaning the people who lead: "report to senior
   * leadership".
   */
  public static boolean isLeadershipAsPeople(String sentence, int begin, int end) {
    return sentence.regionMatches(true, begin, "leadership", 0, end - begin)
        && end - begin == 10
        && PEOPLE_BEFORE.matcher(sentence.substring(Math.max(0, begin - 30), begin)).find();
  }

  /** True when sentence[begin, end) is written as part of an organisation's name or a job title. */
  public static boolean inOrganisationName(String sentence, int begin, int end) {
    if (TITLE_AFTER.matcher(sentence.substring(end)).find()
        || CONTACT_BEFORE.matcher(sentence.substring(Math.max(0, begin - 40), begin)).find()) {
      return true;
    }
    if (begin >= sentence.length() || !Character.isUpperCase(sentence.charAt(begin))) {
      return false;
    }
    String before = sentence.substring(Math.max(0, begin - 80), begin);
    return ORG_BEFORE.matcher(before).find()
        || ORG_AFTER.matcher(sentence.substring(end)).find()
        || ORG_HEAD_LAST.matcher(sentence.substring(begin, end)).find()
            && THE_NAME_BEFORE.matcher(before).find();
  }
}
