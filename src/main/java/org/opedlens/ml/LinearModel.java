package org.opedlens.ml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.opedlens.util.Json;

/**
 * A trained linear model over named sparse features: multinomial logistic regression (softmax over labels, with a
 * calibration temperature) or linear regression. It is one saved artefact with its version: a gzipped JSON file
 * holding the feature names, weights, labels and how it was trained. Models are trained with Spark MLlib
 * ({@link LinearModelTrainer}) and applied here in plain Java, per sentence, inside the analysis partition —
 * no Spark job per model, and the cues that moved a prediction are just the largest weight × value terms.
 * Immutable and thread-safe after loading.
 */
public final class LinearModel implements Serializable {
  public static final String MULTINOMIAL = "multinomial";
  public static final String REGRESSION = "regression";

  @JsonProperty public String name;
  @JsonProperty public String version;
  @JsonProperty public String kind;
  @JsonProperty public List<String> labels = new ArrayList<>();
  @JsonProperty public List<String> features = new ArrayList<>();
  /** weights[label][feature]; one row for regression. */
  @JsonProperty public double[][] weights;
  @JsonProperty public double[] intercepts;
  /** Softmax temperature fitted on held-out data (1 = uncalibrated). */
  @JsonProperty public double temperature = 1.0;
  /** Training provenance and held-out metrics. */
  @JsonProperty public Map<String, Object> training = new LinkedHashMap<>();

  @JsonIgnore private transient Map<String, Integer> index;

  private Map<String, Integer> index() {
    Map<String, Integer> local = index;
    if (local == null) {
      local = new HashMap<>(features.size() * 2);
      for (int i = 0; i < features.size(); i++) {
        local.put(features.get(i), i);
      }
      index = local;
    }
    return local;
  }

  /** Raw linear scores per label (one entry for regression). */
  public double[] scores(Map<String, Double> x) {
    double[] scores = intercepts.clone();
    Map<String, Integer> idx = index();
    for (Map.Entry<String, Double> e : x.entrySet()) {
      Integer j = idx.get(e.getKey());
      if (j != null) {
        for (int k = 0; k < weights.length; k++) {
          scores[k] += weights[k][j] * e.getValue();
        }
      }
    }
    return scores;
  }

  /** Calibrated class probabilities, in the order of {@link #labels}. */
  public double[] probabilities(Map<String, Double> x) {
    return softmax(scores(x));
  }

  /** Calibrated probabilities from raw scores: softmax at the fitted temperature. */
  double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v / temperature);
    }
    double sum = 0;
    double[] p = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      p[k] = Math.exp(s[k] / temperature - max);
      sum += p[k];
    }
    for (int k = 0; k < s.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  public double predictValue(Map<String, Double> x) {
    return scores(x)[0];
  }

  public int labelIndex(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(name + " has no label " + label);
    }
    return i;
  }

  /**
   * The features that pushed label {@code k} up the most (weight × value, positive contributions only), as
   * readable cue strings, largest first.
   */
  public List<String> cues(Map<String, Double> x, int k, int limit) {
    Map<String, Integer> idx = index();
    List<Map.Entry<String, Double>> contributions = new ArrayList<>();
    for (Map.Entry<String, Double> e : x.entrySet()) {
      Integer j = idx.get(e.getKey());
      if (j != null) {
        double c = weights[k][j] * e.getValue();
        if (k == 0 && weights.length == 1) {
          c = Math.abs(c);
        }
        if (c > 0) {
          contributions.add(Map.entry(e.getKey(), c));
        }
      }
    }
    contributions.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
    List<String> cues = new ArrayList<>();
    for (Map.Entry<String, Double> e : contributions) {
      if (cues.size() >= limit) {
        break;
      }
      cues.add(e.getKey());
    }
    return cues;
  }

  public void save(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        Json.MAPPER.writeValue(out, this);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save model " + file, e);
    }
  }

  public static LinearModel read(InputStream in) throws IOException {
    try (InputStream gz = new GZIPInputStream(in)) {
      return Json.MAPPER.readValue(gz, LinearModel.class);
    }
  }
}
