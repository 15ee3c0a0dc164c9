package org.skillgap.core.report;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void formulaStartsAreDefused() {
    assertEquals(
        "'=HYPERLINK(\"http://x\",\"click\")",
        CsvCells.defuse("=HYPERLINK(\"http://x\",\"click\")"));
    assertEquals("'+1+2", CsvCells.defuse("+1+2"));
    assertEquals("'-2+3", CsvCells.defuse("-2+3"));
    assertEquals("'@SUM(A1)", CsvCells.defuse("@SUM(A1)"));
    assertEquals("'\t=1", CsvCells.defuse("\t=1"));
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertEquals("Python", CsvCells.defuse("Python"));
    assertEquals("a = b", CsvCells.defuse("a = b"));
    assertNull(CsvCells.defuse(null));
  }
}
