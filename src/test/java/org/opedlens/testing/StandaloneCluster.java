package org.opedlens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laptop cluster of {@code jobs/standalone} (a real Spark master and two workers on 127.0.0.1), started on free
 * ports with its own state folder so that it never meets a cluster the user runs. {@link #stop()} runs
 * {@code jobs/standalone stop}, which ends exactly the processes that start recorded; a JVM shutdown hook does the
 * same if the test JVM is ended early.
 */
public final class StandaloneCluster implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path stateDir;
  private final int masterPort;
  private final int masterUiPort;
  private final int workerUiPort;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Thread shutdownHook = new Thread(this::stopQuietly);

  private StandaloneCluster(Path stateDir) {
    this.stateDir = stateDir.toAbsolutePath();
    this.masterPort = freePort();
    this.masterUiPort = freePort();
    this.workerUiPort = freePortPair();
    env.put("OPEDLENS_STANDALONE_DIR", this.stateDir.toString());
    env.put("OPEDLENS_MASTER_PORT", String.valueOf(masterPort));
    env.put("OPEDLENS_MASTER_UI_PORT", String.valueOf(masterUiPort));
    env.put("OPEDLENS_WORKER_UI_PORT", String.valueOf(workerUiPort));
    env.put("OPEDLENS_WORKERS", "2");
    env.put("OPEDLENS_WORKER_CORES", "1");
    env.put("OPEDLENS_WORKER_MEMORY", "1g");
  }

  /** Starts master and two workers; if start fails, whatever it started is stopped before the test fails. */
  public static StandaloneCluster start(Path stateDir) {
    StandaloneCluster cluster = new StandaloneCluster(stateDir);
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      Scripts.run("standalone-start", cluster.env, "standalone", List.of("start"), Duration.ofMinutes(3));
    } catch (RuntimeException | AssertionError e) {
      cluster.stopQuietly();
      throw e;
    }
    return cluster;
  }

  public String masterUrl() {
    return "spark://" + HOST + ":" + masterPort;
  }

  /** The JSON address of worker i (1-based) in its own web UI: its executors, with app and executor ids. */
  public String workerUrl(int worker) {
    return "http://" + HOST + ":" + (workerUiPort + worker - 1) + "/json/";
  }

  /** The pid jobs/standalone recorded for a component ("master", "worker-1", "worker-2"). */
  public long pid(String component) {
    try {
      return Long.parseLong(Files.readString(stateDir.resolve("pids/" + component + ".pid")).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path workDir(int worker) {
    return stateDir.resolve("work/worker-" + worker);
  }

  public Map<String, String> env() {
    return env;
  }

  public void stop() {
    Scripts.run("standalone-stop", env, "standalone", List.of("stop"), Duration.ofMinutes(2));
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException | AssertionError e) {
      System.err.println("stopping the standalone cluster failed: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      stop();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing left to remove
      }
    }
  }

  public static Optional<String> httpGet(String url) {
    try {
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A port free on 127.0.0.1 right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first of two consecutive free ports (the workers' web UIs). */
  private static int freePortPair() {
    List<String> tried = new ArrayList<>();
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = freePort();
      if (first < 65535 && isFree(first + 1)) {
        return first;
      }
      tried.add(String.valueOf(first));
    }
    throw new IllegalStateException("no two consecutive free ports after trying " + tried);
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
