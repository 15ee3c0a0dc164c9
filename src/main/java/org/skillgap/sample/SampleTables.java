package org.skillgap.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.skillgap.core.error.Errors;

/**
 * Reads the tables the sample data is made from: tab-separated resources beside these classes, one
 * row a line, '#' starting a comment line. Each table is read once, when the class holding it
 * loads.
 */
final class SampleTables {
  private SampleTables() {}

  private static final String FOLDER = "org/skillgap/sample/";

  /** A row of a table, with its line number so that a broken row can be named. */
  record Row(String table, int line, List<String> cells) {
    String cell(int i) {
      return cells.get(i);
    }

    IllegalStateException error(String problem) {
      return new IllegalStateException(FOLDER + table + " line " + line + ": " + problem);
    }
  }

  /** The rows of {@code table}, each of {@code minCells} to {@code maxCells} cells. */
  static List<Row> read(String table, int minCells, int maxCells) {
    String text;
    try (InputStream in = SampleTables.class.getResourceAsStream(table)) {
      if (in == null) {
        throw Errors.unreadableFile("sample data table", FOLDER + table, null);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Errors.unreadableFile("sample data table", FOLDER + table, e);
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      // -1 keeps empty cells: a blank skills cell is data, not a missing column.
      Row row = new Row(table, i + 1, List.of(lines[i].split("\t", -1)));
      if (row.cells().size() < minCells || row.cells().size() > maxCells) {
        throw row.error(
            row.cells().size()
                + " tab-separated cells, where "
                + (minCells == maxCells ? minCells : minCells + " to " + maxCells)
                + " are expected");
      }
      rows.add(row);
    }
    return rows;
  }
}
