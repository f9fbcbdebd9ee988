package org.opedlens.stance;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.opedlens.ml.LinearModel;

/**
 * Moves trained stance models from the label balance of the team's examples to the balance expected in real op-eds
 * (the target's priors), by the standard prior-shift correction: add log(prior / training share) to each label's
 * score. The team wrote many sentences that refer to a target only implicitly and many that favour autocracy,
 * because the models must learn them; real op-eds have far fewer of both. The shift is folded into the saved
 * model's intercepts (and into the weight of the "no lexicon term" feature for the detector, whose prior depends
 * on whether the sentence names the target), scaled by the calibration temperature, so the artefact alone gives
 * the shifted probabilities.
 */
final class Priors {
  private Priors() {}

  static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** Detector: separate priors for sentences with and without a lexicon term (feature m:none). */
  static void shiftDetector(LinearModel detector, Dataset<Row> detectorRows, double mentionedPrior,
      double unmentionedPrior) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Row row : detectorRows.groupBy(col("label"), array_contains(col("feature_names"), StanceFeatures.NO_MENTION)
        .as("unmentioned")).count().collectAsList()) {
      String group = row.getBoolean(1) ? "unmentioned" : "mentioned";
      long[] c = counts.computeIfAbsent(group, k -> new long[2]);
      c[StanceModel.ADDRESSED.equals(row.getString(0)) ? 1 : 0] += row.getLong(2);
    }
    int addressed = detector.labelIndex(StanceModel.ADDRESSED);
    double t = detector.temperature;
    Map<String, Object> record = new LinkedHashMap<>();
    double mentionedShift = shift(counts.get("mentioned"), mentionedPrior, "mentioned", record);
    double unmentionedShift = shift(counts.get("unmentioned"), unmentionedPrior, "unmentioned", record);
    detector.intercepts[addressed] += t * mentionedShift;
    int none = detector.features.indexOf(StanceFeatures.NO_MENTION);
    if (none >= 0) {
      detector.weights[addressed][none] += t * (unmentionedShift - mentionedShift);
    }
    detector.training.put("prior_shift", record);
  }

  private static double shift(long[] counts, double prior, String group, Map<String, Object> record) {
    if (counts == null || counts[0] == 0 || counts[1] == 0) {
      return 0;
    }
    double share = (double) counts[1] / (counts[0] + counts[1]);
    double shift = logit(prior) - logit(share);
    record.put(group, Map.of("training_share", share, "prior", prior, "logit_shift", shift));
    return shift;
  }

  /** Polarity: trained class-balanced (an effective uniform prior), shifted to the target's polarity prior. */
  static void shiftPolarity(LinearModel polarity, Map<String, Double> prior) {
    List<String> labels = polarity.labels;
    Map<String, Object> record = new LinkedHashMap<>();
    for (int k = 0; k < labels.size(); k++) {
      double shift = Math.log(prior.get(labels.get(k)) * labels.size());
      polarity.intercepts[k] += polarity.temperature * shift;
      record.put(labels.get(k), Map.of("prior", prior.get(labels.get(k)), "log_shift", shift));
    }
    polarity.training.put("prior_shift", record);
  }
}
