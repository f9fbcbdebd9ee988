package org.opedlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.EvalData;

/**
 * The shipped model against the rated New York Times editorial sentences (development half, read at test time,
 * skipped when absent). The targets are r ≥ 0.65 and macro-F1 ≥ 0.65; they are NOT reached. These
 * assertions guard what the model reaches (r 0.594, macro-F1 0.588 for model 4.0.0 with its label classifier; 0.593 /
 * 0.568 for model 3.0.0, 0.562 / 0.549 for 2.0.0) and that it beats VADER measured in the same run.
 */
class SentimentEvaluationTest {
  @Test
  void beatsVaderOnNytEditorialSentences() throws Exception {
    Path gold = EvalData.require("sentiment/nyt_editorial_snippets_dev.tsv");
    VaderScorer vader = new VaderScorer();
    Map<String, Object> report = SentimentEvaluator.evaluate(SentimentEvaluator.readGold(gold),
        SentimentModel.shipped(vader, new EditorialScorer()), vader);
    @SuppressWarnings("unchecked")
    Map<String, Object> baseline = (Map<String, Object>) report.get("baseline_vader");
    double r = (Double) report.get("pearson_r");
    double f1 = (Double) report.get("macro_f1");
    assertTrue((Integer) report.get("n") > 4000, report.toString());
    assertEquals("label classifier", report.get("labels_from"));
    assertTrue(r >= 0.592, "pearson r " + r);
    assertTrue(f1 >= 0.585, "macro-F1 " + f1);
    assertTrue(r >= (Double) baseline.get("pearson_r") + 0.05, "r vs VADER " + report);
    assertTrue(f1 > (Double) baseline.get("macro_f1"), "macro-F1 vs VADER " + report);
  }
}
