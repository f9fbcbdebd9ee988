package org.opedlens.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Temperature scaling and held-out metrics for trained linear models. */
final class Calibration {
  private Calibration() {}

  /** The softmax temperature in [0.25, 8] that minimises held-out log loss (golden-section search on log T). */
  static double fitTemperature(LinearModel model, List<Row> heldOut, Map<String, Double> labelValue) {
    if (heldOut.isEmpty()) {
      return 1.0;
    }
    double lo = Math.log(0.25);
    double hi = Math.log(8.0);
    double phi = (Math.sqrt(5) - 1) / 2;
    for (int iteration = 0; iteration < 40; iteration++) {
      double a = hi - phi * (hi - lo);
      double b = lo + phi * (hi - lo);
      if (logLoss(model, heldOut, labelValue, Math.exp(a)) < logLoss(model, heldOut, labelValue, Math.exp(b))) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  private static double logLoss(LinearModel model, List<Row> rows, Map<String, Double> labelValue, double t) {
    double previous = model.temperature;
    model.temperature = t;
    double loss = 0;
    for (Row row : rows) {
      Map<String, Double> features = Featurizer.features(row);
      double[] p = model.probabilities(features);
      int k = labelValue.get((String) row.getAs("label")).intValue();
      loss -= Math.log(Math.max(p[k], 1e-12));
    }
    model.temperature = previous;
    return loss / rows.size();
  }

  static Map<String, Object> heldOutMetrics(LinearModel model, List<Row> heldOut, List<String> labels) {
    ClassificationMetrics metrics = new ClassificationMetrics(labels);
    for (Row row : heldOut) {
      Map<String, Double> features = Featurizer.features(row);
      double[] p = model.probabilities(features);
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      metrics.add(row.getAs("label"), labels.get(best));
    }
    return metrics.report();
  }

  static Map<String, Object> regressionMetrics(LinearModel model, List<Row> heldOut) {
    double[] predicted = new double[heldOut.size()];
    double[] gold = new double[heldOut.size()];
    for (int i = 0; i < heldOut.size(); i++) {
      Row row = heldOut.get(i);
      predicted[i] = model.predictValue(Featurizer.features(row));
      gold[i] = ((Number) row.getAs("label")).doubleValue();
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("n", heldOut.size());
    metrics.put("pearson_r", ClassificationMetrics.pearson(predicted, gold));
    return metrics;
  }
}
