package org.skillgap.core.console;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a run says on its console while it works: one progress line per stage (the step it is on,
 * how many of the stage's steps are done, the time spent), notices a user must see, and details
 * shown only under {@code --verbose}. On a terminal the stage's line is redrawn in place every half
 * second; elsewhere (cron, Airflow, CI, a file) a stage prints its line once, when done, and a line
 * a minute while it runs, so a log shows that a long stage is alive without one line per step.
 *
 * <p>One console per JVM ({@link #get}): the stages, the publisher and the warehouse all write
 * through it, so a notice never lands in the middle of a redrawn line.
 */
public final class Console {

  /** How the console writes: redrawn in place on a terminal, plain lines elsewhere. */
  public enum Mode {
    LIVE,
    PLAIN
  }

  /** Set by the launch scripts to {@code live} when their standard error is a terminal. */
  public static final String MODE_ENV = "SKILLGAP_CONSOLE";

  /** In plain mode, a running stage says where it is this often. */
  static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final long REDRAW_MILLIS = 500;
  private static final String PREFIX = "[skillgap] ";

  /** Carriage return and erase-to-end-of-line: the live line is written over itself. */
  private static final String REWRITE = "\r\033[K";

  private static volatile Console current =
      new Console(System.err, Mode.PLAIN, false, System::nanoTime, true);

  private final PrintStream out;
  private final Mode mode;
  private final boolean verbose;
  private final LongSupplier clock;
  private final boolean ticking;
  private volatile Supplier<String> liveDetail = () -> "";
  private Stage stage;
  private ScheduledExecutorService ticker;

  /**
   * {@code ticking}: whether a thread redraws and heartbeats; tests tick by hand with their own
   * clock.
   */
  Console(PrintStream out, Mode mode, boolean verbose, LongSupplier clock, boolean ticking) {
    this.out = out;
    this.mode = mode;
    this.verbose = verbose;
    this.clock = clock;
    this.ticking = ticking;
  }

  /** The JVM's console: plain and quiet until a job configures it. */
  public static Console get() {
    return current;
  }

  /** Called once by a job's launcher, before any stage starts. */
  public static void configure(Mode mode, boolean verbose) {
    current = new Console(System.err, mode, verbose, System::nanoTime, true);
  }

  /**
   * {@code live} in {@link #MODE_ENV} (the launch scripts set it on a terminal), otherwise plain
   * lines.
   */
  public static Mode detect() {
    return "live".equalsIgnoreCase(System.getenv(MODE_ENV)) ? Mode.LIVE : Mode.PLAIN;
  }

  public boolean verbose() {
    return verbose;
  }

  /**
   * What a progress line adds after the step, e.g. the engine's tasks done of those running; asked
   * at each redraw, and for each heartbeat line in plain mode.
   */
  public void liveDetail(Supplier<String> detail) {
    this.liveDetail = detail;
  }

  /**
   * A line the user must see (a generated key, a refused file, a recovered folder), whatever the
   * mode.
   */
  public synchronized void notice(String line) {
    clearLive();
    out.println(PREFIX + line);
    drawLive();
  }

  /** A line shown only under {@code --verbose}: what a step did, in figures. */
  public void detail(String line) {
    if (verbose) {
      notice(line);
    }
  }

  /** Starts a stage of {@code steps} steps; its first step is named by the first {@link #step}. */
  public synchronized void startStage(String name, int steps) {
    stage = new Stage(name, steps, clock.getAsLong());
    startTicker();
  }

  /** The running stage moves on to its next step: the one before is done. */
  public synchronized void step(String what) {
    if (stage != null) {
      stage.step(what);
      drawLive();
    }
  }

  /**
   * One step of a group that runs side by side is done (a report staged among several): counted,
   * and the label stays on the group.
   */
  public synchronized void stepDone() {
    if (stage != null) {
      stage.done++;
      drawLive();
    }
  }

  /** Ends the running stage with its one line: time taken and what it did. */
  public synchronized void stageDone(String result) {
    if (stage == null) {
      return;
    }
    stopTicker();
    clearLive();
    out.printf(
        Locale.ROOT,
        "%s%-8s done in %6.1f s: %s%n",
        PREFIX,
        stage.name,
        seconds(stage.started),
        result);
    out.flush();
    stage = null;
  }

  /**
   * Ends the running stage without a line (it failed; the error says why): the live line is
   * cleared.
   */
  public synchronized void stageAbandoned() {
    stopTicker();
    clearLive();
    stage = null;
  }

  /**
   * The redraw (live) or heartbeat (plain); the ticker calls it, tests call it with their own
   * clock.
   */
  synchronized void tick() {
    if (stage == null) {
      return;
    }
    if (mode == Mode.LIVE) {
      drawLive();
    } else if (clock.getAsLong() - stage.lastLine >= HEARTBEAT_NANOS) {
      out.println(PREFIX + stage.describe(seconds(stage.started), detail()));
      out.flush();
      stage.lastLine = clock.getAsLong();
    }
  }

  private void drawLive() {
    if (mode != Mode.LIVE || stage == null) {
      return;
    }
    out.print(REWRITE + PREFIX + stage.describe(seconds(stage.started), detail()));
    out.flush();
  }

  private String detail() {
    try {
      return liveDetail.get();
    } catch (RuntimeException e) { // the engine stopping under a redraw: draw without it
      return "";
    }
  }

  private void clearLive() {
    if (mode == Mode.LIVE && stage != null) {
      out.print(REWRITE);
    }
  }

  private void startTicker() {
    if (ticker != null || !ticking) {
      return;
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "skillgap-console");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void stopTicker() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  private double seconds(long since) {
    return (clock.getAsLong() - since) / 1e9;
  }

  /**
   * A running stage: its steps, how many are done, the one it is on, when it started and last
   * printed.
   */
  private static final class Stage {
    final String name;
    final int steps;
    final long started;
    long lastLine;
    int done;
    String current;

    Stage(String name, int steps, long started) {
      this.name = name;
      this.steps = steps;
      this.started = started;
      this.lastLine = started;
    }

    void step(String what) {
      if (current != null) {
        done++;
      }
      current = what;
    }

    String describe(double seconds, String detail) {
      return String.format(
          Locale.ROOT,
          "%-8s %d/%d %s, %.0f s%s",
          name,
          Math.min(done, steps),
          steps,
          current == null ? "starting" : current,
          seconds,
          detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }
}
