package org.opedlens.sentiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.opedlens.ml.Featurizer;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.LinearModelTrainer;

/**
 * Trains the sentiment regression from {@code datasets/sentiment/*.tsv} ({@code id, mean_rating, text}). The
 * regularisation strength is chosen on a held-out split from a small grid; the held-out Pearson r of each candidate
 * is kept in the model's training record.
 */
public final class SentimentTrainer {
  public static final String DEFAULT_DATA = "datasets/sentiment/*.tsv";
  public static final String VERSION = "1.0.0";
  static final double[] REG_GRID = {0.01, 0.03, 0.1, 0.3};

  private SentimentTrainer() {}

  public static LinearModel train(SparkSession spark, List<String> paths) {
    Featurizer.FeatureFunction features = (sentence, row) -> SentimentModel.features(sentence, new VaderScorer());
    Dataset<Row> data =
        Featurizer.featurize(Featurizer.readTsv(spark, paths), "text", "mean_rating", DataTypes.DoubleType, features)
            .cache();
    LinearModel best = null;
    double bestR = Double.NEGATIVE_INFINITY;
    Map<String, Object> grid = new LinkedHashMap<>();
    for (double reg : REG_GRID) {
      LinearModelTrainer.Params params = LinearModelTrainer.Params.defaults().withRegParam(reg);
      LinearModel model = LinearModelTrainer.trainRegression(data, SentimentModel.NAME, VERSION, params);
      @SuppressWarnings("unchecked")
      double r = (Double) ((Map<String, Object>) model.training.get("held_out")).get("pearson_r");
      grid.put(Double.toString(reg), r);
      if (r > bestR) {
        bestR = r;
        best = model;
      }
    }
    best.training.put("grid_held_out_pearson_r", grid);
    best.training.put("data", paths);
    data.unpersist();
    return best;
  }
}
