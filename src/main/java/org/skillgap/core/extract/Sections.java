package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the boilerplate parts of a posting: about-the-company, benefits and equal-opportunity text.
 * Skills named there ("we are a Python shop", "free CPR training") are not what the job asks for.
 */
public final class Sections {

  private Sections() {}

  /** A character range [begin, end) of the document that holds boilerplate. */
  public record Range(int begin, int end) {
    public boolean contains(int offset) {
      return offset >= begin && offset < end;
    }
  }

  private static final Pattern BOILERPLATE_HEADING =
      Pattern.compile(
          "^(about (us|the company|the team|our company|[a-z0-9&.' ]{1,40})|who we are|our company"
              + "|benefits|perks|what we offer|we offer|compensation( and| &) benefits|why join us"
              + "|equal (employment )?opportunity.*|eeo.*|diversity( and| &) inclusion.*)\\s*:?$");

  private static final Pattern CONTENT_HEADING =
      Pattern.compile(
          "^(requirements|qualifications|(minimum|basic|required|preferred) qualifications|responsibilities"
              + "|key responsibilities|what you('|’)ll do|what you will do|what you bring|what we('|’)re looking for"
              + "|skills|required skills|skills and experience|about the role|the role|job description"
              + "|duties|essential duties|nice to have|you have|who you are)\\s*:?$");

  private static final Pattern BOILERPLATE_SENTENCE =
      Pattern.compile(
          "equal (employment )?opportunity employer|without regard to (race|age)|reasonable accommodation"
              + "|e-verify|affirmative action|protected veteran|drug[- ]free workplace");

  /**
   * Ranges of the document that are boilerplate, by heading: a boilerplate heading runs to the next
   * heading.
   */
  public static List<Range> boilerplate(String document) {
    List<Range> out = new ArrayList<>();
    int offset = 0;
    int start = -1;
    for (String line : document.split("\n", -1)) {
      String l = line.trim().toLowerCase(Locale.ROOT);
      if (l.length() <= 60 && BOILERPLATE_HEADING.matcher(l).matches()) {
        if (start < 0) {
          start = offset;
        }
      } else if (l.length() <= 60 && CONTENT_HEADING.matcher(l).matches()) {
        if (start >= 0) {
          out.add(new Range(start, offset));
          start = -1;
        }
      }
      offset += line.length() + 1;
    }
    if (start >= 0) {
      out.add(new Range(start, document.length()));
    }
    return out;
  }

  /**
   * A perks or benefits line inside a paragraph ("Benefits: health cover, 401(k), Python meetups"):
   * what the employer offers, not what it asks for.
   */
  private static final Pattern PERKS_SENTENCE =
      Pattern.compile(
          "^\\W*(benefits|perks|what we offer|we offer|our (perks|benefits)( include)?|perks include|benefits include"
              + "|compensation (and|&) benefits|you('|’)ll (get|enjoy)|you will (get|enjoy)|we provide)\\b\\s*:?");

  /**
   * A sentence about what the employer does, not what the job asks ("The Bureau of Information
   * Systems & Technology provides ... geographic information systems, ... social media support";
   * "Services to students include ... medication administration"): public-sector postings open with
   * a paragraph of them, with no heading to mark it.
   */
  private static final Pattern ABOUT_THE_EMPLOYER =
      Pattern.compile(
          "^.{0,100}?\\b(the|our|this|its)\\s+(\\w+\\s+){0,3}(bureau|office|division|department|agency|administration"
              + "|unit|court|organization|organisation|company|firm|program|programme|center|centre|bureaus)\\b[^.;]{0,60}?"
              + "\\b(provides|offers|operates|oversees|is responsible for|are responsible for|is charged with"
              + "|is committed to|promotes|protects|delivers|serves|was (created|established|formed)|has been the"
              + "|is comprised of|comprises|manages the|supports the)\\b"
              + "|^\\W*services (to|for) [\\w ]{1,30} include\\b"
              + "|^\\W*(we are|it is) (an?|the|one of the) [\\w ,-]{0,50}?\\b(hospital|medical center|facility|health care system"
              + "|agency|organization|organisation|company|employer|institution)\\b");

  /**
   * A sentence whose subject is the employer by its own name: "As the City's technology leader,
   * DoITT is responsible for maintaining ... infrastructure", "DoITT provides ... IT services,
   * infrastructure and telecommunications". Matched on the sentence as written: the name is
   * capitalised.
   */
  private static final Pattern NAMED_EMPLOYER_DOES =
      Pattern.compile(
          "^(As [^,]{0,80},\\s+)?(The\\s+)?([A-Z][\\w&.'’-]*(\\s+(of|for|and|&|the|[A-Z][\\w&.'’-]*)){0,8})\\s+"
              + "(is responsible for|are responsible for|provides|offers|operates|oversees|serves|delivers|promotes"
              + "|protects|is committed to|is charged with|was (created|established|formed))\\b");

  /** A subject that is the job, not the employer: "The Analyst provides support ...". */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "\\b(analyst|specialist|engineer|manager|developer|administrator|candidate|coordinator|director|officer"
              + "|assistant|nurse|technician|associate|supervisor|incumbent|employee|selectee|position|role|team"
              + "|you|intern|consultant|architect|lead|scientist|accountant|auditor|teacher|instructor|counselor)s?$",
          Pattern.CASE_INSENSITIVE);

  private static boolean namesTheEmployer(String sentence) {
    Matcher m = NAMED_EMPLOYER_DOES.matcher(sentence);
    return m.find() && !ROLE_WORD.matcher(m.group(3)).find();
  }

  /**
   * A recruiting pitch addressed to the reader ("How would you like to become a part of a team
   * providing compassionate care to Veterans?"): what the team does, not what it asks.
   */
  private static final Pattern PITCH =
      Pattern.compile(
          "^\\W*(how would you like to|would you like to|are you (looking for|ready to|interested in)"
              + "|do you want to (join|make|be)|want to (join|make a difference)|interested in joining)\\b");

  /**
   * True for a sentence that is legal, equal-opportunity or perks boilerplate wherever it stands,
   * one about what the employer does (by a generic name or its own), or a recruiting pitch.
   */
  public static boolean isBoilerplateSentence(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    return BOILERPLATE_SENTENCE.matcher(s).find()
        || PERKS_SENTENCE.matcher(s).find()
        || ABOUT_THE_EMPLOYER.matcher(s).find()
        || PITCH.matcher(s).find()
        || namesTheEmployer(sentence.strip());
  }
}
