package org.skillgap.core.console;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The run's console, driven by hand with a fake clock: what a terminal and a log file each see. */
class ConsoleTest {

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final AtomicLong now = new AtomicLong();

  Console console(Console.Mode mode, boolean verbose) {
    return new Console(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), mode, verbose, now::get, false);
  }

  String out() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  void advance(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void aLogFileGetsOneLinePerStageAndNoDetails() {
    Console c = console(Console.Mode.PLAIN, false);
    c.startStage("ingest", 4);
    c.step("listing input files");
    c.detail("ingest input files: 3 seen, 3 to ingest");
    c.step("validating");
    advance(12);
    c.tick();
    c.stageDone("8,855 in, 8,796 out");
    assertEquals("[skillgap] ingest   done in   12.0 s: 8,855 in, 8,796 out\n", out());
  }

  @Test
  void aLongStageSaysWhereItIsOnceAMinuteInALogFile() {
    Console c = console(Console.Mode.PLAIN, false);
    c.liveDetail(() -> "3 of 8 tasks");
    c.startStage("extract", 3);
    c.step("skills of the postings batch 2026-01-01 (1 of 3)");
    c.step("skills of the postings batch 2026-01-02 (2 of 3)");
    advance(59);
    c.tick();
    assertEquals("", out(), "nothing before a minute");
    advance(1);
    c.tick();
    c.tick();
    assertEquals(
        "[skillgap] extract  1/3 skills of the postings batch 2026-01-02 (2 of 3), 60 s (3 of 8 tasks)\n",
        out(),
        "one line at the minute, not one per tick");
  }

  @Test
  void aTerminalSeesTheLineRedrawnInPlaceThenTheDoneLine() {
    Console c = console(Console.Mode.LIVE, false);
    c.liveDetail(() -> "3 of 8 tasks");
    c.startStage("report", 4);
    c.step("placing postings by industry");
    advance(2);
    c.tick();
    String live = out();
    assertTrue(
        live.endsWith(
            "\r\033[K[skillgap] report   0/4 placing postings by industry, 2 s (3 of 8 tasks)"),
        live);
    assertFalse(live.contains("\n"), "redrawn in place, no new line: " + live);
    c.stageDone("13,192 in, 13,895 out");
    assertTrue(
        out().endsWith("\r\033[K[skillgap] report   done in    2.0 s: 13,192 in, 13,895 out\n"),
        out());
  }

  @Test
  void aNoticeInterruptsTheLiveLineWithoutMixingIntoIt() {
    Console c = console(Console.Mode.LIVE, false);
    c.startStage("ingest", 4);
    c.step("listing input files");
    c.notice("refusing in/postings/a.zip: an archive inside an archive");
    String[] lines = out().split("\n");
    assertEquals(
        "\r\033[K[skillgap] refusing in/postings/a.zip: an archive inside an archive",
        lines[0].substring(lines[0].lastIndexOf('\r')),
        "the live line is erased before the notice");
    assertTrue(
        lines[1].startsWith("\r\033[K[skillgap] ingest   0/4 listing input files"),
        "and drawn again after it");
  }

  @Test
  void stepsRunningSideBySideAreCountedUnderTheirGroup() {
    Console c = console(Console.Mode.PLAIN, true);
    c.startStage("report", 5);
    c.step("placing postings by industry");
    c.step("staging 3 reports");
    c.stepDone();
    c.stepDone();
    advance(61);
    c.tick();
    assertEquals("[skillgap] report   3/5 staging 3 reports, 61 s\n", out());
  }

  @Test
  void detailsShowUnderVerboseOnly() {
    Console quiet = console(Console.Mode.PLAIN, false);
    quiet.detail("report skill_demand 10,141 rows");
    assertEquals("", out());
    Console verbose = console(Console.Mode.PLAIN, true);
    verbose.detail("report skill_demand 10,141 rows");
    assertEquals("[skillgap] report skill_demand 10,141 rows\n", out());
  }

  @Test
  void aFailedStageLeavesNoHalfDrawnLine() {
    Console c = console(Console.Mode.LIVE, false);
    c.startStage("extract", 1);
    c.step("skills of the postings batch 2026-01-01 (1 of 1)");
    c.stageAbandoned();
    assertTrue(out().endsWith("\r\033[K"), "the live line is erased: " + out());
    c.tick();
    assertTrue(out().endsWith("\r\033[K"), "and not drawn again");
  }
}
