package org.skillgap.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentences about vetting and appointing the candidate, not about the work: "You must successfully
 * complete a background investigation", "a pre-employment physical examination", "the requirement
 * for licensure may be waived for ... research", "a supervisory probationary period may be
 * required", "Eligible for telework ... (e.g., supervisory approval)", "Public Law 97-35 requires
 * ... credentialing standards", the law on English proficiency. The skill names in them
 * (Investigations, Patient Assessment, Research, Staff Supervision, Provider Credentialing) were
 * the `hiring` lines of the demand audit (docs/evaluation.md): the employer does not ask the
 * candidate to do them.
 */
final class HiringText {

  private HiringText() {}

  private static final Pattern HIRING =
      Pattern.compile(
          "\\bbackground (investigation|check)s?\\b|\\bpre-?employment\\b|\\bprior to (employment|appointment)\\b"
              + "|\\b(may|will|can) be waived\\b|\\bwaiver\\b|\\bexcept for ([\\w-]+ ){0,3}(positions|individuals)\\b"
              + "|\\bprobationary period\\b|\\btelework\\b|\\bsuitability (for|determination)\\b"
              + "|\\bat the time of (credentialing|appointment|hire|selection)\\b|\\bpublic law \\d"
              + "|\\bin paragraph [a-d]\\b|\\b(this|the) (occupational )?series (covers|includes)\\b"
              + "|\\bmay be used to fill\\b|\\bjob opportunity announcement\\b|\\blanguage proficiency\\b"
              + "|\\bproficient in spoken and written english\\b|\\btitle \\d+,? u\\.?s\\.?c\\b");

  /** True when the sentence is about vetting or appointing the candidate. */
  static boolean isHiringSentence(String sentence) {
    return HIRING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }
}
