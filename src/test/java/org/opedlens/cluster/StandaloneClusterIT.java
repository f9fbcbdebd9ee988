package org.opedlens.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.schema.Tables;
import org.opedlens.testing.EvalData;
import org.opedlens.testing.OutputComparison;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.Scripts;
import org.opedlens.testing.SharedSpark;
import org.opedlens.testing.StandaloneCluster;
import org.opedlens.util.Json;

/**
 * The job on a real Spark standalone cluster (a master and two one-core workers on 127.0.0.1, started by
 * {@code jobs/standalone}), submitted by {@code jobs/submit} exactly as a user would, compared with local mode:
 * same rows, same scores. Then a worker is killed in the middle of a run; the run must still finish with the same
 * output. The cluster is always stopped, by the pids {@code jobs/standalone} recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final Path WORK = Scripts.PROJECT.resolve("target/it");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(12);
  private static final Map<String, Path> LOCAL_RUNS = new HashMap<>();
  /** What a two-core laptop cluster wants (Spark's default of 200 shuffle partitions only makes it slower). */
  private static final int SHUFFLE_PARTITIONS = 8;
  private static final List<String> LAPTOP = List.of("--conf", "spark.sql.shuffle.partitions=" + SHUFFLE_PARTITIONS);
  private static StandaloneCluster cluster;

  @BeforeAll
  static void startCluster() {
    SampleRun.deleteRecursively(WORK.resolve("out"));
    cluster = StandaloneCluster.start(WORK.resolve("standalone"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void sampleOnTheClusterEqualsLocalMode() {
    Path input = SampleRun.SAMPLE.toAbsolutePath();
    Path onCluster = submitRun("sample-cluster", input, LAPTOP);
    OutputComparison.assertSameOutput(SharedSpark.get(), localRun("sample-local", input), onCluster, Tables.ALL);
  }

  @Test
  @Order(2)
  void realEditorialsOnTheClusterEqualLocalMode() {
    Path input = EvalData.require("corpus/webis_editorials16_dev.jsonl").toAbsolutePath();
    Path onCluster = submitRun("webis-cluster", input, LAPTOP);
    OutputComparison.assertSameOutput(SharedSpark.get(), localRun("webis-local", input), onCluster, Tables.ALL);
  }

  /**
   * Kills one worker (SIGKILL, by its recorded pid) while the sentence stage has a task running on it. Spark must
   * notice the lost executor, run the lost tasks on the other worker, and produce the undisturbed output.
   */
  @Test
  @Order(3)
  void losingAWorkerMidRunLeavesTheOutputUnchanged() throws Exception {
    Path input = FaultCorpus.write(WORK.resolve("fault-input"));
    Path undisturbed = localRun("fault-local", input);

    Path output = WORK.resolve("out/fault-cluster");
    Path events = WORK.resolve("out/fault-events");
    SampleRun.deleteRecursively(events);
    Files.createDirectories(events);
    int uiPort = StandaloneCluster.freePort();
    List<String> options = new ArrayList<>(LAPTOP);
    options.addAll(List.of(
        "--conf", "spark.ui.port=" + uiPort,
        "--conf", "spark.eventLog.enabled=true",
        "--conf", "spark.eventLog.compress=false",
        "--conf", "spark.eventLog.dir=" + events.toUri()));
    try (Scripts.Running run = startSubmit("fault-cluster", input, output, options)) {
      Victim victim = awaitTaskOnAWorker(run, "http://127.0.0.1:" + uiPort, "opedlens sentences");
      String commandLine = Files.readString(Path.of("/proc/" + victim.workerPid() + "/cmdline")).replace('\0', ' ');
      assertTrue(commandLine.contains("org.apache.spark.deploy.worker.Worker"), "the recorded pid is a worker's");
      ProcessHandle worker = ProcessHandle.of(victim.workerPid()).orElseThrow();
      long killedAtMs = System.currentTimeMillis();
      assertTrue(worker.destroyForcibly(), "SIGKILL sent to worker " + victim.worker());
      worker.onExit().get();

      run.awaitSuccess(RUN_TIMEOUT);
      EventLog eventLog = EventLog.read(events);
      assertTrue(eventLog.executorsRemoved() >= 1, "the driver saw the executor go: " + eventLog.summary());
      assertTrue(eventLog.tasksLostWithExecutor() >= 1,
          "a running task was lost with the worker and run again elsewhere: " + eventLog.summary()
              + "; killed " + victim + " at " + killedAtMs + "; its tasks around then: "
              + eventLog.tasksOfExecutorAround(victim.executorId(), killedAtMs));
      assertTrue(run.output().contains("OpEdLens run"), "the run finished with its summary");
      OutputComparison.assertSameOutput(SharedSpark.get(), undisturbed, output, Tables.ALL);
      assertNoProcessLeftIn(cluster.workDir(victim.worker()));
    }
  }

  /** Which worker to kill: the one hosting an executor that runs a task of the given stage right now. */
  record Victim(int worker, long workerPid, String executorId, int stageId) {}

  private static Victim awaitTaskOnAWorker(Scripts.Running run, String driverUi, String jobDescription)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(RUN_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!run.process().isAlive()) {
        fail("the run ended before a task of '" + jobDescription + "' was seen running\n" + Scripts.tail(run.log()));
      }
      Optional<Victim> victim = findVictim(driverUi, jobDescription);
      if (victim.isPresent()) {
        return victim.get();
      }
      // Short polls: the window (the first round of the analysis stage) lasts a few seconds.
      Thread.sleep(50);
    }
    fail("no running task of '" + jobDescription + "' seen within " + RUN_TIMEOUT);
    return null;
  }

  /**
   * The moment to kill: the job's analysis stage (one task per shuffle partition) is in its first round, with no
   * task finished and at least two still waiting, and the task list names an executor running one of its tasks.
   * The driver's REST view lags the scheduler (by over a second on a loaded two-core machine), so a condition on a
   * short stage was sometimes already stale: the fault test once killed a worker between a two-task job and the
   * analysis stage, and no task was lost. The first round of the analysis stage lasts several seconds (each
   * executor's first tasks also load the models), far longer than that lag.
   */
  private static Optional<Victim> findVictim(String driverUi, String jobDescription) {
    Optional<JsonNode> apps = json(driverUi + "/api/v1/applications");
    if (apps.isEmpty() || apps.get().isEmpty()) {
      return Optional.empty();
    }
    String app = driverUi + "/api/v1/applications/" + apps.get().get(0).get("id").asText();
    String appId = apps.get().get(0).get("id").asText();
    Optional<JsonNode> jobs = json(app + "/jobs?status=running");
    if (jobs.isEmpty() || !jobs.get().findValuesAsText("description").contains(jobDescription)) {
      return Optional.empty();
    }
    Optional<JsonNode> stage = firstRoundOfAnAnalysisStage(app + "/stages?status=active");
    if (stage.isEmpty()) {
      return Optional.empty();
    }
    int stageId = stage.get().get("stageId").asInt();
    Optional<JsonNode> running = json(app + "/stages/" + stageId + "/" + stage.get().get("attemptId").asInt()
        + "/taskList?status=RUNNING");
    if (running.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode task : running.get()) {
      String executorId = task.path("executorId").asText();
      for (int worker = 1; worker <= 2; worker++) {
        Optional<JsonNode> state = json(cluster.workerUrl(worker));
        if (state.isEmpty()) {
          continue;
        }
        for (JsonNode hosted : state.get().path("executors")) {
          if (hosted.get("appid").asText().equals(appId) && hosted.get("id").asText().equals(executorId)) {
            return Optional.of(new Victim(worker, cluster.pid("worker-" + worker), executorId, stageId));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> firstRoundOfAnAnalysisStage(String activeStagesUrl) {
    Optional<JsonNode> stages = json(activeStagesUrl);
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode stage : stages.get()) {
      int tasks = stage.path("numTasks").asInt();
      int waiting = tasks - stage.path("numCompleteTasks").asInt() - stage.path("numActiveTasks").asInt();
      if (tasks >= SHUFFLE_PARTITIONS && stage.path("numCompleteTasks").asInt() == 0 && waiting >= 2) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  /** The executor of a killed worker must not outlive it (it would hold a core and memory forever). */
  private static void assertNoProcessLeftIn(Path workDir) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    List<Long> left = processesIn(workDir);
    while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      left = processesIn(workDir);
    }
    assertEquals(List.of(), left, "processes still running in " + workDir);
  }

  private static List<Long> processesIn(Path workDir) {
    List<Long> pids = new ArrayList<>();
    ProcessHandle.allProcesses().forEach(process -> {
      try {
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd").toRealPath();
        if (cwd.startsWith(workDir.toRealPath())) {
          pids.add(process.pid());
        }
      } catch (IOException | SecurityException gone) {
        // ended meanwhile, or not ours to inspect
      }
    });
    return pids;
  }

  private static Path submitRun(String name, Path input, List<String> sparkOptions) {
    Path output = WORK.resolve("out/" + name);
    try (Scripts.Running run = startSubmit(name, input, output, sparkOptions)) {
      run.awaitSuccess(RUN_TIMEOUT);
    }
    return output;
  }

  /** {@code jobs/submit --master <cluster> [options] -- run --input <input> --output <output>}. */
  private static Scripts.Running startSubmit(String name, Path input, Path output, List<String> sparkOptions) {
    List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl()));
    args.addAll(sparkOptions);
    args.addAll(List.of("--", "run", "--input", input.toString(), "--output", output.toString()));
    return Scripts.start(name, cluster.env(), "submit", args);
  }

  /** The same input in local mode, in this JVM; computed once per input and shared by the tests. */
  private static synchronized Path localRun(String name, Path input) {
    return LOCAL_RUNS.computeIfAbsent(name, key -> {
      Path output = WORK.resolve("out/" + key);
      new RunJob(SharedSpark.get(),
          new RunConfig(List.of(input.toString()), output.toString(), IngestOptions.defaults())).run();
      return output;
    });
  }

  /** JSON from a web UI; empty while it is not there yet (a starting driver answers with an HTML page). */
  private static Optional<JsonNode> json(String url) {
    return StandaloneCluster.httpGet(url).flatMap(text -> {
      try {
        return Optional.of(Json.MAPPER.readTree(text));
      } catch (IOException notJsonYet) {
        return Optional.empty();
      }
    });
  }
}
