package org.opedlens.ml;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.regression.LinearRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains a {@link LinearModel} with Spark MLlib from rows {@code (label, feature_names, feature_values)} from {@link Featurizer}: builds the
 * feature vocabulary (features seen in at least {@code minDocFreq} rows, the {@code maxFeatures} most frequent),
 * vectorises, fits MLlib's LogisticRegression (multinomial, class-balanced weights) or LinearRegression, fits a
 * softmax temperature on a held-out split, then refits on all rows. Only the vocabulary and the held-out scores
 * reach the driver, both bounded by the training set, not by any corpus.
 */
public final class LinearModelTrainer {
  private LinearModelTrainer() {}

  public record Params(
      double regParam, double elasticNet, int maxIter, int minDocFreq, int maxFeatures, boolean balanceClasses,
      double heldOutFraction, long seed) {
    public static Params defaults() {
      return new Params(0.01, 0.0, 200, 2, 50_000, true, 0.15, 17L);
    }

    public Params withRegParam(double value) {
      return new Params(value, elasticNet, maxIter, minDocFreq, maxFeatures, balanceClasses, heldOutFraction, seed);
    }
  }

  private static final StructType VECTOR_ROWS =
      new StructType()
          .add("label", DataTypes.DoubleType)
          .add("weight", DataTypes.DoubleType)
          .add("features", SQLDataTypes.VectorType());

  /** Features kept for the model, most frequent first (ties by name, so the order is deterministic). */
  static List<String> vocabulary(Dataset<Row> data, int minDocFreq, int maxFeatures) {
    List<String> names = new ArrayList<>();
    for (Row row : data.select(explode(col("feature_names")).as("f")).groupBy("f").count()
        .filter(col("count").geq(minDocFreq)).orderBy(desc("count"), asc("f")).limit(maxFeatures)
        .collectAsList()) {
      names.add(row.getString(0));
    }
    return names;
  }

  private static Dataset<Row> vectorise(Dataset<Row> data, List<String> vocabulary, Map<String, Double> labelValue,
      Map<String, Double> classWeight) {
    HashMap<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      index.put(vocabulary.get(i), i);
    }
    int size = vocabulary.size();
    boolean classification = labelValue != null;
    MapFunction<Row, Row> toVector =
        row -> {
          Map<String, Double> features = Featurizer.features(row);
          TreeMap<Integer, Double> sparse = new TreeMap<>();
          for (Map.Entry<String, Double> e : features.entrySet()) {
            Integer j = index.get(e.getKey());
            if (j != null && e.getValue() != 0.0) {
              sparse.put(j, e.getValue());
            }
          }
          int[] indices = new int[sparse.size()];
          double[] values = new double[sparse.size()];
          int k = 0;
          for (Map.Entry<Integer, Double> e : sparse.entrySet()) {
            indices[k] = e.getKey();
            values[k++] = e.getValue();
          }
          Object rawLabel = row.getAs("label");
          double label = classification ? labelValue.get((String) rawLabel) : ((Number) rawLabel).doubleValue();
          double weight = classification && classWeight != null ? classWeight.get((String) rawLabel) : 1.0;
          return RowFactory.create(label, weight, Vectors.sparse(size, indices, values));
        };
    return data.map(toVector, Encoders.row(VECTOR_ROWS));
  }

  /** Multinomial logistic regression over the given labels (every row's label must be one of them). */
  public static LinearModel trainClassifier(Dataset<Row> data, String name, String version, List<String> labels,
      Params params) {
    Dataset<Row>[] split = data.randomSplit(new double[] {1 - params.heldOutFraction(), params.heldOutFraction()},
        params.seed());
    return trainClassifier(split[0], split[1], name, version, labels, params);
  }

  /**
   * As {@link #trainClassifier(Dataset, String, String, List, Params)} with the held-out rows given (e.g. a
   * deterministic split by id): fit on {@code train}, calibrate and measure on {@code heldOut}, refit on both.
   */
  public static LinearModel trainClassifier(Dataset<Row> train, Dataset<Row> heldOut, String name, String version,
      List<String> labels, Params params) {
    return trainClassifier(train, heldOut, name, version, labels, params, true);
  }

  /**
   * As {@link #trainClassifier(Dataset, Dataset, String, String, List, Params)}; {@code standardize = false}
   * penalises every raw weight alike (MLlib's default standardisation shrinks the penalty of a rare indicator with
   * its variance, so rare words buy large weights cheaply).
   */
  public static LinearModel trainClassifier(Dataset<Row> train, Dataset<Row> heldOut, String name, String version,
      List<String> labels, Params params, boolean standardize) {
    return fitClassifier(train, heldOut, name, version, labels, params, standardize).full();
  }

  /** A classifier fitted on the training rows only (measured on the held-out rows) and its refit on all rows. */
  public record Fitted(LinearModel heldOut, LinearModel full) {}

  /**
   * As {@link #trainClassifier(Dataset, Dataset, String, String, List, Params, boolean)}, also returning the model
   * fitted on {@code train} alone, for callers that tune a decision rule on the held-out rows.
   */
  public static Fitted fitClassifier(Dataset<Row> train, Dataset<Row> heldOut, String name, String version,
      List<String> labels, Params params, boolean standardize) {
    Dataset<Row> trainRows = train.cache();
    Dataset<Row> cached = trainRows.union(heldOut).cache();
    List<String> vocabulary = vocabulary(cached, params.minDocFreq(), params.maxFeatures());
    Map<String, Double> labelValue = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      labelValue.put(labels.get(i), (double) i);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row row : cached.groupBy("label").count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    for (String label : counts.keySet()) {
      if (!labelValue.containsKey(label)) {
        throw new IllegalArgumentException(name + ": training label '" + label + "' is not one of " + labels);
      }
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> classWeight = new HashMap<>();
    for (String label : labels) {
      long n = counts.getOrDefault(label, 0L);
      classWeight.put(label, params.balanceClasses() && n > 0 ? (double) total / (labels.size() * n) : 1.0);
    }

    LogisticRegressionModel heldOutFit =
        fitLogistic(vectorise(trainRows, vocabulary, labelValue, classWeight), params, standardize);
    LinearModel model = fromLogistic(heldOutFit, name, version, labels, vocabulary);
    List<Row> heldOutRows = heldOut.collectAsList();
    model.temperature = Calibration.fitTemperature(model, heldOutRows, labelValue);
    Map<String, Object> heldOutMetrics = Calibration.heldOutMetrics(model, heldOutRows, labels);

    LinearModel full = fromLogistic(fitLogistic(vectorise(cached, vocabulary, labelValue, classWeight), params,
        standardize), name,
        version, labels, vocabulary);
    full.temperature = model.temperature;
    full.training.put("trained_at", Instant.now().toString());
    full.training.put("rows", total);
    full.training.put("label_counts", counts);
    full.training.put("features", vocabulary.size());
    full.training.put("params", params);
    full.training.put("standardized", standardize);
    full.training.put("held_out", heldOutMetrics);
    cached.unpersist();
    trainRows.unpersist();
    return new Fitted(model, full);
  }

  private static LogisticRegressionModel fitLogistic(Dataset<Row> vectors, Params params, boolean standardize) {
    return new LogisticRegression()
        .setFamily("multinomial")
        .setStandardization(standardize)
        .setRegParam(params.regParam())
        .setElasticNetParam(params.elasticNet())
        .setMaxIter(params.maxIter())
        .setWeightCol("weight")
        .fit(vectors);
  }

  private static LinearModel fromLogistic(LogisticRegressionModel fit, String name, String version,
      List<String> labels, List<String> vocabulary) {
    Matrix coefficients = fit.coefficientMatrix();
    LinearModel model = new LinearModel();
    model.name = name;
    model.version = version;
    model.kind = LinearModel.MULTINOMIAL;
    model.labels = new ArrayList<>(labels);
    model.features = new ArrayList<>(vocabulary);
    model.weights = new double[coefficients.numRows()][coefficients.numCols()];
    for (int k = 0; k < coefficients.numRows(); k++) {
      for (int j = 0; j < coefficients.numCols(); j++) {
        model.weights[k][j] = coefficients.apply(k, j);
      }
    }
    model.intercepts = fit.interceptVector().toArray();
    return model;
  }

  /** Linear regression on a numeric label. */
  public static LinearModel trainRegression(Dataset<Row> data, String name, String version, Params params) {
    return trainRegression(data, name, version, params, true);
  }

  /**
   * Linear regression on a numeric label. {@code standardize = false} penalises every raw weight alike, so a rare
   * indicator feature cannot buy a large weight cheaply (with standardisation its penalty shrinks with its variance).
   */
  public static LinearModel trainRegression(Dataset<Row> data, String name, String version, Params params,
      boolean standardize) {
    Dataset<Row> cached = data.cache();
    List<String> vocabulary = vocabulary(cached, params.minDocFreq(), params.maxFeatures());
    Dataset<Row>[] split = cached.randomSplit(new double[] {1 - params.heldOutFraction(), params.heldOutFraction()},
        params.seed());
    LinearModel heldOutModel = fromRegression(
        fitLinear(vectorise(split[0], vocabulary, null, null), params, standardize), name, version, vocabulary);
    Map<String, Object> heldOutMetrics = Calibration.regressionMetrics(heldOutModel, split[1].collectAsList());
    LinearModel full = fromRegression(fitLinear(vectorise(cached, vocabulary, null, null), params, standardize), name,
        version, vocabulary);
    full.training.put("trained_at", Instant.now().toString());
    full.training.put("rows", cached.count());
    full.training.put("features", vocabulary.size());
    full.training.put("params", params);
    full.training.put("standardized", standardize);
    full.training.put("held_out", heldOutMetrics);
    cached.unpersist();
    return full;
  }

  private static LinearRegressionModel fitLinear(Dataset<Row> vectors, Params params, boolean standardize) {
    return new LinearRegression()
        .setStandardization(standardize)
        .setRegParam(params.regParam())
        .setElasticNetParam(params.elasticNet())
        .setMaxIter(params.maxIter())
        .fit(vectors);
  }

  private static LinearModel fromRegression(LinearRegressionModel fit, String name, String version,
      List<String> vocabulary) {
    LinearModel model = new LinearModel();
    model.name = name;
    model.version = version;
    model.kind = LinearModel.REGRESSION;
    model.features = new ArrayList<>(vocabulary);
    model.weights = new double[][] {fit.coefficients().toArray()};
    model.intercepts = new double[] {fit.intercept()};
    return model;
  }
}
