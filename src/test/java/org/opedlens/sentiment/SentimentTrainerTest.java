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

/** Trains on one file of the team's real sentences with Spark MLlib and checks the saved artefacts. */
class SentimentTrainerTest {
  @Test
  void trainsASavedModelWhoseRulePriorDominates(@TempDir Path dir) throws Exception {
    SentimentTrainer.Trained trained =
        SentimentTrainer.train(SharedSpark.get(), List.of("datasets/sentiment/ratings_a.tsv"));
    LinearModel model = trained.rating();

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

    LinearModel labels = trained.label();
    assertEquals(SentimentModel.LABEL_NAME, labels.name);
    assertEquals(LinearModel.MULTINOMIAL, labels.kind);
    assertEquals(SentimentEvaluator.CLASSES, labels.labels);
    assertEquals(Boolean.FALSE, labels.training.get("standardized"));
    @SuppressWarnings("unchecked")
    Map<String, Object> labelSelection = (Map<String, Object>) labels.training.get("selection");
    assertTrue((Double) labelSelection.get("macro_f1") > 0.45, "held-out label macro-F1 " + labelSelection);
    double offset = ((Number) labels.training.get(SentimentModel.NEUTRAL_OFFSET_KEY)).doubleValue();
    assertTrue(offset >= -0.6 && offset <= 0.4, "neutral offset " + offset);

    Path file = dir.resolve("sentiment.json.gz");
    model.save(file);
    Path labelFile = dir.resolve("sentiment-label.json.gz");
    labels.save(labelFile);
    LinearModel read = LinearModel.read(Files.newInputStream(file));
    LinearModel readLabels = LinearModel.read(Files.newInputStream(labelFile));
    SentimentModel reloaded = new SentimentModel(read, readLabels, new VaderScorer(), new EditorialScorer());
    assertTrue(reloaded.hasLabelModel());
    TextAnalyzer analyzer = new TextAnalyzer();
    SentimentModel.Result bombing = reloaded.score(analyzer.analyze("The bombing killed forty people."));
    SentimentModel.Result library = reloaded.score(analyzer.analyze("Volunteers rebuilt the library, a lovely gift."));
    assertTrue(bombing.rating() < -0.5, "rating " + bombing.rating());
    assertTrue(library.rating() > 0.5, "rating " + library.rating());
    assertEquals("negative", bombing.label());
    assertEquals("positive", library.label());
  }
}
