package org.opedlens.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opedlens.util.Json;

/** What Spark's own event log says happened to executors and tasks: the fault test's evidence. */
record EventLog(int executorsRemoved, int tasksLostWithExecutor, List<TaskRun> tasks) {

  /** One finished task attempt: where and when it ran, and why it ended. */
  record TaskRun(int stageId, long taskId, String executorId, long launchMs, long finishMs, String endReason) {}

  static EventLog read(Path eventLogDir) throws IOException {
    int removed = 0;
    int lost = 0;
    List<TaskRun> tasks = new ArrayList<>();
    // Spark 4 rolls event logs: a folder per application holding one or more event files.
    try (Stream<Path> files = Files.walk(eventLogDir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
          .toList()) {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.contains("\"SparkListenerExecutorRemoved\"")) {
              removed++;
            } else if (line.contains("\"SparkListenerTaskEnd\"")) {
              JsonNode event = Json.MAPPER.readTree(line);
              JsonNode info = event.path("Task Info");
              String reason = event.path("Task End Reason").path("Reason").asText();
              if (reason.equals("ExecutorLostFailure")) {
                lost++;
              }
              tasks.add(new TaskRun(event.path("Stage ID").asInt(), info.path("Task ID").asLong(),
                  info.path("Executor ID").asText(), info.path("Launch Time").asLong(),
                  info.path("Finish Time").asLong(), reason));
            }
          }
        }
      }
    }
    return new EventLog(removed, lost, List.copyOf(tasks));
  }

  String summary() {
    return "{executors_removed: " + executorsRemoved + ", tasks_lost_with_executor: " + tasksLostWithExecutor + "}";
  }

  /** The executor's task attempts that ran within five seconds of the instant: what a failure message needs. */
  List<TaskRun> tasksOfExecutorAround(String executorId, long instantMs) {
    return tasks.stream()
        .filter(task -> task.executorId().equals(executorId))
        .filter(task -> task.finishMs() >= instantMs - 5_000 && task.launchMs() <= instantMs + 5_000)
        .toList();
  }
}
