package org.opedlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opedlens.ml.LinearModel;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.testing.SharedSpark;

/** Trains on one file of the team's real sentences with Spark MLlib and checks the saved artefact. */
class SentimentTrainerTest {
  @Test
  void trainsASavedModelWhoseRulePriorDominates(@TempDir Path dir) throws Exception {
    LinearModel model = SentimentTrainer.train(SharedSpark.get(), List.of("datasets/sentiment/ratings_a.tsv"));

    assertEquals(SentimentModel.NAME, model.name);
    assertEquals(LinearModel.REGRESSION, model.kind);
    assertTrue(model.features.size() > 100, "valence lemmas become features: " + model.features.size());
    double ruleWeight = model.weights[0][model.features.indexOf("rule=editorial")];
    assertTrue(ruleWeight > 0.5, "the editorial rule score carries the prediction: " + ruleWeight);
    @SuppressWarnings("unchecked")
    Map<String, Object> selection = (Map<String, Object>) model.training.get("selection");
    assertTrue((Double) selection.get("pearson_r") > 0.35, "held-out r " + selection);
    double band = ((Number) model.training.get(SentimentModel.NEUTRAL_BAND_KEY)).doubleValue();
    assertTrue(band >= 0.1 && band <= 0.4, "band " + band);

    Path file = dir.resolve("sentiment.json.gz");
    model.save(file);
    LinearModel read = LinearModel.read(Files.newInputStream(file));
    SentimentModel reloaded = new SentimentModel(read, new VaderScorer(), new EditorialScorer());
    TextAnalyzer analyzer = new TextAnalyzer();
    assertTrue(reloaded.score(analyzer.analyze("The bombing killed forty people.")).rating() < -0.5);
    assertTrue(reloaded.score(analyzer.analyze("Volunteers rebuilt the library, a lovely gift.")).rating() > 0.5);
  }
}
