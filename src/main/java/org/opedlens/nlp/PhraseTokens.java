package org.opedlens.nlp;

import java.util.Locale;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Tokenizes lexicon terms and patterns with the same OpenNLP tokenizer as the sentences they are matched against,
 * so "kim jong-un" or "u.s." split the same way on both sides. Used when lexicons load, once per JVM.
 */
public final class PhraseTokens {
  private PhraseTokens() {}

  private static TokenizerME tokenizer;

  public static synchronized String[] of(String phrase) {
    String[] tokens = cased(phrase);
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    return tokens;
  }

  /** Tokens with their case kept, for case-sensitive gazetteers ("US" the country, not "us"). */
  public static synchronized String[] cased(String phrase) {
    if (tokenizer == null) {
      tokenizer = new TokenizerME(EnglishModels.fastTokenizerModel());
    }
    return tokenizer.tokenize(TextAnalyzer.foldQuotes(phrase.strip()));
  }
}
