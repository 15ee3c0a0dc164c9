package org.skillgap.core.report;

import java.util.regex.Pattern;

/**
 * What a CSV cell may start with. A spreadsheet runs a cell that starts with '=', '+', '-' or '@'
 * (and, in some, a tab or carriage return) as a formula, so text from postings, such as a skill's
 * example sentence, could run =HYPERLINK(...) on the reader's machine. Such text cells get a
 * leading apostrophe, which spreadsheets show as text and do not store (OWASP "CSV injection").
 * Numbers are written as they are.
 */
public final class CsvCells {
  private CsvCells() {}

  /** A Java and Spark SQL regex for text cells a spreadsheet would run as a formula. */
  public static final String FORMULA_START = "^[=+\\-@\\t\\r]";

  private static final Pattern FORMULA = Pattern.compile(FORMULA_START);

  /** The text as it is safe to write in a CSV cell; null stays null. */
  public static String defuse(String text) {
    return text != null && FORMULA.matcher(text).find() ? "'" + text : text;
  }
}
