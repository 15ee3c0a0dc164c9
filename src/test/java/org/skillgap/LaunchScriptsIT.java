package org.skillgap;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.sample.SampleDataGenerator;

/**
 * The packaged artefacts as a user runs them: jobs/*.sh submitting the shaded jar through Spark's
 * own SparkSubmit (no Spark download), on a small generated input.
 */
class LaunchScriptsIT {

  @TempDir static Path tmp;
  static Path input;

  record Run(int exitCode, String output) {}

  @BeforeAll
  static void writeInput() throws Exception {
    input = tmp.resolve("in");
    new SampleDataGenerator(5).write(input, SampleDataGenerator.Size.ofPostings(120));
  }

  static Run run(String script, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "jobs/" + script));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(tmp, "run", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SKILLGAP_LEARNER_KEY", "integration-test-secret-key");
    pb.environment().put("SKILLGAP_DRIVER_MEMORY", "1500m");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + cmd);
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * What a person sees of a night, besides the summary: one line per stage. None of the warnings a
   * user can do nothing about (the JVM's incubator notice, Spark's truncated plan string and
   * oversized task, MLlib's missing native BLAS, a CSV header check), no WARN line of any kind, and
   * no Spark progress bar.
   */
  static void assertQuietConsole(String output) {
    List<String> lines = output.lines().toList();
    assertEquals(
        List.of(), lines.stream().filter(l -> l.contains("WARN")).toList(), "warnings:\n" + output);
    assertFalse(output.contains("[Stage "), "Spark's progress bar:\n" + output);
    List<String> progress = lines.stream().filter(l -> l.startsWith("[skillgap]")).toList();
    assertEquals(3, progress.size(), "one progress line per stage:\n" + output);
    for (int i = 0; i < 3; i++) {
      String stage = List.of("ingest ", "extract", "report ").get(i);
      assertTrue(progress.get(i).startsWith("[skillgap] " + stage + "  done in "), progress.get(i));
    }
  }

  @Test
  void nightlyGoesThroughSparkSubmitAndPublishesReports() throws Exception {
    Path out = tmp.resolve("nightly-out");
    Run r =
        run(
            "nightly.sh",
            "--master",
            "local[2]",
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--date",
            "2026-01-15");
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("skillgap run 2026-01-15: success"), r.output());
    String summary = Files.readString(out.resolve("runs/2026-01-15/summary.json"));
    assertTrue(
        summary.contains("\"deploy_mode\": \"client\""), "submitted by SparkSubmit: " + summary);
    assertTrue(summary.contains("\"master\": \"local[2]\""), summary);
    for (String industry : List.of("tech", "healthcare", "finance", "other")) {
      assertTrue(
          Files.isDirectory(
              out.resolve("reports/catalog/reports/skill_demand/data/industry=" + industry)),
          industry);
    }
    assertFalse(r.output().contains(" INFO "), "logs are quiet by default:\n" + r.output());
    assertQuietConsole(r.output());

    Run show =
        run(
            "reports.sh",
            "--output",
            out.toString(),
            "show",
            "skill_gaps",
            "--industry",
            "tech",
            "--sort",
            "gap_score",
            "--top",
            "3");
    assertEquals(0, show.exitCode(), show.output());
    assertTrue(
        show.output().contains("| gap_score|") || show.output().contains("gap_score"),
        show.output());
    Path csv = tmp.resolve("paths.csv");
    Run export =
        run(
            "reports.sh",
            "--output",
            out.toString(),
            "export",
            "credential_paths",
            "--csv",
            csv.toString());
    assertEquals(0, export.exitCode(), export.output());
    assertTrue(
        Files.readString(csv).startsWith("year,job_family,target_skills,step,"),
        Files.readString(csv));
  }

  @Test
  void stagesRunOneByOne() throws Exception {
    Path out = tmp.resolve("staged-out");
    String[] common = {
      "--master",
      "local[2]",
      "--input",
      input.toString(),
      "--output",
      out.toString(),
      "--date",
      "2026-01-15"
    };
    for (String stage : List.of("ingest.sh", "extract.sh", "report.sh")) {
      Run r = run(stage, common);
      assertEquals(0, r.exitCode(), stage + ":\n" + r.output());
    }
    assertTrue(Files.isDirectory(out.resolve("warehouse/postings")));
    assertTrue(Files.isDirectory(out.resolve("warehouse/mentions")));
    assertTrue(
        Files.isDirectory(out.resolve("reports/catalog/reports/skill_demand/data/industry=tech")));
  }

  @Test
  void badSettingStopsWithExitCodeTwoAndSaysWhy() throws Exception {
    Run r =
        run(
            "nightly.sh",
            "--master",
            "local[1]",
            "--input",
            input.toString(),
            "--output",
            tmp.resolve("bad-out").toString(),
            "--set",
            "ingest.max-rejects=0.2");
    assertEquals(2, r.exitCode(), r.output());
    assertTrue(r.output().contains("Unknown setting 'ingest.max-rejects'"), r.output());
    assertTrue(r.output().contains("fix:"), r.output());
  }

  @Test
  void everyJobHasHelp() throws Exception {
    // ingest.sh, extract.sh and report.sh share nightly.sh's launcher and option mixin.
    for (String script : List.of("nightly.sh", "reports.sh", "generate-sample-data.sh")) {
      Run r = run(script, "--help");
      assertEquals(0, r.exitCode(), script + ": " + r.output());
      assertTrue(r.output().contains("Usage:"), script + ": " + r.output());
    }
  }

  @Test
  void theGeneratorScriptWritesData() throws Exception {
    // It runs in a plain JVM: Jackson (provided by Spark) must come from Spark's classpath, as the
    // others'.
    Run r =
        run(
            "generate-sample-data.sh",
            "--postings",
            "20",
            "--enrollments",
            "10",
            "--output",
            tmp.resolve("generated").toString());
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(
        java.nio.file.Files.readAllLines(tmp.resolve("generated/postings/postings.jsonl")).size()
            >= 20,
        r.output());
  }

  @Test
  void shadedJarIsSmallAndCarriesOnlyWhatItNeeds() throws Exception {
    File jar = new File("target/skillgap.jar");
    // Under 100 MB with the span model (about 5 MB) and the sentence encoder (23 MB model, ONNX
    // Runtime's Linux natives) inside: what the encoder issue allows. 53 MB on 2026-12-07.
    assertTrue(jar.length() < 100L * 1024 * 1024, "jar is " + jar.length() + " bytes");
    List<String> models = new ArrayList<>();
    List<String> otherNatives = new ArrayList<>();
    boolean spark = false;
    boolean slf4j = false;
    try (JarFile jf = new JarFile(jar)) {
      assertNotNull(
          jf.getEntry(org.skillgap.core.extract.SpanModel.BUILTIN_RESOURCE.substring(1)),
          "the span model ships");
      assertNotNull(jf.getEntry("all-minilm-l6-v2-q.onnx"), "the encoder's model ships");
      assertNotNull(
          jf.getEntry("ai/onnxruntime/native/linux-x64/libonnxruntime.so"), "x64 natives ship");
      for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.startsWith("edu/stanford/nlp/models/") && !name.endsWith("/")) {
          models.add(name);
        }
        if (name.startsWith("ai/onnxruntime/native/")
            && !name.startsWith("ai/onnxruntime/native/linux-")
            && !name.endsWith("/")) {
          otherNatives.add(name);
        }
        spark |= name.startsWith("org/apache/spark/");
        slf4j |= name.startsWith("org/slf4j/");
      }
    }
    assertEquals(List.of(), otherNatives, "Linux natives only (x64, aarch64)");
    assertFalse(spark, "Spark is provided by the cluster");
    assertFalse(slf4j, "slf4j comes from Spark's classpath, not twice");
    assertFalse(models.isEmpty());
    assertTrue(
        models.stream().allMatch(m -> m.contains("pos-tagger/english-left3words-distsim")),
        models.toString());
  }
}
