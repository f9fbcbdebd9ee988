package org.opedlens.sentiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.ModelStore;
import org.opedlens.ml.TextFeatures;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Sentence sentiment: a linear regression trained with MLlib on the team's rated op-ed sentences
 * ({@code datasets/sentiment/}, ratings −4..+4 like the reference data). The rule scores are its strong prior —
 * the {@link EditorialScorer} compound (VADER's rules over VADER's lexicon plus the editorial lexicon), plain
 * VADER's compound, the valence negation flipped, and the positive and negative valence each normalised like a
 * compound — and it learns a constrained correction: one weight per valence-bearing lemma (marked {@code NOT_}
 * inside a negation scope) and per argument cue (a closed list of words such as "only", "should", "still", "why",
 * and a negation anywhere in the sentence), every weight penalised alike, so it
 * can re-weigh words the lexicons rate and the way editorials argue but cannot memorise topic words of the training
 * sentences. The predicted
 * rating maps to [-1, 1] by dividing by 4. The label comes from a second model over the same features, a
 * class-balanced multinomial logistic regression trained on the gold classes of the same sentences
 * ({@value #LABEL_NAME}); without it (models trained before 4.0.0) the rating is cut at ± the neutral band chosen on
 * held-out data when the model was trained (stored with the model; 0.2, the gold cut, when absent). The classifier
 * decides whether a sentence is neutral (its neutral score, plus an offset chosen on held-out data, is the highest);
 * a sentence that is not gets the sign of its rating, so a label never contradicts the score. Thread-safe.
 */
public final class SentimentModel {
  public static final String NAME = "sentiment";
  /** Name of the label classifier stored beside the rating model. */
  public static final String LABEL_NAME = "sentiment-label";
  /** The gold cut of the evaluation: a rating above 0.2 is positive, below −0.2 negative. */
  public static final double GOLD_NEUTRAL_BAND = 0.2;
  /** Key of the neutral band in the model's training record. */
  public static final String NEUTRAL_BAND_KEY = "neutral_band";
  /** Key of the offset added to the neutral score, in the label classifier's training record. */
  public static final String NEUTRAL_OFFSET_KEY = "neutral_offset";

  private final LinearModel model;
  private final LinearModel labels;
  private final VaderScorer vader;
  private final EditorialScorer rules;
  private final double neutralBand;
  private final double neutralOffset;

  /** A rating model whose labels cut its rating at the neutral band it stores. */
  public SentimentModel(LinearModel model, VaderScorer vader, EditorialScorer rules) {
    this(model, null, vader, rules);
  }

  /** A rating model and a label classifier ({@code labels} may be null: then the rating is cut at the band). */
  public SentimentModel(LinearModel model, LinearModel labels, VaderScorer vader, EditorialScorer rules) {
    if (labels != null && !labels.labels.equals(SentimentEvaluator.CLASSES)) {
      throw new IllegalArgumentException("label model must predict " + SentimentEvaluator.CLASSES + ": " + labels.labels);
    }
    this.model = model;
    this.labels = labels;
    this.vader = vader;
    this.rules = rules;
    Object band = model.training.get(NEUTRAL_BAND_KEY);
    this.neutralBand = band instanceof Number n ? n.doubleValue() : GOLD_NEUTRAL_BAND;
    Object offset = labels == null ? null : labels.training.get(NEUTRAL_OFFSET_KEY);
    this.neutralOffset = offset instanceof Number n ? n.doubleValue() : 0;
  }

  private static final class Holder {
    static final SentimentModel SHIPPED = shipped(new VaderScorer(), new EditorialScorer());
  }

  /** The shipped (or {@code --models}) model with the shared lexicons; one per JVM. */
  public static SentimentModel shared() {
    return Holder.SHIPPED;
  }

  /**
   * The rating model and, when it lies in the same place (the {@code --models} directory or the jar), the label
   * classifier: a rating model trained into a directory is never paired with the jar's classifier.
   */
  public static SentimentModel shipped(VaderScorer vader, EditorialScorer rules) {
    String dir = System.getProperty(ModelStore.PROPERTY);
    boolean ratingInDir = dir != null && Files.isRegularFile(Path.of(dir, ModelStore.fileName(NAME)));
    boolean labelsInDir = dir != null && Files.isRegularFile(Path.of(dir, ModelStore.fileName(LABEL_NAME)));
    boolean labelsInJar = SentimentModel.class.getResource("/models/" + ModelStore.fileName(LABEL_NAME)) != null;
    boolean pair = ratingInDir ? labelsInDir : !labelsInDir && labelsInJar;
    return new SentimentModel(ModelStore.get(NAME), pair ? ModelStore.get(LABEL_NAME) : null, vader, rules);
  }

  public String version() {
    return model.name + "-" + model.version + (labels == null ? "" : "+" + labels.name + "-" + labels.version);
  }

  /** Whether labels come from the label classifier (else from the rating and the neutral band). */
  public boolean hasLabelModel() {
    return labels != null;
  }

  public double neutralBand() {
    return neutralBand;
  }

  /**
   * {@code score} in [-1, 1] (rating / 4), the predicted {@code rating} (−4..+4), its label, the words that
   * carried the valence (signed, from the rules), and the rule scores themselves for later stages.
   */
  public record Result(double score, double rating, String label, List<String> cues, EditorialScorer.Score rules,
      VaderScorer.Score vader) {}

  /** The features the regression sees; shared by training and scoring. */
  public static Map<String, Double> features(TokenizedSentence sentence, VaderScorer vader, EditorialScorer rules) {
    return features(sentence, vader.score(sentence.text()), rules.score(sentence), rules);
  }

  static Map<String, Double> features(TokenizedSentence sentence, VaderScorer.Score vaderScore,
      EditorialScorer.Score ruleScore, EditorialScorer rules) {
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("rule=editorial", ruleScore.compound());
    features.put("rule=vader", vaderScore.compound());
    features.put("rule=negated", ruleScore.negated() / 4.0);
    features.put("rule=positive", VaderScorer.normalise(ruleScore.positive()));
    features.put("rule=negative", VaderScorer.normalise(ruleScore.negative()));
    boolean[] negated = TextFeatures.negationScope(sentence);
    for (int i = 0; i < sentence.lemmas().length; i++) {
      String lemma = sentence.lemmas()[i];
      String lower = sentence.lower()[i];
      if (TextFeatures.isPunctuation(lemma)) {
        continue;
      }
      if (TextFeatures.isNegator(lower)) {
        features.put("cue=negation", 1.0);
      }
      if (ARGUMENT_CUES.contains(lower)) {
        features.put("cue=" + lower, 1.0);
      }
      if (rules.lookup(lower, lemma, sentence.tags()[i]) != 0) {
        features.put("lex=" + (negated[i] ? "NOT_" : "") + lemma, 1.0);
      }
    }
    return features;
  }

  /**
   * Closed-class words with which editorials argue rather than report — restriction ("only", "merely"), obligation
   * ("should", "must"), persistence and delay ("still", "yet", "again", "finally"), insufficiency ("too", "less",
   * "little", "hardly"), rhetorical questions ("why", "how"). They carry no lexicon valence but shift how readers rate
   * a sentence; their weights are learned from the team's rated sentences like those of the valence lemmas.
   * Question marks and quotation marks are deliberately not cues: in the team's sentences they were mostly rhetorical
   * or scare quotes (learned weights ≈ −0.3), while in newspaper prose they mostly mark reported speech.
   */
  static final Set<String> ARGUMENT_CUES = Set.of("only", "merely", "even", "should", "must", "still", "yet", "again",
      "finally", "already", "instead", "rather", "too", "less", "fewer", "little", "hardly", "nothing", "never", "why",
      "how", "what", "so-called", "supposedly");

  /**
   * The label from the label classifier's scores (in the order of {@link SentimentEvaluator#CLASSES}) and the
   * predicted rating: {@code neutral} when the neutral score plus {@code neutralOffset} is the highest, otherwise the
   * sign of the rating (the classifier's own choice between the two when the rating is exactly 0), so a label never
   * contradicts the sign of the score.
   */
  public static String label(double[] classScores, double neutralOffset, double rating) {
    double neutral = classScores[1] + neutralOffset;
    if (neutral >= classScores[0] && neutral >= classScores[2]) {
      return "neutral";
    }
    if (rating != 0) {
      return rating > 0 ? "positive" : "negative";
    }
    return classScores[2] > classScores[0] ? "positive" : "negative";
  }

  public static String label(double rating, double neutralBand) {
    return rating > neutralBand ? "positive" : rating < -neutralBand ? "negative" : "neutral";
  }

  /** The gold class of a rating, as the evaluation defines it. */
  public static String goldLabel(double rating) {
    return label(rating, GOLD_NEUTRAL_BAND);
  }

  public Result score(TokenizedSentence sentence) {
    VaderScorer.Score vaderScore = vader.score(sentence.text());
    EditorialScorer.Score ruleScore = rules.score(sentence);
    Map<String, Double> x = features(sentence, vaderScore, ruleScore, rules);
    double rating = Math.max(-4, Math.min(4, model.predictValue(x)));
    String label = labels == null ? label(rating, neutralBand) : label(labels.scores(x), neutralOffset, rating);
    return new Result(rating / 4.0, rating, label, ruleScore.cues(), ruleScore, vaderScore);
  }
}
