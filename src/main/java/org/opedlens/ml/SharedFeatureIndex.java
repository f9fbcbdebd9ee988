package org.opedlens.ml;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One index over the feature names of several linear models that score the same feature maps. A map's names are
 * looked up once, then each model reads its weights through an array: the string-keyed lookups, once per model,
 * were most of the argument models' cost (a profile of the sentence stage: 14 % in {@code HashMap.get} alone).
 * Each model's scores are the same sums, in the same order, as {@link LinearModel#scores}. Immutable and
 * thread-safe.
 */
public final class SharedFeatureIndex {
  private final Map<String, Integer> ids = new HashMap<>();
  /** Per model: its column of each shared id, or -1. */
  private final Map<LinearModel, int[]> columns = new IdentityHashMap<>();
  /**
   * Per model: its weights by shared id, the labels' weights of one id side by side ({@code [id * labels + k]}), so
   * that scoring a feature reads one place rather than one row per label.
   */
  private final Map<LinearModel, double[]> weightsById = new IdentityHashMap<>();

  /** A feature map resolved against the index: the ids and values of the names some model knows, in map order. */
  public record Resolved(int[] ids, double[] values) {}

  public SharedFeatureIndex(Collection<LinearModel> models) {
    for (LinearModel model : models) {
      for (String feature : model.features) {
        ids.putIfAbsent(feature, ids.size());
      }
    }
    for (LinearModel model : models) {
      int[] column = new int[ids.size()];
      java.util.Arrays.fill(column, -1);
      for (int j = 0; j < model.features.size(); j++) {
        column[ids.get(model.features.get(j))] = j;
      }
      columns.put(model, column);
      int labels = model.weights.length;
      double[] byId = new double[ids.size() * labels];
      for (int id = 0; id < column.length; id++) {
        for (int k = 0; column[id] >= 0 && k < labels; k++) {
          byId[id * labels + k] = model.weights[k][column[id]];
        }
      }
      weightsById.put(model, byId);
    }
  }

  public Resolved resolve(Map<String, Double> x) {
    int[] found = new int[x.size()];
    double[] values = new double[x.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : x.entrySet()) {
      Integer id = ids.get(e.getKey());
      if (id != null) {
        found[n] = id;
        values[n] = e.getValue();
        n++;
      }
    }
    return new Resolved(java.util.Arrays.copyOf(found, n), java.util.Arrays.copyOf(values, n));
  }

  /**
   * {@code base} followed by the resolved {@code extra}: the same as resolving a map of base's entries followed by
   * extra's, when extra adds only names the base map does not have. Spares looking the base names up again.
   */
  public Resolved resolve(Resolved base, Map<String, Double> extra) {
    Resolved more = resolve(extra);
    int b = base.ids().length;
    int[] ids = java.util.Arrays.copyOf(base.ids(), b + more.ids().length);
    double[] values = java.util.Arrays.copyOf(base.values(), b + more.values().length);
    System.arraycopy(more.ids(), 0, ids, b, more.ids().length);
    System.arraycopy(more.values(), 0, values, b, more.values().length);
    return new Resolved(ids, values);
  }

  /** The model's calibrated probabilities of resolved features; the model must be one the index was built over. */
  public double[] probabilities(LinearModel model, Resolved x) {
    int[] column = columns.get(model);
    if (column == null) {
      throw new IllegalArgumentException(model.name + " is not in this feature index");
    }
    double[] scores = model.intercepts.clone();
    double[] weights = weightsById.get(model);
    int labels = model.weights.length;
    int[] found = x.ids();
    double[] values = x.values();
    for (int i = 0; i < found.length; i++) {
      int id = found[i];
      if (column[id] >= 0) {
        for (int k = 0; k < labels; k++) {
          scores[k] += weights[id * labels + k] * values[i];
        }
      }
    }
    return model.softmax(scores);
  }
}
