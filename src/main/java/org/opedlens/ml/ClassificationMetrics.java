package org.opedlens.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Confusion matrix, per-label precision/recall/F1, macro-F1 and accuracy: what every evaluate command reports. */
public final class ClassificationMetrics {
  private final List<String> labels;
  private final long[][] confusion;
  private long n;

  public ClassificationMetrics(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.confusion = new long[labels.size()][labels.size()];
  }

  public void add(String gold, String predicted) {
    int g = labels.indexOf(gold);
    int p = labels.indexOf(predicted);
    if (g < 0 || p < 0) {
      throw new IllegalArgumentException("unknown label: " + (g < 0 ? gold : predicted) + " not in " + labels);
    }
    confusion[g][p]++;
    n++;
  }

  public long n() {
    return n;
  }

  public long support(String label) {
    int k = labels.indexOf(label);
    long s = 0;
    for (long c : confusion[k]) {
      s += c;
    }
    return s;
  }

  public double precision(String label) {
    int k = labels.indexOf(label);
    long predicted = 0;
    for (long[] row : confusion) {
      predicted += row[k];
    }
    return predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
  }

  public double recall(String label) {
    long s = support(label);
    return s == 0 ? 0 : (double) confusion[labels.indexOf(label)][labels.indexOf(label)] / s;
  }

  public double f1(String label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean F1 over the given labels that have gold support. */
  public double macroF1(List<String> over) {
    double sum = 0;
    int count = 0;
    for (String label : over) {
      if (support(label) > 0) {
        sum += f1(label);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  public double accuracy() {
    long correct = 0;
    for (int k = 0; k < labels.size(); k++) {
      correct += confusion[k][k];
    }
    return n == 0 ? 0 : (double) correct / n;
  }

  /** confusion[gold][predicted] as nested maps. */
  public Map<String, Map<String, Long>> confusionMatrix() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int g = 0; g < labels.size(); g++) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (int p = 0; p < labels.size(); p++) {
        row.put(labels.get(p), confusion[g][p]);
      }
      out.put(labels.get(g), row);
    }
    return out;
  }

  public Map<String, Object> report() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", n);
    out.put("accuracy", accuracy());
    out.put("macro_f1", macroF1(labels));
    Map<String, Object> perLabel = new LinkedHashMap<>();
    for (String label : labels) {
      perLabel.put(label, Map.of("precision", precision(label), "recall", recall(label), "f1", f1(label),
          "support", support(label)));
    }
    out.put("per_label", perLabel);
    out.put("confusion", confusionMatrix());
    return out;
  }

  public static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
