package org.opedlens.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.opedlens.ml.ClassificationMetrics;
import org.opedlens.ml.Featurizer;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.LinearModelTrainer;

/**
 * Trains the sentiment regression from {@code datasets/sentiment/*.tsv} ({@code id, mean_rating, text}) with MLlib
 * LinearRegression, every raw weight penalised alike (no standardisation). On a held-out fifth it picks the
 * regularisation strength (best Pearson r) and the neutral band of the labels (best 3-class macro-F1 against the
 * gold cut ±0.2); then it refits on all rows. Held-out figures and the grids are kept in the model's training
 * record.
 */
public final class SentimentTrainer {
  public static final String DEFAULT_DATA = "datasets/sentiment/*.tsv";
  public static final String VERSION = "3.0.0";
  static final double[] REG_GRID = {0.01, 0.03, 0.1};
  static final double[] BAND_GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};
  static final double HELD_OUT = 0.2;
  static final long SEED = 23L;

  private SentimentTrainer() {}

  public static LinearModel train(SparkSession spark, List<String> paths) {
    Featurizer.FeatureFunction features =
        (sentence, row) -> SentimentModel.features(sentence, Scorers.VADER, Scorers.RULES);
    Dataset<Row> data =
        Featurizer.featurize(Featurizer.readTsv(spark, paths), "text", "mean_rating", DataTypes.DoubleType, features)
            .cache();
    Dataset<Row>[] split = data.randomSplit(new double[] {1 - HELD_OUT, HELD_OUT}, SEED);
    List<Row> heldOut = split[1].collectAsList();
    double[] gold = new double[heldOut.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = ((Number) heldOut.get(i).getAs("label")).doubleValue();
    }

    double bestReg = REG_GRID[0];
    double bestR = Double.NEGATIVE_INFINITY;
    double[] bestPredicted = null;
    Map<String, Object> regGrid = new LinkedHashMap<>();
    for (double reg : REG_GRID) {
      LinearModel candidate = LinearModelTrainer.trainRegression(split[0], SentimentModel.NAME, VERSION,
          LinearModelTrainer.Params.defaults().withRegParam(reg), false);
      double[] predicted = predict(candidate, heldOut);
      double r = ClassificationMetrics.pearson(predicted, gold);
      regGrid.put(Double.toString(reg), r);
      if (r > bestR) {
        bestR = r;
        bestReg = reg;
        bestPredicted = predicted;
      }
    }
    double bestBand = SentimentModel.GOLD_NEUTRAL_BAND;
    double bestF1 = Double.NEGATIVE_INFINITY;
    Map<String, Object> bandGrid = new LinkedHashMap<>();
    for (double band : BAND_GRID) {
      double f1 = macroF1(bestPredicted, gold, band);
      bandGrid.put(Double.toString(band), f1);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestBand = band;
      }
    }

    LinearModel model = LinearModelTrainer.trainRegression(data, SentimentModel.NAME, VERSION,
        LinearModelTrainer.Params.defaults().withRegParam(bestReg), false);
    model.training.put(SentimentModel.NEUTRAL_BAND_KEY, bestBand);
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("held_out_rows", heldOut.size());
    selection.put("reg_param_pearson_r", regGrid);
    selection.put("neutral_band_macro_f1", bandGrid);
    selection.put("reg_param", bestReg);
    selection.put("pearson_r", bestR);
    selection.put("macro_f1", bestF1);
    model.training.put("selection", selection);
    model.training.put("rules", EditorialScorer.VERSION);
    model.training.put("data", new ArrayList<>(paths));
    data.unpersist();
    return model;
  }

  private static double[] predict(LinearModel model, List<Row> rows) {
    double[] predicted = new double[rows.size()];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = model.predictValue(Featurizer.features(rows.get(i)));
    }
    return predicted;
  }

  static double macroF1(double[] predicted, double[] gold, double band) {
    ClassificationMetrics metrics = new ClassificationMetrics(SentimentEvaluator.CLASSES);
    for (int i = 0; i < predicted.length; i++) {
      metrics.add(SentimentModel.goldLabel(gold[i]), SentimentModel.label(predicted[i], band));
    }
    return metrics.macroF1(SentimentEvaluator.CLASSES);
  }

  /** Scorers shared by the featurizing tasks of one executor JVM (the lexicons load once). */
  private static final class Scorers {
    static final VaderScorer VADER = new VaderScorer();
    static final EditorialScorer RULES = new EditorialScorer();
  }
}
