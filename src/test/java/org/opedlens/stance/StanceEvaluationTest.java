package org.opedlens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opedlens.cli.OpedLens;
import org.opedlens.testing.EvalData;
import org.opedlens.util.Json;

/**
 * Runs {@code evaluate stance} with the shipped models on the development half of the real gold sentences (skipped
 * when ../shared/eval is absent) and checks the report and the figures the models reach. The thresholds are the
 * measured figures minus a small margin: a regression guard, NOT the targets (F1 AGAINST autocracy 0.75,
 * F1 FAVOR democracy 0.70, addressed-F1 0.90), which these models do not reach.
 */
class StanceEvaluationTest {
  @Test
  @SuppressWarnings("unchecked")
  void shippedModelsOnTheDevelopmentHalf() throws Exception {
    Path gold = EvalData.require("stance/gold_dev.tsv");
    Path report = Path.of("target/test-output/stance-eval/report.json");
    Path errors = Path.of("target/test-output/stance-eval/errors.tsv");
    assertEquals(0, OpedLens.execute("evaluate", "stance", "--gold", gold.toString(), "--report", report.toString(),
        "--errors", errors.toString()));
    Map<String, Object> r = Json.MAPPER.readValue(report.toFile(), Map.class);
    assertEquals(407, ((Number) r.get("n")).intValue());
    Map<String, Object> autocracy = (Map<String, Object>) r.get("autocracy");
    Map<String, Object> democracy = (Map<String, Object>) r.get("democracy");
    for (Map<String, Object> t : java.util.List.of(autocracy, democracy)) {
      for (String key : java.util.List.of("f1_favor", "f1_against", "f1_addressed", "macro_f1", "confusion",
          "baseline")) {
        assertTrue(t.containsKey(key), key);
      }
    }
    double againstAutocracy = ((Number) autocracy.get("f1_against")).doubleValue();
    double favorDemocracy = ((Number) democracy.get("f1_favor")).doubleValue();
    double addressedAutocracy = ((Number) autocracy.get("f1_addressed")).doubleValue();
    double addressedDemocracy = ((Number) democracy.get("f1_addressed")).doubleValue();
    String figures = againstAutocracy + " " + favorDemocracy + " " + addressedAutocracy + " " + addressedDemocracy;
    assertTrue(againstAutocracy >= MIN_AGAINST_AUTOCRACY, figures);
    assertTrue(favorDemocracy >= MIN_FAVOR_DEMOCRACY, figures);
    assertTrue(addressedAutocracy >= MIN_ADDRESSED_AUTOCRACY, figures);
    assertTrue(addressedDemocracy >= MIN_ADDRESSED_DEMOCRACY, figures);
    // FAVOR democracy: the trained model beats the keyword + VADER rule measured in the same run. (AGAINST
    // autocracy: barely above the rule run with the extended lexicon, 0.52 against 0.50; see the issue note.)
    Map<String, Object> democracyBaseline = (Map<String, Object>) democracy.get("baseline");
    assertTrue(favorDemocracy > ((Number) democracyBaseline.get("f1_favor")).doubleValue() + 0.1, figures);
    // Calibrated: the predicted label's probability is close to how often it is right.
    for (Map<String, Object> t : java.util.List.of(autocracy, democracy)) {
      double ece = ((Number) ((Map<String, Object>) t.get("calibration")).get("ece")).doubleValue();
      assertTrue(ece < 0.1, "ECE " + ece);
    }
    assertTrue(Files.readAllLines(errors).get(0).startsWith("id\ttarget\tgold"));
  }

  // Measured with the shipped models (round 5: 0.619, 0.643, 0.837, 0.813; round 3: 0.529, 0.633, 0.843, 0.816)
  // minus 0.02 or so. Below the targets.
  static final double MIN_AGAINST_AUTOCRACY = 0.59;
  static final double MIN_FAVOR_DEMOCRACY = 0.62;
  static final double MIN_ADDRESSED_AUTOCRACY = 0.82;
  static final double MIN_ADDRESSED_DEMOCRACY = 0.80;
}
