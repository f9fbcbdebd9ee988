package org.opedlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.stance.StanceResources;
import org.opedlens.stance.StanceTrainer;
import org.opedlens.stance.TargetDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    description = "Trains the stance models (per target: an ADDRESSED/ABSENT detector and a FAVOR/AGAINST/NEUTRAL "
        + "classifier; plus the generic pair any target without examples uses) from the targets' labelled "
        + "examples (built-ins: datasets/stance/*.tsv).")
public final class TrainStanceCommand implements Callable<Integer> {
  @Option(names = "--target", description = "a target name (datasets/targets/<name>/) or folder; repeatable "
      + "(default: the built-in targets autocracy and democracy)")
  List<String> targets = new ArrayList<>();

  @Mixin TrainOptions options;

  @Override
  public Integer call() {
    List<String> names = targets.isEmpty() ? TargetDefinition.BUILT_IN : targets;
    List<TargetDefinition> definitions = new ArrayList<>();
    for (String name : names) {
      definitions.add(StanceResources.get().target(name));
    }
    SparkSession spark = options.spark.session("opedlens train stance");
    try {
      Map<String, LinearModel> models = StanceTrainer.train(spark, definitions, StanceTrainer.params());
      for (LinearModel model : models.values()) {
        Path file = options.out.resolve(ModelStore.fileName(model.name));
        model.save(file);
        @SuppressWarnings("unchecked")
        Map<String, Object> heldOut = (Map<String, Object>) model.training.get("held_out");
        System.out.printf("trained %s %s on %s rows, %s features, T=%.2f; held-out n=%s accuracy=%.3f "
                + "macro_f1=%.3f -> %s%n", model.name, model.version, model.training.get("rows"),
            model.training.get("features"), model.temperature, heldOut.get("n"), heldOut.get("accuracy"),
            heldOut.get("macro_f1"), file);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
