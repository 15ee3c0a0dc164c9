package org.skillgap.core.extract;

/** How firmly a posting asks for a skill, read from the cues of the sentence that names it. */
public enum RequirementLevel {
  REQUIRED("required"),
  PREFERRED("preferred"),
  NOT_STATED("not_stated");

  public final String code;

  RequirementLevel(String code) {
    this.code = code;
  }
}
