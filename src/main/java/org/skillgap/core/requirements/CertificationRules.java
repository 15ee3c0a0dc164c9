package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.Regexes.anyOf;
import static org.skillgap.core.requirements.Regexes.words;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.skillgap.core.error.Errors;

/**
 * The licences and certifications a posting names: those of the table in
 * org/skillgap/requirements/certifications.tsv, and licences or registrations it names in its own
 * words ("a valid license for High Pressure Boiler Operating Engineer").
 */
final class CertificationRules {
  private CertificationRules() {}

  private static final String TABLE = "org/skillgap/requirements/certifications.tsv";

  /** Licences and certifications people hire on, by the name the reports use, in table order. */
  static final Map<String, Pattern> CERTIFICATIONS = load();

  static final Pattern ANY_CERTIFICATION = anyOf(CERTIFICATIONS.values());

  /**
   * Words (ASCII lower case, split at anything but a-z and 0-9), word beginnings or phrases of
   * which every match of a pattern of the table contains one: a clause holding none cannot match
   * it, so {@link #ANY_CERTIFICATION}, a long alternation scanned at every position, is not run.
   * Most clauses of a posting (duties, about us) hold none. Of each alternative, its rarest word: a
   * common word ("state", "professional", "project", "security") let most clauses through to the
   * long alternation. Phrases whose every word is common are substrings. Keep in step with the
   * table: {@code RequirementRulesTest} checks that an example of every alternative passes.
   */
  static final Cue CERTIFICATION_CUE =
      new Cue(
          Cue.wordSet(
              "rn unrestricted registration lpn lvn pharmacist lcsw lmsw cna bls cpr "
                  + "pesticide life coast merchant acls cpa cfa chartered cma cia cisa cissp pmp "
                  + "itil aws ccna bar admitted cdl shrm phr sphr cpc ccs rhit rhia sigma child "
                  + "cda nwcg"),
          List.of(
              "licen", "certif", "cardio", "lifeguard", "driver", "chauffeur", "nurse", "handler"),
          List.of(
              "security+",
              "project management professional",
              "professional engineer",
              "registered architect",
              "first aid"));

  /** A heading that a list of certifications follows ("Certifications:"). */
  static final Guarded CERTIFICATION_LIST =
      Guarded.of(
          words("\\b(certifications?|certificates?|licen[cs]es?)\\s*:\\s*$"), "certific", "licen");

  /** A "Driver License Requirement:" heading, which names no licence by itself. */
  static final Guarded LICENCE_HEADING =
      Guarded.of(
          words("\\b(driver'?s?|motor vehicle)?\\s*licen[cs]e requirements?\\s*:?"), "licen");

  /**
   * "or" before a licence ("law school graduation or admission to the Bar"): one way to qualify,
   * not a requirement.
   */
  static final Pattern OR_BEFORE_LICENCE =
      words("\\bor\\s+((a|an|the|valid|current|active)\\s+)*([A-Z][\\w.]*\\s+){0,4}$");

  /**
   * Licences the table does not name: "a valid license for High Pressure Boiler Operating
   * Engineer".
   */
  static final Guarded NAMED_LICENCE = Guarded.of(named("[Ll]icen[cs]e"), "valid ");

  /**
   * Registrations the table does not name: "a valid New York State Registration as a Landscape
   * Architect".
   */
  static final Guarded NAMED_REGISTRATION = Guarded.of(named("[Rr]egistration"), "valid ");

  /**
   * "valid [State] <noun> as/for a <Title Case Name>": the name is group 1. Case matters, so not
   * {@link Regexes#words}.
   */
  private static Pattern named(String noun) {
    return Pattern.compile(
        "\\bvalid (?:[A-Z][\\w.]*\\s+){0,3}"
            + noun
            + " (?:as|for) (?:an? )?((?:[A-Z][\\w-]*\\s*){1,6}?)(?=\\s+(?:[a-z]|$)|[.,;]|$)");
  }

  /** Read once, at class load: the table ships in the jar, so a fault in it is a build's fault. */
  private static Map<String, Pattern> load() {
    InputStream in = CertificationRules.class.getResourceAsStream("/" + TABLE);
    if (in == null) {
      throw Errors.unreadableFile("certification table", TABLE, null);
    }
    try (in) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Errors.unreadableFile("certification table", TABLE, e);
    }
  }

  /** Rows {@code name<TAB>pattern}; '#' comments. */
  static Map<String, Pattern> parse(String table) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : table.split("\r?\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = "certifications.tsv line " + lineNo;
      if (c.length != 2 || out.containsKey(c[0])) {
        throw Errors.badSetting(where, line, "name<TAB>pattern, each name once", "the table");
      }
      try {
        out.put(c[0], words(c[1]));
      } catch (PatternSyntaxException e) {
        throw Errors.badSetting(where, c[1], "a Java regular expression", "the table");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
