package org.opedlens.stance;

import java.util.ArrayList;
import java.util.List;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;

/**
 * The honest baseline stance rule: a sentence addresses a target when its lexicon finds a mention heavy enough;
 * the stance is then the sentence's VADER sentiment (FAVOR above +0.25, AGAINST below -0.25, else NEUTRAL). It
 * is the "keyword + VADER" rule the evaluation data's README quotes, kept as a reference point for trained models.
 */
public final class LexiconStanceBaseline {
  public static final String VERSION = "lexicon-vader-baseline-1";
  static final double ADDRESSED_WEIGHT = 0.5;
  static final double POLAR_THRESHOLD = 0.25;

  public record Stance(boolean addressed, StanceLabel label, double score, List<String> cues) {}

  private final TargetLexicon lexicon;

  public LexiconStanceBaseline(TargetLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Stance score(TokenizedSentence sentence, VaderScorer.Score sentiment) {
    double weight = 0;
    List<String> cues = new ArrayList<>();
    for (TargetLexicon.Mention mention : lexicon.mentions(sentence.lower())) {
      weight = Math.max(weight, mention.term().weight());
      if (!cues.contains(mention.term().term())) {
        cues.add(mention.term().term());
      }
    }
    if (weight < ADDRESSED_WEIGHT) {
      return new Stance(false, StanceLabel.ABSENT, 0.0, List.of());
    }
    cues.addAll(sentiment.cues());
    double score = sentiment.compound();
    StanceLabel label =
        score >= POLAR_THRESHOLD ? StanceLabel.FAVOR
            : score <= -POLAR_THRESHOLD ? StanceLabel.AGAINST : StanceLabel.NEUTRAL;
    return new Stance(true, label, score, cues);
  }
}
