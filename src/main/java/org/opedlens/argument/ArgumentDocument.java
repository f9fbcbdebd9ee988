package org.opedlens.argument;

import java.util.List;
import org.opedlens.nlp.TokenizedSentence;

/**
 * A document as the argument models see it: its sentences (or argumentative units) in order and, when known, the
 * paragraph each one is in. The same view is built at run time (from the pipeline's sentences), at training time
 * (from the team's labelled sentences) and at evaluation time (from the reference units or paragraphs), so every
 * feature is computed the same way everywhere.
 */
public record ArgumentDocument(List<TokenizedSentence> sentences, int[] paragraphs) {
  public ArgumentDocument {
    if (paragraphs.length != sentences.size()) {
      throw new IllegalArgumentException(paragraphs.length + " paragraph numbers for " + sentences.size()
          + " sentences");
    }
  }

  /** A document without paragraph information (every sentence in paragraph 0). */
  public static ArgumentDocument flat(List<TokenizedSentence> sentences) {
    return new ArgumentDocument(sentences, new int[sentences.size()]);
  }

  public int size() {
    return sentences.size();
  }

  public TokenizedSentence sentence(int i) {
    return sentences.get(i);
  }
}
