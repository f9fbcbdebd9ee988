package org.opedlens.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's own scripts under {@code jobs/} the way a user does, output to a log file. Tests drive the
 * standalone cluster and spark-submit through them, so the scripts themselves are what is tested.
 */
public final class Scripts {
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path LOGS = PROJECT.resolve("target/it/logs");
  /** Scripts still running; if the test JVM is ended early (Maven interrupted), a shutdown hook ends them. */
  private static final Set<Running> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Running::close)));
  }

  private Scripts() {}

  /** A started script: its process and its log. Closing it ends the process (and its children) if still running. */
  public record Running(Process process, Path log) implements AutoCloseable {
    @Override
    public void close() {
      LIVE.remove(this);
      if (!process.isAlive()) {
        return;
      }
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    public int await(Duration timeout) {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          fail("timed out after " + timeout + ": see " + log + "\n" + tail(log));
        }
        return process.exitValue();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Waits and fails the test, with the end of the log, unless the script exits 0. */
    public void awaitSuccess(Duration timeout) {
      int code = await(timeout);
      if (code != 0) {
        fail("exit code " + code + ": see " + log + "\n" + tail(log));
      }
    }

    public String output() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Starts {@code jobs/<script> args…} with extra environment variables; stdout and stderr go to the log. A JVM
   * shutdown hook ends it if it is still running then.
   */
  public static Running start(String logName, Map<String, String> env, String script, List<String> args) {
    Running running = launch(logName, env, script, args);
    LIVE.add(running);
    return running;
  }

  /** Not tracked: short scripts run to the end by {@link #run}, such as the cluster's stop in a shutdown hook. */
  private static Running launch(String logName, Map<String, String> env, String script, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(PROJECT.resolve("jobs").resolve(script).toString());
    command.addAll(args);
    try {
      Files.createDirectories(LOGS);
      Path log = LOGS.resolve(logName + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      return new Running(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a script to the end and fails the test unless it succeeds. */
  public static String run(String logName, Map<String, String> env, String script, List<String> args,
      Duration timeout) {
    try (Running running = launch(logName, env, script, args)) {
      running.awaitSuccess(timeout);
      return running.output();
    }
  }

  /** The last lines of a log, for failure messages. */
  public static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
