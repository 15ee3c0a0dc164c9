package org.skillgap.core.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillgap.core.requirements.Requirements.Certification;
import org.skillgap.core.requirements.Requirements.DegreeLevel;

/**
 * Reads a posting's requirements from its text with plain rules, clause by clause. Postings, public-sector
 * ones above all, list alternative paths ("1. a baccalaureate degree and four years of experience; or 2. a
 * high school diploma and six years"): the degree kept is the lowest any path names, and a later path
 * without one means experience is accepted instead; the years kept are the standard (first) path's, not
 * a part of them ("two years of which must have been supervisory"), not a conversion ("one year of work
 * is equivalent to one year of school"), and not experience offered instead of a diploma. A clause that
 * says "preferred", "a plus", "desired" or "ideally", or any clause under a "Preferred skills" heading
 * that does not say "required" or "must", states a preference, not a requirement.
 */
public final class RequirementRules {
  private RequirementRules() {}

  private static final Pattern CLAUSES = Pattern.compile("(?<=[.;:!?])\\s+|\\n+|\\s+(?=\\d\\.\\s)|\\s*[\\u2022*\\u25AA\\u25CF]\\s*");

  private static final Pattern PREFERRED = Pattern.compile(
      "\\b(preferred|preferably|a plus|is a plus|nice to have|desired|desirable|helpful|ideally|bonus|advantageous)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Map<DegreeLevel, Pattern> DEGREES = new LinkedHashMap<>();

  static {
    DEGREES.put(DegreeLevel.DOCTORATE, Pattern.compile(
        "\\b(doctorate|doctoral|ph\\.?\\s?d\\.?|pharm\\.?\\s?d|psy\\.?\\s?d|juris doctor|j\\.d\\.|doctor of \\w+)(?!\\w)",
        Pattern.CASE_INSENSITIVE));
    DEGREES.put(DegreeLevel.MASTER, Pattern.compile(
        "\\b(master'?s|masters|m\\.?b\\.?a\\.?|m\\.s\\.|m\\.a\\.|msw|mph|msn|graduate degree|advanced degree)(?!\\w)",
        Pattern.CASE_INSENSITIVE));
    DEGREES.put(DegreeLevel.BACHELOR, Pattern.compile(
        "\\b(bachelor'?s|bachelors|baccalaureate|b\\.s\\.|b\\.a\\.|bsn|undergraduate degree|four-year (college )?degree|"
            + "college degree|university degree|4-year degree)(?!\\w)",
        Pattern.CASE_INSENSITIVE));
    DEGREES.put(DegreeLevel.ASSOCIATE, Pattern.compile(
        "\\b(associate'?s degree|associate degree|associates degree|two-year (college )?degree|2-year degree|a\\.a\\.s?\\.)(?!\\w)",
        Pattern.CASE_INSENSITIVE));
  }

  private static final Pattern EXPERIENCE_INSTEAD = Pattern.compile(
      "\\b(or equivalent (work |professional |relevant )?experience|equivalent combination of (education|training) and "
          + "experience|combination of (education|training) and experience|in lieu of (a |the )?(college |bachelor'?s )?degree|"
          + "may be substituted|substitut\\w+ (for|of) (the |a )?(education|degree)|or equivalent\\b|experience (may|can) "
          + "(be )?substitute)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CERTIFICATE_INSTEAD = Pattern.compile(
      "\\bdegree,? or (an? )?(relevant |professional |industry )?(certificat\\w+|licen[cs]e)\\b|"
          + "\\b(certificat\\w+|licen[cs]e) in lieu of (a |the )?degree\\b",
      Pattern.CASE_INSENSITIVE);

  private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";
  private static final Pattern YEARS = Pattern.compile(
      "\\b" + NUMBER + "\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:\\+|or more|plus)?\\s*(?:(?:-|to)\\s*" + NUMBER + "\\s*)?(years?|months?|weeks?)'?"
          + "(?:\\s+|\\s+of\\s+)(?:[\\w,/()'-]+\\s+){0,8}?experience",
      Pattern.CASE_INSENSITIVE);

  /** A years figure that only converts ("one year of experience is equivalent to one year of school"). */
  private static final Pattern CONVERSION = Pattern.compile(
      "^\\s*(is|are|will be|may be|can be)\\s+(equivalent|credited|substitut\\w+|accepted)", Pattern.CASE_INSENSITIVE);

  /** A years figure offered instead of a diploma ("a high school diploma ... OR at least one year of ..."). */
  private static final Pattern DIPLOMA = Pattern.compile("\\b(diploma|ged|high school|credential)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OR_BEFORE = Pattern.compile("\\bor\\s+(at least\\s+|a minimum of\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** A heading after which everything is a preference, unless a clause says it is required. */
  private static final Pattern PREFERRED_SECTION = Pattern.compile(
      "\\b(preferred|desired|desirable)\\s+(skills|qualifications|experience)\\s*:?\\s*$|^\\s*(preferred|desired|desirable)\\s+(skills|qualifications)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUIRED = Pattern.compile("\\b(required|requirements?|must)\\b", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

  /** Licences and certifications people hire on, by the name the reports use. */
  private static final Map<String, Pattern> CERTIFICATIONS = new LinkedHashMap<>();

  private static void cert(String name, String regex) {
    CERTIFICATIONS.put(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  static {
    cert("Registered Nurse licence", "\\b(rn licen[cs]e|licensed (as an? )?registered nurse|registered nurse licen[cs]\\w*|"
        + "licen[cs]\\w* (to practice )?as an? registered nurse|current,? (full,? )?(active,? )?(and )?unrestricted (rn|registered nurse))\\b|licen[cs]\\w*.{0,80}registered (professional )?nurse");
    cert("Licensed Practical Nurse licence", "\\b(lpn|lvn) licen[cs]e|licensed (practical|vocational) nurse\\b");
    cert("Physician licence", "\\b(licen[cs]e to practi[cs]e medicine|medical licen[cs]e|board[- ]certif\\w+)\\b");
    cert("Pharmacist licence", "\\bpharmacist licen[cs]e|licen[cs]ed pharmacist\\b");
    cert("Social work licence", "\\b(lcsw|lmsw|licensed (clinical|master) social worker)\\b");
    cert("Certified Nursing Assistant", "\\b(cna|certified nurs(ing|e) (assistant|aide))\\b");
    cert("Basic Life Support", "\\b(bls|basic life support|cpr certif\\w*)\\b");
    cert("Advanced Cardiac Life Support", "\\b(acls|advanced cardiac life support)\\b");
    cert("Certified Public Accountant", "\\b(cpa|certified public accountant)\\b");
    cert("Chartered Financial Analyst", "\\b(cfa|chartered financial analyst)\\b");
    cert("Certified Management Accountant", "\\b(cma|certified management accountant)\\b");
    cert("Certified Internal Auditor", "\\b(cia|certified internal auditor)\\b");
    cert("Certified Information Systems Auditor", "\\b(cisa|certified information systems auditor)\\b");
    cert("CISSP", "\\b(cissp|certified information systems security professional)\\b");
    cert("CompTIA Security+", "\\b(comptia )?security\\+");
    cert("Project Management Professional", "\\b(pmp|project management professional)\\b");
    cert("ITIL", "\\bitil\\b");
    cert("AWS certification", "\\baws certified\\b|\\baws certification\\b");
    cert("Cisco CCNA", "\\bccna\\b");
    cert("Professional Engineer licence", "\\b(professional engineer|p\\.e\\. licen[cs]e|pe licen[cs]e)\\b");
    cert("Registered Architect licence", "\\b(registered architect|licensed architect)\\b");
    cert("Bar admission", "\\b(active bar membership|bar membership|admission to the ([a-z]+ )*bar|admitted to (practice (law )?in |the )([a-z]+ )*bar|member of the ([a-z]+ )*bar)\\b");
    cert("Teaching certificate", "\\b(teaching (certificat\\w+|licen[cs]e)|teacher certification|state certified teacher)\\b");
    cert("Commercial driver's licence", "\\b(cdl|commercial driver'?s? licen[cs]e)\\b");
    cert("Driver's licence", "\\b(?<!commercial )driver'?s? licen[cs]e\\b");
    cert("SHRM certification", "\\b(shrm-c?p|shrm-scp|phr|sphr)\\b");
    cert("Certified Professional Coder", "\\b(cpc|certified professional coder|ccs|rhit|rhia)\\b");
    cert("Six Sigma", "\\bsix sigma\\b");
    cert("Food Protection Certificate", "\\b(certificate in food protection|food protection certificate|food handler'?s? (card|certificate))\\b");
  }

  public static Requirements read(String text) {
    DegreeLevel required = null;
    DegreeLevel preferred = null;
    boolean experienceInstead = false;
    boolean certificateInstead = false;
    Integer firstYears = null;
    boolean preferredSection = false;
    Map<String, Boolean> certs = new LinkedHashMap<>();
    for (String clause : CLAUSES.split(text == null ? "" : text)) {
      if (clause.isBlank()) {
        continue;
      }
      if (PREFERRED_SECTION.matcher(clause).find()) {
        preferredSection = true;
        continue;
      }
      boolean prefers = PREFERRED.matcher(clause).find() || (preferredSection && !REQUIRED.matcher(clause).find());
      DegreeLevel lowest = lowestDegree(clause);
      if (lowest != null) {
        if (prefers) {
          preferred = preferred == null || lowest.compareTo(preferred) < 0 ? lowest : preferred;
        } else {
          required = required == null || lowest.compareTo(required) < 0 ? lowest : required;
        }
        experienceInstead |= EXPERIENCE_INSTEAD.matcher(clause).find();
        certificateInstead |= CERTIFICATE_INSTEAD.matcher(clause).find();
      } else if (required != null && !prefers && ALTERNATIVE_WITHOUT_DEGREE.matcher(clause).find()) {
        experienceInstead = true; // a later path asks no degree: "2. A high school diploma and six years ..."
      }
      if (!prefers && firstYears == null) {
        Matcher y = YEARS.matcher(clause);
        while (y.find() && firstYears == null) {
          if (CONVERSION.matcher(clause.substring(y.end())).find() || insteadOfDiploma(clause, y.start())) {
            continue;
          }
          int years = years(number(y.group(1)), y.group(3));
          if (years > 0 && years <= 30) {
            firstYears = years; // the standard (first) path's figure; later ones are alternatives or parts
          }
        }
      }
      for (Map.Entry<String, Pattern> c : CERTIFICATIONS.entrySet()) {
        if (c.getValue().matcher(clause).find()) {
          certs.merge(c.getKey(), !prefers, Boolean::logicalOr);
        }
      }
    }
    Integer minYears = firstYears;
    List<Certification> certifications = new ArrayList<>();
    certs.forEach((name, req) -> certifications.add(new Certification(name, req)));
    return new Requirements(required == null ? DegreeLevel.NONE : required, preferred == null ? DegreeLevel.NONE : preferred,
        experienceInstead, certificateInstead, minYears, List.copyOf(certifications));
  }

  private static final Pattern ALTERNATIVE_WITHOUT_DEGREE = Pattern.compile(
      "\\b(high school (diploma|graduation)|(education and/or )?experience (which is )?equivalent to|satisfactory equivalent)\\b",
      Pattern.CASE_INSENSITIVE);

  private static boolean insteadOfDiploma(String clause, int at) {
    String before = clause.substring(0, at);
    return DIPLOMA.matcher(before).find() && OR_BEFORE.matcher(before).find();
  }

  /** Whole years of a figure in years, months (36 months: 3) or weeks (52 weeks: 1). */
  private static int years(int n, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.startsWith("month") ? n / 12 : u.startsWith("week") ? n / 52 : n;
  }

  /** The lowest degree a clause names, or null. */
  private static DegreeLevel lowestDegree(String clause) {
    DegreeLevel lowest = null;
    for (Map.Entry<DegreeLevel, Pattern> d : DEGREES.entrySet()) {
      if (d.getValue().matcher(clause).find()) {
        lowest = d.getKey(); // DEGREES runs highest first: the last match is the lowest
      }
    }
    return lowest;
  }

  private static int number(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    return WORDS.containsKey(t) ? WORDS.get(t) : Integer.parseInt(t);
  }
}
