package org.skillgap;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduling examples in jobs/schedule pass the syntax checks available on this machine. */
class ScheduleFilesTest {

  @TempDir Path tmp;

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, tool).canExecute()) {
        return true;
      }
    }
    return false;
  }

  private static String run(Path workDir, String... cmd) throws Exception {
    // Output to a file, so a chatty command cannot fill a pipe and block while we wait for it.
    Path log = Files.createTempFile("skillgap-run", ".log");
    log.toFile().deleteOnExit();
    Process p =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = p.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String out = Files.readString(log);
    assertTrue(finished, String.join(" ", cmd) + " did not finish in 60 s:\n" + out);
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
    return out;
  }

  @Test
  void crontabLineIsWellFormed() throws Exception {
    List<String> entries =
        Files.readAllLines(Path.of("jobs/schedule/crontab")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    assertEquals(1, entries.size());
    String[] f = entries.get(0).split("\\s+", 6);
    String field = "(\\*|\\d+(-\\d+)?)(/\\d+)?(,(\\d+(-\\d+)?))*";
    for (int i = 0; i < 5; i++) {
      assertTrue(f[i].matches(field), "field " + i + ": " + f[i]);
    }
    assertTrue(f[5].contains("jobs/nightly.sh"));
  }

  @Test
  void systemdUnitsVerify() throws Exception {
    assumeTrue(onPath("systemd-analyze"), "skipped: systemd-analyze is not installed");
    Path root = Path.of("").toAbsolutePath();
    // The units name /opt/skillgap and a 'skillgap' user; point them at this checkout to verify
    // them here.
    String service =
        Files.readString(Path.of("jobs/schedule/skillgap-nightly.service"))
            .replace("/opt/skillgap", root.toString())
            .replaceAll("(?m)^User=.*\\n", "");
    Files.writeString(tmp.resolve("skillgap-nightly.service"), service);
    Files.copy(
        Path.of("jobs/schedule/skillgap-nightly.timer"), tmp.resolve("skillgap-nightly.timer"));
    run(
        tmp,
        "systemd-analyze",
        "verify",
        tmp.resolve("skillgap-nightly.service").toString(),
        tmp.resolve("skillgap-nightly.timer").toString());
  }

  @Test
  void airflowDagCompiles() throws Exception {
    assumeTrue(onPath("python3"), "skipped: python3 is not installed");
    Files.copy(Path.of("jobs/schedule/skillgap_nightly_dag.py"), tmp.resolve("dag.py"));
    run(tmp, "python3", "-m", "py_compile", tmp.resolve("dag.py").toString());
  }
}
