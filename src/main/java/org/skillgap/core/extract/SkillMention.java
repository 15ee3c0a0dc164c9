package org.skillgap.core.extract;

/**
 * One skill found in a text.
 *
 * @param skillId taxonomy id
 * @param surface the text as written
 * @param sentenceIndex index of the sentence in the document, from 0
 * @param begin character offset of the first character in the document
 * @param end character offset after the last character in the document
 * @param requirement required, preferred or not stated
 * @param sentence the sentence, for review: a long one cut to 300 characters around the mention
 * @param source what found it ({@link MentionSource})
 * @param confidence how sure the mention is, from 0 to 1: {@link #BOTH_CONFIDENCE} when the matcher
 *     and the model agree, {@link #TAXONOMY_CONFIDENCE} for the matcher alone, the link's
 *     confidence for the model alone ({@link SpanLinker}); for an emerging-skill candidate, its
 *     best link's (0 when none, or a cue's)
 */
public record SkillMention(
    String skillId,
    String surface,
    int sentenceIndex,
    int begin,
    int end,
    RequirementLevel requirement,
    String sentence,
    MentionSource source,
    double confidence) {

  /** Confidence of a taxonomy match the span model also found. */
  public static final double BOTH_CONFIDENCE = 1.0;

  /**
   * Confidence of a taxonomy match that passed the context rules, where the model found nothing.
   */
  public static final double TAXONOMY_CONFIDENCE = 0.9;
}
