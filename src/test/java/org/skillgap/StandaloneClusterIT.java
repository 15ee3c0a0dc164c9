package org.skillgap;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.sample.SampleDataGenerator;

/**
 * A real Spark standalone cluster on 127.0.0.1, started from the Maven-resolved Spark jars (no
 * Spark download): a master, a worker, and the nightly job submitted to it through jobs/nightly.sh
 * and SparkSubmit. Every process it starts is stopped at the end.
 */
class StandaloneClusterIT {

  @TempDir Path tmp;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void waitFor(String what, java.util.function.BooleanSupplier ready)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    while (!ready.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
      Thread.sleep(500);
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void nightlyRunsOnAStandaloneCluster() throws Exception {
    // SPARK_HOME for the worker: a folder whose jars/ holds links to the resolved Spark jars.
    Path sparkHome = tmp.resolve("spark-home");
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    String classpath = Files.readString(Path.of("target/spark-classpath.txt")).trim();
    for (String jar : classpath.split(java.io.File.pathSeparator)) {
      Path j = Path.of(jar);
      Path link = jars.resolve(j.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, j);
      }
    }
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> opens =
        List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED");
    List<Process> started = new ArrayList<>();
    Path masterLog = tmp.resolve("master.log");
    Path workerLog = tmp.resolve("worker.log");
    try {
      List<String> master = new ArrayList<>(List.of(java, "-Xmx512m"));
      master.addAll(opens);
      master.addAll(
          List.of(
              "-cp",
              classpath,
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              Integer.toString(port),
              "--webui-port",
              Integer.toString(freePort())));
      started.add(start(master, sparkHome, masterLog));
      waitFor("the master on port " + port, () -> listening(port));

      List<String> worker = new ArrayList<>(List.of(java, "-Xmx512m"));
      worker.addAll(opens);
      worker.addAll(
          List.of(
              "-cp",
              classpath,
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--cores",
              "2",
              "--memory",
              "3g",
              "--webui-port",
              Integer.toString(freePort()),
              "--work-dir",
              tmp.resolve("work").toString(),
              "spark://127.0.0.1:" + port));
      started.add(start(worker, sparkHome, workerLog));
      waitFor("the worker to register", () -> read(masterLog).contains("Registering worker"));

      Path in = tmp.resolve("in");
      new SampleDataGenerator(9).write(in, SampleDataGenerator.Size.ofPostings(150));
      Path out = tmp.resolve("out");
      ProcessBuilder pb =
          new ProcessBuilder(
                  "bash",
                  "jobs/nightly.sh",
                  "--master",
                  "spark://127.0.0.1:" + port,
                  "--input",
                  in.toString(),
                  "--output",
                  out.toString(),
                  "--date",
                  "2026-01-15")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("submit.log").toFile());
      pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      pb.environment().put("SKILLGAP_DRIVER_MEMORY", "1500m");
      pb.environment()
          .put(
              "SPARK_SUBMIT_OPTS_EXTRA",
              "--conf spark.executor.memory=1500m --conf spark.cores.max=2");
      Process submit = pb.start();
      assertTrue(submit.waitFor(6, TimeUnit.MINUTES), "the job timed out");
      String log = read(tmp.resolve("submit.log"));
      assertEquals(0, submit.exitValue(), log + "\n--- worker ---\n" + read(workerLog));
      String summary = Files.readString(out.resolve("runs/2026-01-15/summary.json"));
      assertTrue(summary.contains("\"master\": \"spark://127.0.0.1:" + port + "\""), summary);
      assertTrue(summary.contains("\"outcome\": \"success\""), summary);
      assertTrue(
          Files.isDirectory(
              out.resolve("reports/catalog/reports/skill_demand/data/industry=tech")));
      assertTrue(
          read(workerLog).contains("Asked to launch executor"), "executors ran on the worker");
    } finally {
      for (Process p : started) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  private static Process start(List<String> cmd, Path sparkHome, Path log) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }
}
