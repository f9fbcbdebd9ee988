package org.opedlens.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Tokenizes, POS-tags (UD tags) and lemmatizes sentences with OpenNLP. Not thread-safe (the *ME tools are not):
 * make one per partition or thread. Lemmas come from a per-JVM cache keyed by (token, tag): the statistical
 * lemmatizer costs about 8x the POS tagger, and a (word, tag) pair's lemma never changes, so after warm-up almost
 * every lookup is a hash hit.
 */
public final class TextAnalyzer {
  /** Bounded so that a pathological corpus cannot grow the cache without limit; misses are then computed. */
  private static final int LEMMA_CACHE_LIMIT = 500_000;

  /**
   * tag → (lower-case token → lemma). Two levels rather than one map keyed by "token + tag": a lookup then
   * allocates nothing (tags are the model's own String instances, their hashes cached).
   */
  private static final Map<String, Map<String, String>> LEMMA_CACHE = new ConcurrentHashMap<>();
  private static final AtomicInteger LEMMA_CACHE_ENTRIES = new AtomicInteger();
  private static final LongAdder LEMMA_LOOKUPS = new LongAdder();
  private static final LongAdder LEMMA_MODEL_CALLS = new LongAdder();
  private static final LongAdder LEMMA_MODEL_NANOS = new LongAdder();

  /** What the lemma cache did in this JVM so far: lookups, statistical-model calls (misses) and their time. */
  public record LemmaStats(long lookups, long modelCalls, long modelNanos, int cacheEntries) {
    public double hitRate() {
      return lookups == 0 ? 0 : 1.0 - (double) modelCalls / lookups;
    }
  }

  public static LemmaStats lemmaStats() {
    return new LemmaStats(LEMMA_LOOKUPS.sum(), LEMMA_MODEL_CALLS.sum(), LEMMA_MODEL_NANOS.sum(),
        LEMMA_CACHE_ENTRIES.get());
  }

  private final TokenizerME tokenizer = new TokenizerME(EnglishModels.fastTokenizerModel());
  private final POSTaggerME tagger = new POSTaggerME(EnglishModels.greedyPosModel());
  private LemmatizerME lemmatizer;

  /** Folds curly quotes and apostrophes to ASCII, one char for one char, so offsets stay valid. */
  public static String foldQuotes(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = switch (c) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
        default -> c;
      };
      if (folded != c) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, folded);
      }
    }
    return out == null ? text : out.toString();
  }

  public String[] tokenize(String sentence) {
    return tokenizer.tokenize(foldQuotes(sentence));
  }

  public TokenizedSentence analyze(String sentence) {
    String[] tokens = tokenize(sentence);
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    String[] tags = tagger.tag(tokens);
    String[] lemmas = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lemmas[i] = lemma(lower[i], tags[i]);
    }
    return new TokenizedSentence(sentence, tokens, lower, tags, lemmas);
  }

  private String lemma(String lowerToken, String tag) {
    if (!Character.isLetter(lowerToken.isEmpty() ? ' ' : lowerToken.charAt(0))) {
      return lowerToken;
    }
    LEMMA_LOOKUPS.increment();
    Map<String, String> byToken = LEMMA_CACHE.get(tag);
    if (byToken == null) {
      byToken = LEMMA_CACHE.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
    }
    String cached = byToken.get(lowerToken);
    if (cached != null) {
      return cached;
    }
    if (lemmatizer == null) {
      lemmatizer = new LemmatizerME(EnglishModels.lemmatizerModel());
    }
    long start = System.nanoTime();
    String lemma = lemmatizer.lemmatize(new String[] {lowerToken}, new String[] {tag})[0];
    LEMMA_MODEL_NANOS.add(System.nanoTime() - start);
    LEMMA_MODEL_CALLS.increment();
    if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")) {
      lemma = lowerToken;
    }
    lemma = lemma.toLowerCase(Locale.ROOT);
    if (LEMMA_CACHE_ENTRIES.get() < LEMMA_CACHE_LIMIT && byToken.putIfAbsent(lowerToken, lemma) == null) {
      LEMMA_CACHE_ENTRIES.incrementAndGet();
    }
    return lemma;
  }
}
