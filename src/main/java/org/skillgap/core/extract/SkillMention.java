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
 * @param sentence the sentence, for review (cut at 300 characters)
 */
public record SkillMention(
    String skillId, String surface, int sentenceIndex, int begin, int end, RequirementLevel requirement,
    String sentence) {}
