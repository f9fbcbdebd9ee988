package org.opedlens.argument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.OnePassRealValueDataIndexer;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.opedlens.ml.ClassificationMetrics;
import org.opedlens.ml.LinearModel;

/**
 * The second learner: OpenNLP's maximum-entropy trainer (L-BFGS with an L2 penalty, real-valued features) on the
 * same feature maps the MLlib models see, saved as a {@link LinearModel} artefact. A maxent model is a softmax over
 * weight × value sums, so its parameters carry over one to one (OpenNLP's constant "shape=bias" feature plays the
 * intercept). Unlike the MLlib models it is trained without class balancing: the two learners lean in opposite
 * directions on the rare classes, and the run averages them.
 */
public final class OpenNlpMaxentTrainer {
  public static final double DEFAULT_L2 = 4.0;

  private OpenNlpMaxentTrainer() {}

  /** One labelled example: its label and features. */
  public record Example(String label, Map<String, Double> features) {}

  public static LinearModel train(List<Example> examples, String name, String version, List<String> labels,
      double l2, int minFeatureCount) {
    LinearModel model = toLinearModel(fit(examples, l2, minFeatureCount), name, version, labels);
    model.training.put("trained_at", Instant.now().toString());
    model.training.put("learner", "opennlp-maxent-qn l2=" + l2 + " cutoff=" + minFeatureCount);
    model.training.put("rows", examples.size());
    model.training.put("features", model.features.size());
    model.training.put("train_fit", fitMetrics(model, examples, labels));
    return model;
  }

  /** OpenNLP's own model, before conversion. */
  static AbstractModel fit(List<Example> examples, double l2, int minFeatureCount) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, 300);
    params.put(TrainingParameters.CUTOFF_PARAM, minFeatureCount);
    params.put(QNTrainer.L2COST_PARAM, l2);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.THREADS_PARAM, 1);
    try {
      OnePassRealValueDataIndexer indexer = new OnePassRealValueDataIndexer();
      indexer.init(params, new HashMap<>());
      indexer.index(stream(examples));
      QNTrainer trainer = new QNTrainer();
      trainer.init(params, new HashMap<>());
      MaxentModel fit = trainer.train(indexer);
      return (AbstractModel) fit;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectStream<Event> stream(List<Example> examples) {
    Iterator<Example> it = examples.iterator();
    return new ObjectStream<>() {
      private Iterator<Example> current = it;

      @Override
      public Event read() {
        if (!current.hasNext()) {
          return null;
        }
        Example e = current.next();
        String[] context = new String[e.features().size()];
        float[] values = new float[context.length];
        int k = 0;
        for (Map.Entry<String, Double> f : e.features().entrySet()) {
          context[k] = f.getKey();
          values[k++] = f.getValue().floatValue();
        }
        return new Event(e.label(), context, values);
      }

      @Override
      public void reset() {
        current = examples.iterator();
      }
    };
  }

  /** The maxent parameters as a LinearModel over the given label order (labels never seen get no weights). */
  @SuppressWarnings("unchecked")
  static LinearModel toLinearModel(AbstractModel fit, String name, String version, List<String> labels) {
    Object[] data = fit.getDataStructures();
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    int[] labelOf = new int[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      labelOf[o] = labels.indexOf(outcomes[o]);
      if (labelOf[o] < 0) {
        throw new IllegalArgumentException(name + ": outcome " + outcomes[o] + " not in " + labels);
      }
    }
    List<String> names = new ArrayList<>(new java.util.TreeSet<>(predicates.keySet()));
    LinearModel model = new LinearModel();
    model.name = name;
    model.version = version;
    model.kind = LinearModel.MULTINOMIAL;
    model.labels = new ArrayList<>(labels);
    model.features = names;
    model.weights = new double[labels.size()][names.size()];
    model.intercepts = new double[labels.size()];
    boolean[] seen = new boolean[labels.size()];
    for (int o = 0; o < outcomes.length; o++) {
      seen[labelOf[o]] = true;
    }
    for (int k = 0; k < labels.size(); k++) {
      // A label absent from the training data must never win.
      model.intercepts[k] = seen[k] ? 0 : -50;
    }
    for (int j = 0; j < names.size(); j++) {
      Context c = predicates.get(names.get(j));
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int m = 0; m < os.length; m++) {
        model.weights[labelOf[os[m]]][j] = ps[m];
      }
    }
    return model;
  }

  private static Map<String, Object> fitMetrics(LinearModel model, List<Example> examples, List<String> labels) {
    ClassificationMetrics metrics = new ClassificationMetrics(labels);
    for (Example e : examples) {
      double[] p = model.probabilities(e.features());
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      metrics.add(e.label(), labels.get(best));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accuracy", metrics.accuracy());
    out.put("macro_f1", metrics.macroF1(labels));
    return out;
  }
}
