package org.opedlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.TextAnalyzer;

/**
 * The raw OpenNLP ceiling: one thread doing nothing but sentence detection + tokenization + POS tagging over a
 * sample of the run's own text, after a warm-up pass. No pipeline can analyse text faster per core than this, so
 * {@code chars_per_s / (ceiling × cores)} says how much of the machine the pipeline turns into analysis.
 *
 * <p>The ceiling uses the tokenizer and POS models as shipped, as plain OpenNLP does. The pipeline runs them with
 * two settings that give the same output for less work (the tokenizer's alphanumeric fast path,
 * {@link EnglishModels#fastTokenizerModel()}; greedy POS tagging, {@link EnglishModels#greedyPosModel()}), so the
 * same work with those settings is measured too: the "tuned" ceiling, a stricter one for our own ratio.
 *
 * <p>Also measured on the same sample, for the lemma question: the statistical lemmatizer alone (no cache), and
 * our own {@link TextAnalyzer} (tokenize + tag + cached lemmas), so the report shows what lemmas cost.
 */
public final class CeilingMeter {
  private CeilingMeter() {}

  /** Single-thread speeds over one sample, chars per second, best of the repeats. */
  public record Result(long sampleChars, int sampleDocs, int repeats, double ceilingCharsPerS,
      double ceilingCharsPerCpuS, double ceilingTokensPerS, double tunedCharsPerS,
      double tunedCharsPerCpuS, double analyzerCharsPerS,
      double statisticalLemmatizerCharsPerS, long lemmatizerSampleChars) {
    public Map<String, Object> describe() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("sample_chars", sampleChars);
      d.put("sample_docs", sampleDocs);
      d.put("repeats", repeats);
      d.put("single_thread_chars_per_s", ceilingCharsPerS);
      d.put("single_thread_chars_per_cpu_s", ceilingCharsPerCpuS);
      d.put("single_thread_tokens_per_s", ceilingTokensPerS);
      d.put("tuned_single_thread_chars_per_s", tunedCharsPerS);
      d.put("tuned_single_thread_chars_per_cpu_s", tunedCharsPerCpuS);
      d.put("text_analyzer_chars_per_s", analyzerCharsPerS);
      d.put("statistical_lemmatizer_chars_per_s", statisticalLemmatizerCharsPerS);
      d.put("statistical_lemmatizer_sample_chars", lemmatizerSampleChars);
      return d;
    }
  }

  /**
   * Measures on {@code texts} (whole documents). The first pass warms the JIT up and is not counted; then the
   * best of {@code repeats} timed passes is kept: the ceiling is a best case, and the machine may be shared.
   */
  public static Result measure(List<String> texts, int repeats, long lemmatizerChars) {
    SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizerModel());
    POSTaggerME tagger = new POSTaggerME(EnglishModels.posModel());
    long chars = 0;
    for (String text : texts) {
      chars += text.length();
    }
    Speed shipped = bestOf(texts, chars, repeats, detector, tokenizer, tagger);
    // The same work with the pipeline's own tokenizer and tagger settings (see EnglishModels.fastTokenizerModel
    // and greedyPosModel: the same tokens and tags, or nearly, for less work).
    Speed tuned = bestOf(texts, chars, repeats, detector, new TokenizerME(EnglishModels.fastTokenizerModel()),
        new POSTaggerME(EnglishModels.greedyPosModel()));

    // Our analyzer over the same sentences: tokenization + tagging + lemmas from the per-JVM cache.
    TextAnalyzer analyzer = new TextAnalyzer();
    double bestAnalyzer = 0;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      for (String text : texts) {
        for (Span span : detector.sentPosDetect(text)) {
          analyzer.analyze(text.substring(span.getStart(), span.getEnd()));
        }
      }
      bestAnalyzer = Math.max(bestAnalyzer, chars / ((System.nanoTime() - start) / 1e9));
    }

    // The statistical lemmatizer alone, uncached, on a part of the sample (it is slow).
    LemmatizerME lemmatizer = new LemmatizerME(EnglishModels.lemmatizerModel());
    long lemmaChars = 0;
    long lemmaNanos = 0;
    boolean warm = false;
    for (String text : texts) {
      if (lemmaChars >= lemmatizerChars) {
        break;
      }
      for (Span span : detector.sentPosDetect(text)) {
        String[] tokens = tokenizer.tokenize(text.substring(span.getStart(), span.getEnd()));
        String[] tags = tagger.tag(tokens);
        long start = System.nanoTime();
        lemmatizer.lemmatize(tokens, tags);
        if (warm) {
          lemmaNanos += System.nanoTime() - start;
        }
      }
      if (warm) {
        lemmaChars += text.length();
      }
      warm = true;
    }
    double lemmaSpeed = lemmaNanos == 0 ? 0 : lemmaChars / (lemmaNanos / 1e9);
    return new Result(chars, texts.size(), repeats, shipped.charsPerS, shipped.charsPerCpuS, shipped.tokensPerS,
        tuned.charsPerS, tuned.charsPerCpuS, bestAnalyzer, lemmaSpeed, lemmaChars);
  }

  private record Speed(double charsPerS, double charsPerCpuS, double tokensPerS) {}

  /** One warm-up pass, then the best of {@code repeats} timed passes (wall and thread CPU time kept apart). */
  private static Speed bestOf(List<String> texts, long chars, int repeats, SentenceDetectorME detector,
      TokenizerME tokenizer, POSTaggerME tagger) {
    passSentTokPos(texts, detector, tokenizer, tagger);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    double bestTokens = 0;
    double bestPerCpu = 0;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long tokens = passSentTokPos(texts, detector, tokenizer, tagger);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      if (chars / seconds > best) {
        best = chars / seconds;
        bestTokens = tokens / seconds;
      }
      if (cpuSeconds > 0) {
        bestPerCpu = Math.max(bestPerCpu, chars / cpuSeconds);
      }
    }
    return new Speed(best, bestPerCpu, bestTokens);
  }

  private static long passSentTokPos(List<String> texts, SentenceDetectorME detector, TokenizerME tokenizer,
      POSTaggerME tagger) {
    long tokens = 0;
    for (String text : texts) {
      for (Span span : detector.sentPosDetect(text)) {
        String[] sentenceTokens = tokenizer.tokenize(text.substring(span.getStart(), span.getEnd()));
        tagger.tag(sentenceTokens);
        tokens += sentenceTokens.length;
      }
    }
    return tokens;
  }
}
