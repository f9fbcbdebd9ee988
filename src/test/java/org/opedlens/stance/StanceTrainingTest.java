package org.opedlens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.testing.SharedSpark;

/**
 * Trains a target's stance models with real Spark MLlib on a slice of the team's real training sentences, saves
 * them, loads them back through the model store and scores sentences with them.
 */
class StanceTrainingTest {
  static final Path DIR = Path.of("target/test-output/stance-training");

  @AfterAll
  static void forgetModels() {
    System.clearProperty(ModelStore.PROPERTY);
    ModelStore.clear();
  }

  /** Every third sentence of the autocracy file, as a user target with its own examples. */
  static TargetDefinition sliceTarget() throws IOException {
    Files.createDirectories(DIR);
    List<String> lines = Files.readAllLines(Path.of("datasets/stance/autocracy_focus.tsv"));
    List<String> slice = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size(); i += 3) {
      slice.add(lines.get(i));
    }
    Files.write(DIR.resolve("examples.tsv"), slice);
    Files.writeString(DIR.resolve(TargetDefinition.FILE), String.join("\n",
        "name=autocracy_slice",
        "lexicon=" + Path.of("datasets/lexicons/targets/autocracy.tsv").toAbsolutePath(),
        "examples=examples.tsv",
        "label_column=autocracy",
        "contrast=democracy",
        "prior.polarity=FAVOR:0.05,AGAINST:0.475,NEUTRAL:0.475", ""));
    return TargetDefinition.load(DIR.toString());
  }

  @Test
  void trainsSavesLoadsAndPredicts() throws IOException {
    TargetDefinition target = sliceTarget();
    Map<String, LinearModel> models =
        StanceTrainer.train(SharedSpark.get(), List.of(target), StanceTrainer.params(), false);
    assertEquals(List.of(StanceModel.detectorName("autocracy_slice"), StanceModel.polarityName("autocracy_slice")),
        List.copyOf(models.keySet()));
    Path modelDir = DIR.resolve("models");
    for (LinearModel model : models.values()) {
      model.save(modelDir.resolve(ModelStore.fileName(model.name)));
      assertTrue(model.temperature > 0);
      assertTrue(((Number) model.training.get("rows")).longValue() > 300);
      assertTrue(model.training.containsKey("prior_shift"));
    }
    System.setProperty(ModelStore.PROPERTY, modelDir.toString());
    ModelStore.clear();
    StanceModel stance = StanceModel.forTarget(target);
    assertTrue(stance.version().startsWith("stance-autocracy_slice-"), stance.version());

    TextAnalyzer text = new TextAnalyzer();
    VaderScorer vader = new VaderScorer();
    StanceModel.Result condemned = score(stance, text, vader,
        "The junta's brutal crackdown on peaceful protesters is a disgrace, and its generals must be held to account.");
    assertEquals(StanceLabel.AGAINST, condemned.label(), condemned.toString());
    assertTrue(condemned.score() < 0);
    assertTrue(condemned.cues().contains("junta"), condemned.cues().toString());
    StanceModel.Result unrelated = score(stance, text, vader, "The bakery on Fourth Street opens at seven.");
    assertEquals(StanceLabel.ABSENT, unrelated.label());
    for (StanceModel.Result r : List.of(condemned, unrelated)) {
      assertTrue(r.probability() > 0 && r.probability() <= 1);
      assertEquals(1.0, r.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
      assertTrue(r.score() >= -1 && r.score() <= 1);
    }
  }

  private static StanceModel.Result score(StanceModel model, TextAnalyzer text, VaderScorer vader, String s) {
    TokenizedSentence sentence = text.analyze(s);
    return model.score(sentence, vader.score(s));
  }
}
