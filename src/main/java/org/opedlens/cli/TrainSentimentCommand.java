package org.opedlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.sentiment.SentimentTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Trains the sentiment rating regression and label classifier from rated sentences (default: datasets/sentiment/*.tsv).")
public final class TrainSentimentCommand implements Callable<Integer> {
  @Option(names = "--data", description = "TSV files id, mean_rating, text; repeatable (default: ${DEFAULT-VALUE})",
      defaultValue = SentimentTrainer.DEFAULT_DATA)
  List<String> data = new ArrayList<>();

  @Mixin TrainOptions options;

  @Override
  public Integer call() {
    SparkSession spark = options.spark.session("opedlens train sentiment");
    try {
      SentimentTrainer.Trained trained = SentimentTrainer.train(spark, expandGlobs(data));
      for (LinearModel model : List.of(trained.rating(), trained.label())) {
        java.nio.file.Path file = options.out.resolve(ModelStore.fileName(model.name));
        model.save(file);
        System.out.printf("trained %s %s on %s rows, %s features; selection %s -> %s%n", model.name, model.version,
            model.training.get("rows"), model.training.get("features"), model.training.get("selection"), file);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Expands a file-name glob such as {@code datasets/sentiment/*.tsv} into the matching files, sorted (Spark's local
   * file system rejects a glob given as the only path). Entries without a wildcard are passed on as they are.
   */
  static List<String> expandGlobs(List<String> paths) {
    List<String> files = new ArrayList<>();
    for (String path : paths) {
      if (path.indexOf('*') < 0 && path.indexOf('?') < 0) {
        files.add(path);
        continue;
      }
      java.nio.file.Path glob = java.nio.file.Path.of(path);
      java.nio.file.Path dir = glob.getParent() == null ? java.nio.file.Path.of(".") : glob.getParent();
      List<String> matched = new ArrayList<>();
      try (java.nio.file.DirectoryStream<java.nio.file.Path> stream =
          java.nio.file.Files.newDirectoryStream(dir, glob.getFileName().toString())) {
        for (java.nio.file.Path file : stream) {
          matched.add(glob.getParent() == null ? file.getFileName().toString() : file.toString());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (matched.isEmpty()) {
        throw new IllegalArgumentException("no file matches " + path);
      }
      java.util.Collections.sort(matched);
      files.addAll(matched);
    }
    return files;
  }
}
