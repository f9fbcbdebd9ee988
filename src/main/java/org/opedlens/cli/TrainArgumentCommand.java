package org.opedlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.argument.ArgumentTrainer;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "argument",
    mixinStandardHelpOptions = true,
    description = "Trains the argument models (role, thesis, evidence type, relation, attachment; each with MLlib "
        + "and OpenNLP maxent) from labelled sentences (default: datasets/argument/*.tsv).")
public final class TrainArgumentCommand implements Callable<Integer> {
  @Option(names = "--data", description = "TSV files in the datasets/argument format; repeatable, simple globs "
      + "allowed (default: ${DEFAULT-VALUE})", defaultValue = ArgumentTrainer.DEFAULT_DATA)
  List<String> data = new ArrayList<>();

  @Option(names = "--no-clauses", description = "do not add clause fragments to the evidence-type training data")
  boolean noClauses;

  @Option(names = "--prior-weight", description = "how far the class-balanced MLlib models are shifted back to the "
      + "training label shares: 1 restores them, 0 keeps the balanced model (default: ${DEFAULT-VALUE})",
      defaultValue = "1.0")
  double priorWeight;

  @Mixin TrainOptions options;

  @Override
  public Integer call() {
    SparkSession spark = options.spark.session("opedlens train argument");
    try {
      ArgumentTrainer.Options defaults = ArgumentTrainer.Options.defaults();
      ArgumentTrainer.Options chosen = new ArgumentTrainer.Options(!noClauses, defaults.regParam(),
          defaults.maxentL2(), priorWeight, defaults.maxIter());
      Map<String, LinearModel> models = ArgumentTrainer.train(spark, data, chosen);
      for (LinearModel model : models.values()) {
        Path file = options.out.resolve(ModelStore.fileName(model.name));
        model.save(file);
        Object quality = model.training.containsKey("held_out") ? model.training.get("held_out")
            : model.training.get("train_fit");
        String summary = quality instanceof Map<?, ?> m ? "accuracy=" + m.get("accuracy") + " macro_f1="
            + m.get("macro_f1") : String.valueOf(quality);
        System.out.printf("trained %s %s on %s rows, %s features (%s) -> %s%n", model.name, model.version,
            model.training.get("rows"), model.training.get("features"), summary, file);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
