package org.opedlens.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;

/**
 * The trained stance model of one target: two MLlib-trained linear models applied in plain Java per sentence.
 * First a detector (does the sentence address the target at all: ADDRESSED vs ABSENT), then a polarity classifier
 * over the addressing sentences (FAVOR, AGAINST, NEUTRAL). Both are temperature-calibrated on held-out sentences;
 * their product gives P(ABSENT) = 1 − P(addressed) and P(label) = P(addressed) · P(label | addressed). The label
 * is ABSENT when P(addressed) &lt; 0.5, else the most probable polarity; the score is P(FAVOR) − P(AGAINST), in
 * [-1, 1]. A target with its own trained models uses them; any other target (user-defined, no examples) uses the
 * generic models trained on the built-in targets' target-relative features. Thread-safe.
 */
public final class StanceModel {
  public static final String GENERIC = "generic";
  public static final String ADDRESSED = "ADDRESSED";
  public static final List<String> DETECTOR_LABELS = List.of("ABSENT", ADDRESSED);
  public static final List<String> POLARITY_LABELS = List.of("FAVOR", "AGAINST", "NEUTRAL");
  /** Key in a model's training record: whether it uses the lexical feature family. */
  public static final String LEXICAL = "lexical_features";
  static final double ADDRESSED_THRESHOLD = 0.5;
  static final int MAX_CUES = 5;

  private final TargetDefinition target;
  private final LinearModel detector;
  private final LinearModel polarity;
  private final boolean lexical;

  public StanceModel(TargetDefinition target, LinearModel detector, LinearModel polarity) {
    this.target = target;
    this.detector = detector;
    this.polarity = polarity;
    this.lexical = Boolean.TRUE.equals(polarity.training.get(LEXICAL));
    if (!detector.labels.equals(DETECTOR_LABELS) || !polarity.labels.equals(POLARITY_LABELS)) {
      throw new IllegalArgumentException("not a stance model pair: " + detector.labels + " / " + polarity.labels);
    }
  }

  public static String detectorName(String modelName) {
    return "stance-" + modelName + "-addressed";
  }

  public static String polarityName(String modelName) {
    return "stance-" + modelName + "-polarity";
  }

  /** The target's own shipped (or --models) models, else the generic ones. */
  public static StanceModel forTarget(TargetDefinition target) {
    String modelName = ModelStore.has(detectorName(target.name())) ? target.name() : GENERIC;
    return new StanceModel(target, ModelStore.get(detectorName(modelName)), ModelStore.get(polarityName(modelName)));
  }

  public TargetDefinition target() {
    return target;
  }

  public String version() {
    return detector.name.replace("-addressed", "") + "-" + detector.version;
  }

  public boolean lexical() {
    return lexical;
  }

  /** One sentence's stance: label, score in [-1, 1], the probability of the label, all four, and cues. */
  public record Result(StanceLabel label, double score, double probability, Map<StanceLabel, Double> probabilities,
      List<String> cues) {
    public boolean addressed() {
      return label != StanceLabel.ABSENT;
    }
  }

  public Result score(TokenizedSentence sentence, VaderScorer.Score vader) {
    StanceFeatures.Evidence evidence = new StanceFeatures.Evidence();
    Map<String, Double> x = StanceFeatures.features(sentence, target, vader, lexical, evidence);
    double pAddressed = detector.probabilities(x)[1];
    double[] p = polarity.probabilities(x);
    Map<StanceLabel, Double> probabilities = new LinkedHashMap<>();
    probabilities.put(StanceLabel.FAVOR, pAddressed * p[0]);
    probabilities.put(StanceLabel.AGAINST, pAddressed * p[1]);
    probabilities.put(StanceLabel.NEUTRAL, pAddressed * p[2]);
    probabilities.put(StanceLabel.ABSENT, 1 - pAddressed);
    StanceLabel label;
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    label = pAddressed < ADDRESSED_THRESHOLD ? StanceLabel.ABSENT : StanceLabel.valueOf(POLARITY_LABELS.get(best));
    double score = pAddressed * (p[0] - p[1]);
    List<String> cues = label == StanceLabel.ABSENT ? List.of() : cues(x, evidence, best);
    return new Result(label, score, probabilities.get(label), probabilities, cues);
  }

  /**
   * The target terms found, then the features that pushed the predicted polarity up most, as words: a lexical
   * feature gives its word, a cue feature the cue word near the target ("-brutal", "+defend", "!threat to"),
   * other features a short name ("reported speech").
   */
  private List<String> cues(Map<String, Double> x, StanceFeatures.Evidence evidence, int label) {
    List<String> cues = new ArrayList<>();
    for (String term : evidence.terms) {
      if (cues.size() < 2) {
        cues.add(term);
      }
    }
    for (String feature : polarity.cues(x, label, 12)) {
      if (cues.size() >= MAX_CUES) {
        break;
      }
      String readable = readable(feature, evidence);
      if (readable != null && !cues.contains(readable)) {
        cues.add(readable);
      }
    }
    return cues;
  }

  static String readable(String feature, StanceFeatures.Evidence evidence) {
    int eq = feature.indexOf('=');
    if (eq > 0) {
      String family = feature.substring(0, eq);
      String value = feature.substring(eq + 1);
      return switch (family) {
        case "w", "win", "mod", "gov", "cn" -> value.startsWith("NOT_") ? "not " + value.substring(4) : value;
        case "b" -> value.contains("<") ? null : value.replace('_', ' ');
        default -> null;
      };
    }
    if (feature.startsWith("c:")) {
      String polarity = feature.substring(2).split("_")[0];
      return evidence.cueWords.get(polarity);
    }
    return switch (feature) {
      case "r:report", "r:quote" -> "reported speech";
      case "s:question" -> "question";
      case "s:normative" -> "should/must";
      case "s:sarcasm_marker", "m:so_called" -> "so-called";
      case "m:negated" -> "negated mention";
      case "v:compound", "v:window", "v:strong_neg", "v:strong_pos", "v:compound_x_mention" -> "sentiment";
      default -> null;
    };
  }
}
