package org.opedlens.sbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.EvalData;
import org.opedlens.util.Json;

/**
 * The targets on the external evaluation data, through the {@code evaluate sbd} command. Skipped when
 * {@code ../shared/eval} is absent. Reports go to {@code target/sbd-eval/}.
 */
class SbdEvalDataTest {
  private static final Path OUT = Path.of("target/sbd-eval");

  private static JsonNode evaluate(Path gold, String name) throws Exception {
    Path report = OUT.resolve(name + ".json");
    String printed = SbdEvaluatorTest.runCli("evaluate", "sbd", "--gold", gold.toString(), "--report",
        report.toString());
    System.out.println(printed.strip());
    return Json.MAPPER.readTree(report.toFile());
  }

  @Test
  void passesEveryPysbdGoldenRule() throws Exception {
    JsonNode report = evaluate(EvalData.require("sbd/golden_rules_pysbd_en.json"), "pysbd");
    assertEquals(48, report.get("rules_total").asInt());
    assertEquals(48, report.get("rules_passed").asInt(), report.get("failures").toString());
    assertEquals(1.0, report.get("boundary_f1").asDouble(), 1e-9);
  }

  /**
   * The target is 52/52. One rule's expected sentence deletes a character from the text ("a cold \nnight"
   * expected as "a cold night"), which no splitter that returns offsets into the text can produce under trimmed
   * equality; every other rule must pass, and the boundaries of all rules must be right.
   */
  @Test
  void passesEveryPragmaticGoldenRuleThatSubstringsCanPass() throws Exception {
    JsonNode report = evaluate(EvalData.require("sbd/golden_rules_pragmatic_en.json"), "pragmatic");
    assertEquals(52, report.get("rules_total").asInt());
    Set<String> unreachable = new HashSet<>();
    report.get("rules_unreachable_by_substrings").forEach(id -> unreachable.add(id.asText()));
    assertTrue(unreachable.size() <= 1, "unreachable rules: " + unreachable);
    for (JsonNode failure : report.get("failures")) {
      assertTrue(unreachable.contains(failure.get("id").asText()), "failed: " + failure);
    }
    assertEquals(52 - unreachable.size(), report.get("rules_passed").asInt());
    assertEquals(1.0, report.get("boundary_f1").asDouble(), 1e-9);
  }

  @Test
  void boundaryF1OnNytEditorialSnippetsIsAtLeast099() throws Exception {
    Path tsv = EvalData.require("sentiment/nyt_editorial_snippets_dev.tsv");
    Path gold = OUT.resolve("nyt_editorial_snippets_dev_gold.json");
    Path report = OUT.resolve("nyt.json");
    String printed = SbdEvaluatorTest.runCli("evaluate", "sbd", "--from-snippets", tsv.toString(), "--gold",
        gold.toString(), "--report", report.toString());
    System.out.println(printed.strip());
    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertTrue(json.get("rules_total").asInt() > 300, "articles: " + json.get("rules_total"));
    double f1 = json.get("boundary_f1").asDouble();
    assertTrue(f1 >= 0.99, "boundary F1 " + f1);
  }
}
