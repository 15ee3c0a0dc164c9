package org.skillgap.core.error;

/**
 * The one exception users see. It always says what went wrong, why, and what to do about it, and it
 * carries the exit code a scheduler should get. Build it through {@link Errors} so wording stays
 * uniform.
 */
public final class SkillgapException extends RuntimeException {

  /** Exit codes a scheduler can act on; documented in README.md. */
  public enum Kind {
    BAD_CONFIGURATION(2),
    BAD_INPUT(3),
    REJECT_RATIO_EXCEEDED(4),
    RUN_IN_PROGRESS(5),
    FAILURE(1);

    public final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  private final Kind kind;
  private final String problem;
  private final String fix;

  SkillgapException(Kind kind, String problem, String cause, String fix, Throwable underlying) {
    super(format(problem, cause, fix), underlying);
    this.kind = kind;
    this.problem = problem;
    this.fix = fix;
  }

  public Kind kind() {
    return kind;
  }

  public int exitCode() {
    return kind.exitCode;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }

  private static String format(String problem, String cause, String fix) {
    StringBuilder sb = new StringBuilder(problem);
    if (cause != null && !cause.isBlank()) {
      sb.append("\n  cause: ").append(cause);
    }
    if (fix != null && !fix.isBlank()) {
      sb.append("\n  fix:   ").append(fix);
    }
    return sb.toString();
  }
}
