package org.opedlens.sbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opedlens.cli.OpedLens;
import org.opedlens.util.Json;

/** Help and argument handling of {@code evaluate sbd} and {@code bench sbd}; the benchmark's output on tiny input. */
class SbdCommandsTest {
  @TempDir Path dir;

  @Test
  void commandsHaveHelp() {
    assertTrue(SbdEvaluatorTest.runCli("--help").contains("evaluate"));
    assertTrue(SbdEvaluatorTest.runCli("evaluate", "--help").contains("sbd"));
    assertTrue(SbdEvaluatorTest.runCli("evaluate", "sbd", "--help").contains("--gold"));
    assertTrue(SbdEvaluatorTest.runCli("bench", "--help").contains("sbd"));
    assertTrue(SbdEvaluatorTest.runCli("bench", "sbd", "--help").contains("--report"));
  }

  @Test
  void missingGoldIsAUsageError() {
    assertEquals(2, OpedLens.execute("evaluate", "sbd", "--report", dir.resolve("r.json").toString()));
  }

  /** Not a timing assertion: the benchmark runs both sides on the same text and writes its figures. */
  @Test
  void benchmarkWritesItsFigures() throws Exception {
    Path text = dir.resolve("doc.txt");
    Files.writeString(text, "The council met on Jan. 6. It voted to delay the U.S. Route 9 plan. \"Why?\" "
        + "asked Dr. Reyes.\n\nA second paragraph follows. It is short.", StandardCharsets.UTF_8);
    Path report = dir.resolve("bench.json");

    String printed = SbdEvaluatorTest.runCli("bench", "sbd", "--input", text.toString(), "--chars", "5000",
        "--rounds", "1", "--warmup", "0", "--report", report.toString());

    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertTrue(json.get("chars").asLong() >= 5000);
    assertTrue(json.get("opennlp_split_tokenize_seconds").asDouble() > 0);
    assertTrue(json.get("splitter_split_tokenize_seconds").asDouble() > 0);
    assertTrue(json.get("ratio_split_tokenize").asDouble() > 0);
    assertTrue(json.get("tokens_splitter").asLong() > 0 && json.get("tokens_opennlp").asLong() > 0);
    assertEquals(SentenceSplitter.VERSION, json.get("splitter_version").asText());
    assertTrue(printed.contains("ratio"), printed);
  }
}
