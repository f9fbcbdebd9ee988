package org.opedlens.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.ml.TextFeatures;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Sentence sentiment: a linear regression trained with MLlib on the team's rated op-ed sentences
 * ({@code datasets/sentiment/}, ratings −4..+4 like the reference data) over VADER's rule-based scores plus lemma
 * n-grams with negation scope. The predicted rating is mapped to [-1, 1] by dividing by 4; the label cuts at a
 * rating of ±0.2 (score ±0.05), the same cut the evaluation uses for gold ratings. Thread-safe.
 */
public final class SentimentModel {
  public static final String NAME = "sentiment";
  /** A predicted rating above this is positive, below its negative negative. */
  public static final double NEUTRAL_BAND = 0.2;

  private final LinearModel model;
  private final VaderScorer vader;

  public SentimentModel(LinearModel model, VaderScorer vader) {
    this.model = model;
    this.vader = vader;
  }

  public static SentimentModel shipped(VaderScorer vader) {
    return new SentimentModel(ModelStore.get(NAME), vader);
  }

  public String version() {
    return model.name + "-" + model.version;
  }

  public record Result(double score, double rating, String label, List<String> cues) {}

  /** The features the regression sees; shared by training and scoring. */
  public static Map<String, Double> features(TokenizedSentence sentence, VaderScorer vader) {
    Map<String, Double> features = new LinkedHashMap<>();
    TextFeatures.addNgrams(sentence, features);
    VaderScorer.Score v = vader.score(sentence.text());
    features.put("vader=compound", v.compound());
    features.put("vader=pos", v.positive());
    features.put("vader=neg", v.negative());
    features.put("vader=compound_sq", v.compound() * Math.abs(v.compound()));
    return features;
  }

  public static String label(double rating) {
    return rating > NEUTRAL_BAND ? "positive" : rating < -NEUTRAL_BAND ? "negative" : "neutral";
  }

  public Result score(TokenizedSentence sentence) {
    Map<String, Double> features = features(sentence, vader);
    double rating = Math.max(-4, Math.min(4, model.predictValue(features)));
    List<String> cues = new ArrayList<>();
    for (String cue : model.cues(features, 0, 6)) {
      if (cue.startsWith("w=")) {
        cues.add(cue.substring(2));
      }
      if (cues.size() == 3) {
        break;
      }
    }
    return new Result(rating / 4.0, rating, label(rating), cues);
  }
}
