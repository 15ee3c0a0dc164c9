package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.dashboard.DashboardPage;
import org.skillgap.core.dashboard.DashboardPageTest;

/**
 * The nightly run's dashboard opened in headless Chromium (Debian's package, installed by .ci/run):
 * it renders its charts with a size, makes no network request, and hostile values stay text.
 */
// A last guard: whatever else hangs, the test fails after ten minutes instead of holding the build.
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DashboardBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path tmp;

  /** How long one Chromium call may take; the calls here take one to three seconds. */
  static final int CHROMIUM_SECONDS = 60;

  /** Why the machine's Chromium cannot be used, once it has failed to finish even a blank page. */
  private static volatile String brokenChromium;

  private int calls;
  private Path lastLog;

  /**
   * Runs headless Chromium on a page and returns what it printed. A run that hangs is killed and
   * tried once more. If it hangs again, a blank page tells the two causes apart: if Chromium
   * finishes that, the page is at fault and the test fails; if not, this machine's Chromium is, and
   * the browser tests are skipped, saying why (as they are where Chromium is not installed).
   */
  private String chromium(Path page, String... extra) throws Exception {
    assumeTrue(brokenChromium == null, () -> "skipped: " + brokenChromium);
    for (int attempt = 1; attempt <= 2; attempt++) {
      String out = runChromium(page, extra);
      if (out != null) {
        return out;
      }
    }
    String pageLog = logTail();
    Path blank = tmp.resolve("blank.html");
    Files.writeString(blank, "<html><body>ok</body></html>");
    if (runChromium(blank, "--dump-dom") == null) {
      brokenChromium =
          CHROMIUM
              + " does not finish even a blank page within "
              + CHROMIUM_SECONDS
              + " s on this machine; its log ends:\n"
              + logTail();
      assumeTrue(false, () -> "skipped: " + brokenChromium);
    }
    return fail(
        "Chromium finishes a blank page but not "
            + page
            + " within "
            + CHROMIUM_SECONDS
            + " s, twice; its log ends:\n"
            + pageLog);
  }

  /**
   * One headless Chromium run: what it printed, or null when it ran past {@link #CHROMIUM_SECONDS}
   * and was killed. Its output goes to a file, not a pipe: Chromium's helper processes (crash
   * handler, zygote) inherit the browser's stdout and can outlive it, so reading a pipe to its end
   * can wait forever (a CI run once hung here until its 90-minute limit). Each run gets its own
   * profile.
   */
  private String runChromium(Path page, String... extra) throws Exception {
    int call = ++calls;
    Path out = tmp.resolve("chromium-" + call + ".out");
    lastLog = tmp.resolve("chromium-" + call + ".err");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-crash-reporter",
                "--disable-breakpad",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--user-data-dir=" + tmp.resolve("profile-" + call),
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--log-net-log=" + tmp.resolve("net.json"),
                "--virtual-time-budget=5000"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(lastLog.toFile())
            .start();
    boolean finished = p.waitFor(CHROMIUM_SECONDS, TimeUnit.SECONDS);
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    if (!finished) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      return null;
    }
    return Files.readString(out);
  }

  private String logTail() throws Exception {
    String log = Files.readString(lastLog);
    return log.substring(Math.max(0, log.length() - 2000));
  }

  /**
   * Network requests the page itself started, from Chromium's net log: URL requests whose isolation
   * key is the file:// page. (Chromium's own background services also show up in the log, with
   * other keys.)
   */
  private List<String> pageRequests() throws Exception {
    JsonNode log = new ObjectMapper().readTree(tmp.resolve("net.json").toFile());
    int startJob =
        log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    List<String> urls = new ArrayList<>();
    for (JsonNode e : log.path("events")) {
      JsonNode params = e.path("params");
      if (e.path("type").asInt() == startJob
          && params.path("url").asText().matches("(?i)(https?|wss?|ftp)://.*")
          && params.path("network_isolation_key").asText().contains("file://")) {
        urls.add(params.path("url").asText());
      }
    }
    return urls;
  }

  private void assertNoRequestLeft() throws Exception {
    assertEquals(List.of(), pageRequests(), "requests the page tried to send off the machine");
  }

  @Test
  void theRequestCheckCanFail() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: " + CHROMIUM + " is not installed (.ci/run installs it)");
    Path page = tmp.resolve("leaky.html");
    Files.writeString(
        page, "<html><body><img src='http://example.invalid/pixel.png'></body></html>");
    chromium(page, "--dump-dom");
    assertEquals(List.of("http://example.invalid/pixel.png"), pageRequests());
  }

  @Test
  void theNightlyDashboardRendersItsChartsOffline() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: " + CHROMIUM + " is not installed (.ci/run installs it)");
    Path page = Published.dashboard(PipelineFixture.get().out());
    assertTrue(Files.exists(page), "the nightly run publishes its dashboard page");
    String html = Files.readString(page);
    int svgs = html.split("<svg ", -1).length - 1;
    assertEquals(
        5 * 6,
        html.split("class='chart'", -1).length - 1,
        "six charts for each of the five industries");
    assertEquals(
        5 * 10,
        html.split("class='chart small'", -1).length - 1,
        "and a small chart per top-ten skill");

    String dom = chromium(page, "--dump-dom");
    Matcher rendered = Pattern.compile("data-charts-rendered=\"(\\d+)\"").matcher(dom);
    assertTrue(rendered.find(), "the page's load handler ran");
    assertEquals(svgs, Integer.parseInt(rendered.group(1)), "every chart has a non-zero size");
    int mostLines = attribute(dom, "data-most-lines");
    assertTrue(
        mostLines >= 4 && mostLines <= 5,
        "no plot has more than five lines (the sample's six credential "
            + "types fold into five): "
            + mostLines);
    assertEquals(
        0,
        attribute(dom, "data-label-overlaps"),
        "no two point labels overlap, as the browser draws them");
    assertNoRequestLeft();

    // "Is it worth it?" per industry, as rendered: the planted $79 Healthcare Essentials
    // Certificate
    // (docs/sample-data.md) heads healthcare's value ranking, and the requirement trends are
    // charted.
    assertEquals(5, dom.split("Is it worth it\\?", -1).length - 1, "one section per industry");
    String healthcare = dom.substring(dom.indexOf("id=\"healthcare\""));
    String worth = healthcare.substring(healthcare.indexOf("Is it worth it?"));
    Matcher firstRow = Pattern.compile("<td class=\"n\">1</td><td>([^<]+)").matcher(worth);
    assertTrue(firstRow.find(), "a ranked row");
    assertEquals("Healthcare Essentials Certificate", firstRow.group(1).trim());
    assertTrue(worth.contains("What postings ask besides skills"), "the requirement trends chart");

    Path shot = tmp.resolve("dashboard.png");
    chromium(page, "--screenshot=" + shot, "--window-size=1280,2400");
    assertTrue(
        Files.size(shot) > 20_000, "a screenshot with content: " + Files.size(shot) + " bytes");
  }

  private static int attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
    assertTrue(m.find(), name + " set by the page's load handler");
    return Integer.parseInt(m.group(1));
  }

  /** The label check is real: two labels drawn at one spot are counted as overlapping. */
  @Test
  void theOverlapCheckCanFail() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: " + CHROMIUM + " is not installed (.ci/run installs it)");
    String html = DashboardPage.render(DashboardPageTest.hostile());
    String twoLabels =
        "<text x='100' y='100' class='label'>overlapping one</text>"
            + "<text x='104' y='102' class='label'>overlapping two</text></svg>";
    Path page = tmp.resolve("overlap.html");
    Files.writeString(page, html.replaceFirst("</svg>", twoLabels));
    assertEquals(1, attribute(chromium(page, "--dump-dom"), "data-label-overlaps"));
  }

  @Test
  void hostileValuesStayText() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: " + CHROMIUM + " is not installed (.ci/run installs it)");
    Path page = tmp.resolve("hostile.html");
    Files.writeString(page, DashboardPage.render(DashboardPageTest.hostile()));
    String dom = chromium(page, "--dump-dom");
    assertFalse(
        Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "an injected handler ran");
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    assertNoRequestLeft();
  }
}
