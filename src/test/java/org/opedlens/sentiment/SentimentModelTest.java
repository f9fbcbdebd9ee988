package org.opedlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;

/** The shipped model on the team's own sentences: labels, score range, cues and the features it reads. */
class SentimentModelTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private final SentimentModel model = SentimentModel.shared();

  private SentimentModel.Result score(String sentence) {
    return model.score(ANALYZER.analyze(sentence));
  }

  @Test
  void labelsClearSentencesOfEachKind() {
    assertEquals("negative", score("The massacre in the market horrified the nation.").label());
    assertEquals("positive", score("The restored park is a delight, and families have flocked to it.").label());
    assertEquals("neutral", score("The council meets on the second Tuesday of each month.").label());
  }

  @Test
  void scoreIsTheRatingOverFourWithinBounds() {
    for (String sentence : new String[] {
        "This is the most shameful, cruel, disgraceful and deadly policy in living memory!!!",
        "A wonderful, brilliant, generous and triumphant achievement!!!", "The meeting is at noon."}) {
      SentimentModel.Result result = score(sentence);
      assertTrue(result.score() >= -1 && result.score() <= 1, sentence + " " + result.score());
      assertEquals(result.rating() / 4.0, result.score(), 1e-12);
    }
  }

  @Test
  void negationTurnsPraiseIntoCriticism() {
    assertTrue(score("The reform is not a success.").rating() < score("The reform is a success.").rating());
  }

  @Test
  void cuesAreTheSignedValenceWords() {
    SentimentModel.Result result = score("The corruption scandal is a disgrace.");
    assertTrue(result.cues().contains("-disgrace"), result.cues().toString());
  }

  @Test
  void featuresAreTheRulePriorPlusValenceLemmasOnly() {
    Map<String, Double> features = SentimentModel.features(
        ANALYZER.analyze("The mayor did not keep his promise to the tenants."), new VaderScorer(), new EditorialScorer());
    assertTrue(features.containsKey("rule=editorial") && features.containsKey("rule=vader"));
    assertTrue(features.containsKey("lex=NOT_promise"), features.toString());
    assertTrue(features.keySet().stream().noneMatch(f -> f.contains("tenant") || f.contains("mayor")),
        "words without valence are not features: " + features.keySet());
  }

  @Test
  void argumentCuesAreFeaturesButPunctuationIsNot() {
    Map<String, Double> features = SentimentModel.features(
        ANALYZER.analyze("Why has the council still not dredged the only culvert?"), new VaderScorer(), new EditorialScorer());
    for (String cue : new String[] {"cue=why", "cue=still", "cue=only", "cue=negation", "rule=positive", "rule=negative"}) {
      assertTrue(features.containsKey(cue), cue + " in " + features.keySet());
    }
    assertTrue(features.keySet().stream().noneMatch(f -> f.contains("council") || f.contains("culvert") || f.contains("?")),
        "topic words and punctuation are not features: " + features.keySet());
  }

  @Test
  void classifierDecidesNeutralAndTheRatingDecidesTheSign() {
    double[] neutralWins = {1.0, 2.0, 0.5};
    assertEquals("neutral", SentimentModel.label(neutralWins, 0, -0.3));
    assertEquals("negative", SentimentModel.label(neutralWins, -1.5, -0.3));
    assertEquals("positive", SentimentModel.label(neutralWins, -1.5, 0.3));
    double[] negativeWins = {3.0, 0.0, 0.5};
    assertEquals("positive", SentimentModel.label(negativeWins, 0, 0.4), "never against the sign of the rating");
    assertEquals("negative", SentimentModel.label(negativeWins, 0, 0.0));
    assertEquals("neutral", SentimentModel.label(negativeWins, 3.0, 0.4));
  }

  @Test
  void shippedLabelsComeFromTheClassifierAndAgreeWithTheScore() {
    assertTrue(model.hasLabelModel(), model.version());
    for (String sentence : new String[] {"The massacre in the market horrified the nation.",
        "The restored park is a delight, and families have flocked to it.",
        "The council meets on the second Tuesday of each month.", "The mayor did not keep his promise to the tenants.",
        "Unemployment fell for the third month in a row.", "The agency has yet to explain the delay."}) {
      SentimentModel.Result result = score(sentence);
      String label = result.label();
      assertTrue(label.equals("neutral") || (label.equals("positive") == (result.rating() > 0)),
          sentence + " " + label + " " + result.rating());
    }
  }

  @Test
  void labelCutsAtTheNeutralBand() {
    assertEquals("positive", SentimentModel.label(0.21, 0.2));
    assertEquals("neutral", SentimentModel.label(0.2, 0.2));
    assertEquals("negative", SentimentModel.label(-0.25, 0.2));
    assertEquals("neutral", SentimentModel.goldLabel(-0.2));
  }
}
