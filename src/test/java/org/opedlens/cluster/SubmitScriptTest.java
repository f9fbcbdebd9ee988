package org.opedlens.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.Scripts;

/**
 * What {@code jobs/submit} hands to spark-submit (its dry run prints the command): main class, job jar, every flag
 * of jobs/jvm.args for driver and executors, and the user's options untouched. The cluster test runs it for real.
 */
class SubmitScriptTest {
  private static final Map<String, String> DRY_RUN = Map.of(
      "OPEDLENS_SUBMIT_DRY_RUN", "1",
      "SPARK_SUBMIT", "/opt/spark/bin/spark-submit",
      "OPEDLENS_JOB_JAR", "local:///opt/opedlens/opedlens-job.jar");

  private static String dryRun(String name, List<String> args) {
    return Scripts.run(name, DRY_RUN, "submit", args, Duration.ofSeconds(60));
  }

  @Test
  void addsMainClassJarAndEveryJvmFlagForDriverAndExecutors() throws IOException {
    String command = dryRun("submit-dry-run", List.of("--master", "yarn", "--conf", "spark.executor.memory=4g",
        "--conf", "spark.executor.extraJavaOptions=-Dmine=1", "--", "run", "--input", "hdfs:///opeds"));
    assertTrue(command.startsWith("/opt/spark/bin/spark-submit --class org.opedlens.cli.OpedLens"), command);
    assertTrue(command.contains("--conf spark.executor.memory=4g"), command);
    assertTrue(command.contains("local:///opt/opedlens/opedlens-job.jar run --input hdfs:///opeds"), command);
    List<String> flags = Files.readAllLines(Scripts.PROJECT.resolve("jobs/jvm.args")).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    for (String role : List.of("driver", "executor")) {
      String setting = "spark." + role + ".extraJavaOptions=";
      int start = command.indexOf(setting);
      assertTrue(start >= 0, role + ": " + command);
      String value = shellWord(command, start + setting.length());
      for (String flag : flags) {
        assertTrue((" " + value + " ").contains(" " + flag + " "), role + " lacks " + flag + ": " + value);
      }
    }
    assertTrue(command.contains("--enable-native-access=ALL-UNNAMED\\ -Dmine=1"),
        "the user's executor options come after ours: " + command);
    assertEquals(1, command.split("spark.executor.extraJavaOptions=", -1).length - 1,
        "one executor option setting, not two");
  }

  /** The word starting at {@code from} in a command printed with printf %q: it ends at the first unescaped space. */
  private static String shellWord(String command, int from) {
    StringBuilder word = new StringBuilder();
    for (int i = from; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '\\' && i + 1 < command.length()) {
        word.append(command.charAt(++i));
      } else if (c == ' ') {
        break;
      } else {
        word.append(c);
      }
    }
    return word.toString();
  }

  @Test
  void refusesACommandWithoutTheSeparator() {
    Scripts.Running running = Scripts.start("submit-no-separator", DRY_RUN, "submit", List.of("--master", "yarn",
        "run"));
    assertEquals(2, running.await(Duration.ofSeconds(60)));
    assertTrue(running.output().contains("separate Spark options from the OpEdLens command with --"));
  }
}
