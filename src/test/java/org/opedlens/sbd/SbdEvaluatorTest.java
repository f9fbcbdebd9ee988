package org.opedlens.sbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opedlens.cli.OpedLens;
import org.opedlens.util.Json;

/** The evaluator and the {@code evaluate sbd} command on golden rules the team wrote. */
class SbdEvaluatorTest {
  @TempDir Path dir;

  static String runCli(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, OpedLens.execute(args), "exit code of " + String.join(" ", args));
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scoresRulesByTrimmedEqualityAndBoundariesWithoutWhiteSpace() throws Exception {
    Path gold = dir.resolve("rules.json");
    GoldenRule.write(gold, List.of(
        new GoldenRule("A", "plain", "The vote failed. We left.", List.of("The vote failed.", " We left. ")),
        // A deliberately wrong gold split after a title: the splitter must not follow it.
        new GoldenRule("B", "wrong gold", "Dr. Lee arrived. Then we ate.",
            List.of("Dr.", "Lee arrived.", "Then we ate.")),
        // Expected text with a deleted character: no substring can equal it.
        new GoldenRule("C", "deletes", "It was a cold \nnight.", List.of("It was a cold night."))));
    Path report = dir.resolve("out/report.json");

    String printed = runCli("evaluate", "sbd", "--gold", gold.toString(), "--report", report.toString());

    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertEquals(3, json.get("rules_total").asInt());
    assertEquals(1, json.get("rules_passed").asInt());
    // gold boundaries: after "Dr." (3) and "Dr.Leearrived." (14) in B, after "Thevotefailed." in A; produced: A and
    // B's second one.
    assertEquals(3, json.get("gold_boundaries").asInt());
    assertEquals(2, json.get("produced_boundaries").asInt());
    assertEquals(2, json.get("correct_boundaries").asInt());
    assertEquals(1.0, json.get("boundary_precision").asDouble(), 1e-9);
    assertEquals(2.0 / 3, json.get("boundary_recall").asDouble(), 1e-9);
    assertEquals(0.8, json.get("boundary_f1").asDouble(), 1e-9);
    assertEquals("C", json.get("rules_unreachable_by_substrings").get(0).asText());
    JsonNode failures = json.get("failures");
    assertEquals(2, failures.size());
    assertEquals("B", failures.get(0).get("id").asText());
    assertEquals("Dr. Lee arrived.", failures.get(0).get("produced").get(0).asText());
    assertEquals("It was a cold \nnight.", failures.get(1).get("produced").get(0).asText());
    assertTrue(printed.contains("1/3 rules passed"), printed);
    assertEquals(1, printed.strip().lines().count(), "one-line summary: " + printed);
  }

  @Test
  void buildsGoldFromSentenceSnippetsInIdOrder() throws Exception {
    Path tsv = dir.resolve("snippets.tsv");
    Files.writeString(tsv, String.join("\n",
        "id\tmean_rating\ttext",
        "2_1\t0.5\tA second article opens.",
        "1_10\t-1.0\tIt ends here.",
        "1_2\t0.0\tThen it goes on. ",
        "1_1\t1.2\tThe first article starts.",
        ""), StandardCharsets.UTF_8);
    Path gold = dir.resolve("built/gold.json");
    Path report = dir.resolve("built/report.json");

    String printed = runCli("evaluate", "sbd", "--from-snippets", tsv.toString(), "--gold", gold.toString(),
        "--report", report.toString());

    List<GoldenRule> rules = GoldenRule.read(gold);
    assertEquals(2, rules.size());
    assertEquals("1", rules.get(0).id());
    assertEquals("The first article starts. Then it goes on. It ends here.", rules.get(0).text());
    assertEquals(List.of("The first article starts.", "Then it goes on.", "It ends here."), rules.get(0).expected());
    assertEquals("A second article opens.", rules.get(1).text());
    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertEquals(2, json.get("rules_passed").asInt());
    assertEquals(2, json.get("gold_boundaries").asInt());
    assertTrue(printed.contains("F1=1.0000"), printed);
  }

  @Test
  void reachabilityIsAboutSubstringsInOrder() {
    assertTrue(new GoldenRule("x", "", "One. Two.", List.of("One.", "Two.")).reachableBySubstrings());
    assertTrue(!new GoldenRule("x", "", "One. Two.", List.of("Two.", "One.")).reachableBySubstrings());
  }
}
