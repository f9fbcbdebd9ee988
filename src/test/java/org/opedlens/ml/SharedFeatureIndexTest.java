package org.opedlens.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opedlens.argument.ArgumentModel;

/** Scoring through one shared index gives every model exactly the probabilities it gives on its own. */
class SharedFeatureIndexTest {
  @Test
  void theShippedArgumentModelsScoreAlikeThroughTheSharedIndex() {
    List<LinearModel> models = List.of(
        ModelStore.get(ArgumentModel.modelName(ArgumentModel.ROLE, ArgumentModel.MLLIB)),
        ModelStore.get(ArgumentModel.modelName(ArgumentModel.ROLE, ArgumentModel.MAXENT)),
        ModelStore.get(ArgumentModel.modelName(ArgumentModel.EVIDENCE, ArgumentModel.MLLIB)),
        ModelStore.get(ArgumentModel.modelName(ArgumentModel.RELATION, ArgumentModel.MAXENT)));
    SharedFeatureIndex index = new SharedFeatureIndex(models);
    Random random = new Random(7);
    int nonUniform = 0;
    for (int trial = 0; trial < 200; trial++) {
      // Names from the models' different feature lists, plus names no model knows, in random order.
      Map<String, Double> x = new LinkedHashMap<>();
      for (int i = 0; i < 40; i++) {
        LinearModel from = models.get(random.nextInt(models.size()));
        x.put(from.features.get(random.nextInt(from.features.size())), random.nextDouble() * 2 - 0.5);
        x.put("unknown-" + random.nextInt(1000), 1.0);
      }
      SharedFeatureIndex.Resolved resolved = index.resolve(x);
      for (LinearModel model : models) {
        double[] alone = model.probabilities(x);
        assertArrayEquals(alone, index.probabilities(model, resolved), 0.0, model.name);
        if (Math.abs(alone[0] - 1.0 / alone.length) > 0.01) {
          nonUniform++;
        }
      }
    }
    assertEquals(true, nonUniform > 100, "the features moved the models: " + nonUniform);
  }

  @Test
  void aModelOutsideTheIndexIsRefused() {
    LinearModel role = ModelStore.get(ArgumentModel.modelName(ArgumentModel.ROLE, ArgumentModel.MAXENT));
    LinearModel other = ModelStore.get(ArgumentModel.modelName(ArgumentModel.THESIS, ArgumentModel.MAXENT));
    SharedFeatureIndex index = new SharedFeatureIndex(List.of(role));
    assertThrows(IllegalArgumentException.class, () -> index.probabilities(other, index.resolve(Map.of())));
  }
}
