package org.opedlens.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

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
 * Trains the sentiment models from {@code datasets/sentiment/*.tsv} ({@code id, mean_rating, text}) with Spark MLlib,
 * over the same features ({@link SentimentModel#features}), every raw weight penalised alike (no standardisation):
 * <ul>
 *   <li>the rating: LinearRegression; on a held-out fifth it picks the regularisation strength (best Pearson r) and
 *       a neutral band (best 3-class macro-F1 against the gold cut ±0.2), kept as the fallback labelling rule;
 *   <li>the label: class-balanced multinomial LogisticRegression on the gold classes of the ratings (positive above
 *       0.2, negative below −0.2, else neutral), which decides neutral or not (the sign of the rating decides the
 *       rest: {@link SentimentModel#label(double[], double, double)}); on the same held-out fifth it picks its
 *       regularisation strength and an offset to its neutral score (best macro-F1). A classifier that weighs the
 *       neutral class as much as the others finds neutral sentences better than a band cut on the regression, which
 *       is fitted to the ratings, not to the class boundaries.
 * </ul>
 * Each is then refitted on all rows. Held-out figures and the grids are kept in the models' training records.
 */
public final class SentimentTrainer {
  public static final String DEFAULT_DATA = "datasets/sentiment/*.tsv";
  public static final String VERSION = "4.0.0";
  static final double[] REG_GRID = {0.01, 0.03, 0.1};
  static final double[] LABEL_REG_GRID = {0.001, 0.003, 0.01};
  static final double[] NEUTRAL_OFFSET_GRID = {-0.6, -0.4, -0.2, 0, 0.2, 0.4};
  static final double[] BAND_GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};
  static final double HELD_OUT = 0.2;
  static final long SEED = 23L;

  private SentimentTrainer() {}

  /** The two trained models: the rating regression ({@link SentimentModel#NAME}) and the label classifier. */
  public record Trained(LinearModel rating, LinearModel label) {}

  public static Trained train(SparkSession spark, List<String> paths) {
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

    LinearModel labels = trainLabels(split[0], split[1], heldOut, bestPredicted, paths);
    data.unpersist();
    return new Trained(model, labels);
  }

  /**
   * The label classifier. Its regularisation and the offset added to its neutral score are picked together by the
   * held-out macro-F1 of the labels {@link SentimentModel} gives (neutral when the classifier's shifted neutral score
   * is highest, else the sign of the held-out regression's rating); the chosen classifier is refitted on all rows.
   */
  private static LinearModel trainLabels(Dataset<Row> train, Dataset<Row> heldOut, List<Row> heldOutRows,
      double[] heldOutRatings, List<String> paths) {
    Dataset<Row> trainClasses = toClasses(train).cache();
    Dataset<Row> heldOutClasses = toClasses(heldOut).cache();
    double[] gold = new double[heldOutRows.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = ((Number) heldOutRows.get(i).getAs("label")).doubleValue();
    }
    LinearModel best = null;
    double bestF1 = Double.NEGATIVE_INFINITY;
    double bestReg = LABEL_REG_GRID[0];
    double bestOffset = 0;
    Map<String, Object> grid = new LinkedHashMap<>();
    for (double reg : LABEL_REG_GRID) {
      LinearModelTrainer.Fitted fitted = LinearModelTrainer.fitClassifier(trainClasses, heldOutClasses,
          SentimentModel.LABEL_NAME, VERSION, SentimentEvaluator.CLASSES,
          LinearModelTrainer.Params.defaults().withRegParam(reg), false);
      Map<String, Object> byOffset = new LinkedHashMap<>();
      for (double offset : NEUTRAL_OFFSET_GRID) {
        ClassificationMetrics metrics = new ClassificationMetrics(SentimentEvaluator.CLASSES);
        for (int i = 0; i < gold.length; i++) {
          double[] scores = fitted.heldOut().scores(Featurizer.features(heldOutRows.get(i)));
          metrics.add(SentimentModel.goldLabel(gold[i]), SentimentModel.label(scores, offset, heldOutRatings[i]));
        }
        double f1 = metrics.macroF1(SentimentEvaluator.CLASSES);
        byOffset.put(Double.toString(offset), f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          bestReg = reg;
          bestOffset = offset;
          best = fitted.full();
        }
      }
      grid.put(Double.toString(reg), byOffset);
    }
    best.training.put(SentimentModel.NEUTRAL_OFFSET_KEY, bestOffset);
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("reg_param_neutral_offset_macro_f1", grid);
    selection.put("reg_param", bestReg);
    selection.put("neutral_offset", bestOffset);
    selection.put("macro_f1", bestF1);
    best.training.put("selection", selection);
    best.training.put("rules", EditorialScorer.VERSION);
    best.training.put("data", new ArrayList<>(paths));
    trainClasses.unpersist();
    heldOutClasses.unpersist();
    return best;
  }

  /** The rows with their rating replaced by its gold class. */
  private static Dataset<Row> toClasses(Dataset<Row> rows) {
    return rows.withColumn("label",
        when(col("label").gt(SentimentModel.GOLD_NEUTRAL_BAND), lit("positive"))
            .when(col("label").lt(-SentimentModel.GOLD_NEUTRAL_BAND), lit("negative"))
            .otherwise(lit("neutral")));
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
