package org.skillgap.core.taxonomy;

/**
 * What kind of thing a taxonomy entry is. Credentials feed the employer-recognition report, not
 * demand.
 */
public enum SkillType {
  TECHNOLOGY("technology"),
  KNOWLEDGE("knowledge"),
  SOFT("soft"),
  CREDENTIAL("credential");

  public final String code;

  SkillType(String code) {
    this.code = code;
  }

  public static SkillType fromCode(String code) {
    for (SkillType t : values()) {
      if (t.code.equalsIgnoreCase(code.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown type '" + code + "' (allowed: technology, knowledge, soft, credential)");
  }
}
