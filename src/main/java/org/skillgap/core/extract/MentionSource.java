package org.skillgap.core.extract;

/**
 * What found a mention: the taxonomy matcher, the span model (linked to an entry, or an unlinked
 * span for the emerging-skills queue), both on the same words, or, for the queue only, a
 * requirement cue's list item.
 */
public enum MentionSource {
  TAXONOMY("taxonomy"),
  MODEL("model"),
  BOTH("both"),
  CUE("cue");

  public final String code;

  MentionSource(String code) {
    this.code = code;
  }
}
