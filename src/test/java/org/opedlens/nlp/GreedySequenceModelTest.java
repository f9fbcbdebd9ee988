package org.opedlens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

/**
 * The greedy search must choose what OpenNLP's BeamSearch of size one chooses, also when the validator refuses the
 * most probable outcome (the fallback to the best valid one), with the same probabilities.
 */
class GreedySequenceModelTest {
  private static final MaxentModel CLASSIFIER = EnglishModels.posModel().getArtifact("pos.model");
  private static final String[] WORDS =
      "The junta postponed the vote again , and nobody in the capital believed its promises .".split(" ");

  private static POSContextGenerator contexts() {
    return EnglishModels.posModel().getFactory().getPOSContextGenerator(1);
  }

  private static String[] outcomes(Sequence s) {
    return s.getOutcomes().toArray(new String[0]);
  }

  @Test
  void choosesWhatABeamOfOneChoosesWithEveryOutcomeValid() {
    SequenceValidator<String> any = (i, seq, before, outcome) -> true;
    Sequence beam = new BeamSearch(1, CLASSIFIER).bestSequence(WORDS, null, contexts(), any);
    Sequence greedy = new GreedySequenceModel(CLASSIFIER).bestSequence(WORDS, null, contexts(), any);
    assertArrayEquals(outcomes(beam), outcomes(greedy));
    assertArrayEquals(beam.getProbs(), greedy.getProbs(), 1e-12);
    assertEquals(WORDS.length, greedy.getSize());
  }

  @Test
  void fallsBackToTheBestValidOutcomeAsABeamOfOneDoes() {
    // Refusing NOUN and DET everywhere forces the fallback at "junta", "vote", "capital" and the determiners.
    SequenceValidator<String> noNounsOrDeterminers =
        (i, seq, before, outcome) -> !outcome.equals("NOUN") && !outcome.equals("DET");
    SequenceValidator<String> any = (i, seq, before, outcome) -> true;
    Sequence unrestricted = new GreedySequenceModel(CLASSIFIER).bestSequence(WORDS, null, contexts(), any);
    Sequence beam = new BeamSearch(1, CLASSIFIER).bestSequence(WORDS, null, contexts(), noNounsOrDeterminers);
    Sequence greedy = new GreedySequenceModel(CLASSIFIER).bestSequence(WORDS, null, contexts(), noNounsOrDeterminers);
    assertArrayEquals(outcomes(beam), outcomes(greedy));
    assertArrayEquals(beam.getProbs(), greedy.getProbs(), 1e-12);
    assertNotEquals(String.join(" ", outcomes(unrestricted)), String.join(" ", outcomes(greedy)));
  }

  @Test
  void findsNoSequenceWhenNoOutcomeIsValid() {
    SequenceValidator<String> none = (i, seq, before, outcome) -> false;
    assertNull(new GreedySequenceModel(CLASSIFIER).bestSequence(WORDS, null, contexts(), none));
    assertEquals(0, new GreedySequenceModel(CLASSIFIER).bestSequences(3, WORDS, null, contexts(), none).length);
  }
}
