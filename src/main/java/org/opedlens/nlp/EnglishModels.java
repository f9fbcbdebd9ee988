package org.opedlens.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English UD models (Maven Central, opennlp-models-*-en 1.3.0), each loaded once per JVM (on a cluster,
 * once per executor) on first use. Models are immutable and thread-safe; the *ME tools built from them are not,
 * so callers create tools per partition or per thread.
 */
public final class EnglishModels {
  public static final String VERSION = "opennlp-en-ud-ewt-1.3-2.5.4";

  private EnglishModels() {}

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String kind, ModelReader<T> reader) {
    String name = "/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
    try (InputStream in = EnglishModels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // One holder class per model: the JVM initialises each lazily and exactly once.
  private static final class Sentences {
    static final SentenceModel MODEL = load("sentence", SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load("tokens", TokenizerModel::new);
  }

  /**
   * The same tokenizer model with OpenNLP's alphanumeric fast path on: a word of letters and digits only is one
   * token without asking the classifier at each of its characters. The shipped model has the fast path off; with
   * it on, 13,334 sentences of the team's data gave the same tokens and 4,643 real op-ed sentences differed in 2
   * ("AKP", "hangups" kept whole, which the classifier had split), at about a quarter of the time.
   */
  private static final class FastTokens {
    static final TokenizerModel MODEL = load("tokens", in -> {
      TokenizerModel shipped = new TokenizerModel(in);
      TokenizerFactory factory = shipped.getFactory();
      MaxentModel classifier = shipped.getArtifact("token.model");
      return new TokenizerModel(classifier, null, new TokenizerFactory(shipped.getLanguage(),
          factory.getAbbreviationDictionary(), true, factory.getAlphaNumericPattern()));
    });
  }

  private static final class Pos {
    static final POSModel MODEL = load("pos", POSModel::new);
  }

  /**
   * The same POS model with a beam of one. Its manifest asks for a beam of three, but its feature generator caches
   * each token's features (previous tags included) the first time a position is seen, so every hypothesis in the
   * beam scores the same context and the best sequence is the greedy one: beam search only evaluated each token
   * three times. So it tags greedily ({@link GreedySequenceModel}: no beam to keep, no scores to sort). Loaded from
   * its own copy of the file, so the shipped model and its factory stay untouched.
   */
  private static final class GreedyPos {
    static final POSModel MODEL = load("pos", in -> {
      POSModel shipped = new POSModel(in);
      MaxentModel classifier = shipped.getArtifact("pos.model");
      return new POSModel(shipped.getLanguage(), new GreedySequenceModel(classifier), Map.of("BeamSize", "1"),
          shipped.getFactory());
    });
  }

  private static final class Lemmas {
    static final LemmatizerModel MODEL = load("lemmas", LemmatizerModel::new);
  }

  public static SentenceModel sentenceModel() {
    return Sentences.MODEL;
  }

  /** The tokenizer model as shipped: what a plain OpenNLP user runs; the bench ceiling uses it. */
  public static TokenizerModel tokenizerModel() {
    return Tokens.MODEL;
  }

  /** The tokenizer model the pipeline uses: the shipped one with the alphanumeric fast path on. */
  public static TokenizerModel fastTokenizerModel() {
    return FastTokens.MODEL;
  }

  /** The POS model as shipped (beam search of three): what a plain OpenNLP user runs; the bench ceiling uses it. */
  public static POSModel posModel() {
    return Pos.MODEL;
  }

  /** The POS model the pipeline tags with: the same tags as {@link #posModel()}, in about half the time. */
  public static POSModel greedyPosModel() {
    return GreedyPos.MODEL;
  }

  public static LemmatizerModel lemmatizerModel() {
    return Lemmas.MODEL;
  }
}
