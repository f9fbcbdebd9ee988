package org.opedlens.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search with a beam of one, without the search: at each position, the most probable outcome the
 * validator accepts. {@code opennlp.tools.ml.BeamSearch} of size one picks the same outcome (ties to the lowest
 * outcome index, as its priority queue does) but sorts a copy of every position's probabilities to find the best
 * one, which a profile of the sentence stage put at a tenth of its samples. Only the single best sequence
 * exists here: asked for more, it returns that one.
 */
final class GreedySequenceModel implements SequenceClassificationModel {
  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel model;

  GreedySequenceModel(MaxentModel model) {
    this.model = model;
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
    String[] chosen = new String[sequence.length];
    double[] probs = new double[model.getNumOutcomes()];
    Sequence best = new Sequence();
    for (int i = 0; i < sequence.length; i++) {
      // The context generator and validator see the outcomes so far, as BeamSearch passes them.
      String[] before = Arrays.copyOf(chosen, i);
      double[] scores = model.eval(cg.getContext(i, sequence, before, context), probs);
      int pick = pick(scores, i, sequence, before, validator);
      if (pick < 0) {
        return null; // no outcome is valid here: BeamSearch finds no sequence either
      }
      chosen[i] = model.getOutcome(pick);
      best.add(chosen[i], scores[pick]);
    }
    return best;
  }

  /** BeamSearch's choice with a beam of one: the best outcome if valid, else the best valid one. */
  private <T> int pick(double[] scores, int i, T[] sequence, String[] before, SequenceValidator<T> validator) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    for (int p = 0; p < scores.length; p++) {
      if (scores[p] >= max && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
        return p;
      }
    }
    int pick = -1;
    for (int p = 0; p < scores.length; p++) {
      if ((pick < 0 || scores[p] > scores[pick]) && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
        pick = p;
      }
    }
    return pick;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Sequence best = bestSequence(sequence, additionalContext, cg, validator);
    return best == null || best.getScore() <= minSequenceScore ? new Sequence[0] : new Sequence[] {best};
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Sequence best = bestSequence(sequence, additionalContext, cg, validator);
    return best == null ? new Sequence[0] : new Sequence[] {best};
  }

  @Override
  public String[] getOutcomes() {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    return outcomes;
  }
}
