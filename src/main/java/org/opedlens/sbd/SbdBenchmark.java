package org.opedlens.sbd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.opedlens.nlp.EnglishModels;

/**
 * Measures what {@link SentenceSplitter} costs against OpenNLP's raw sentence detector, in the same JVM and the same
 * run, on the same documents. Two comparisons: split only, and split + tokenize every sentence with the same
 * OpenNLP tokenizer (the work the pipeline does next). Timing is paired per document: each document is processed
 * by both sides back to back (alternating which goes first) and each side's time is summed over the corpus, so
 * that load from other processes on a shared machine hits both sides alike. A round is one pass over the corpus;
 * the figure per side is the median round. Single thread.
 */
public final class SbdBenchmark {
  /** The limit: split + tokenize with the splitter costs at most 20 % more than with raw OpenNLP. */
  public static final double LIMIT_RATIO_SPLIT_TOKENIZE = 1.2;

  private final List<String> documents;
  private final int rounds;
  private final int warmupRounds;

  public SbdBenchmark(List<String> documents, int rounds, int warmupRounds) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no documents to benchmark");
    }
    if (rounds < 1 || warmupRounds < 0) {
      throw new IllegalArgumentException("need at least one measured round");
    }
    this.documents = documents;
    this.rounds = rounds;
    this.warmupRounds = warmupRounds;
  }

  /** Repeats the given texts until the corpus holds at least {@code minChars} characters. */
  public static List<String> repeatTo(List<String> texts, long minChars) {
    List<String> corpus = new ArrayList<>();
    if (texts.stream().allMatch(String::isEmpty)) {
      return corpus;
    }
    long chars = 0;
    while (chars < minChars) {
      for (String text : texts) {
        corpus.add(text);
        chars += text.length();
      }
    }
    return corpus;
  }

  /** One side's work on one document; returns a count (sentences or tokens) so the JIT cannot drop the work. */
  private interface Side {
    long run(String document);
  }

  public Map<String, Object> run() {
    SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());
    SentenceSplitter splitter = new SentenceSplitter();
    TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizerModel());

    Side rawSplit = doc -> detector.sentPosDetect(doc).length;
    Side oursSplit = doc -> splitter.split(doc).size();
    Side rawSplitTokenize = doc -> {
      long tokens = 0;
      for (Span span : detector.sentPosDetect(doc)) {
        tokens += tokenizer.tokenize(doc.substring(span.getStart(), span.getEnd())).length;
      }
      return tokens;
    };
    Side oursSplitTokenize = doc -> {
      long tokens = 0;
      for (Span span : splitter.split(doc)) {
        tokens += tokenizer.tokenize(doc.substring(span.getStart(), span.getEnd())).length;
      }
      return tokens;
    };

    long chars = 0;
    for (String doc : documents) {
      chars += doc.length();
    }
    long[][] splitTimes = measure(rawSplit, oursSplit);
    long[][] pipelineTimes = measure(rawSplitTokenize, oursSplitTokenize);
    double rawSplitSeconds = median(splitTimes[0]);
    double oursSplitSeconds = median(splitTimes[1]);
    double rawPipelineSeconds = median(pipelineTimes[0]);
    double oursPipelineSeconds = median(pipelineTimes[1]);

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("splitter_version", SentenceSplitter.VERSION);
    figures.put("documents", documents.size());
    figures.put("chars", chars);
    figures.put("rounds", rounds);
    figures.put("warmup_rounds", warmupRounds);
    figures.put("sentences_opennlp", total(rawSplit));
    figures.put("sentences_splitter", total(oursSplit));
    figures.put("tokens_opennlp", total(rawSplitTokenize));
    figures.put("tokens_splitter", total(oursSplitTokenize));
    figures.put("opennlp_split_seconds", rawSplitSeconds);
    figures.put("splitter_split_seconds", oursSplitSeconds);
    figures.put("opennlp_split_tokenize_seconds", rawPipelineSeconds);
    figures.put("splitter_split_tokenize_seconds", oursPipelineSeconds);
    figures.put("opennlp_split_chars_per_second", chars / rawSplitSeconds);
    figures.put("splitter_split_chars_per_second", chars / oursSplitSeconds);
    figures.put("ratio_split_only", oursSplitSeconds / rawSplitSeconds);
    figures.put("ratio_split_tokenize", oursPipelineSeconds / rawPipelineSeconds);
    figures.put("limit_ratio_split_tokenize", LIMIT_RATIO_SPLIT_TOKENIZE);
    figures.put("rounds_opennlp_split_tokenize_seconds", seconds(pipelineTimes[0]));
    figures.put("rounds_splitter_split_tokenize_seconds", seconds(pipelineTimes[1]));
    return figures;
  }

  private long total(Side side) {
    long count = 0;
    for (String doc : documents) {
      count += side.run(doc);
    }
    return count;
  }

  /** Nanoseconds per round for each side ([0] baseline, [1] candidate), paired per document. */
  private long[][] measure(Side baseline, Side candidate) {
    long sink = 0;
    for (int r = 0; r < warmupRounds; r++) {
      sink += total(baseline) + total(candidate);
    }
    long[][] nanos = new long[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int d = 0; d < documents.size(); d++) {
        String doc = documents.get(d);
        boolean baselineFirst = (d + r) % 2 == 0;
        Side first = baselineFirst ? baseline : candidate;
        Side second = baselineFirst ? candidate : baseline;
        long t0 = System.nanoTime();
        sink += first.run(doc);
        long t1 = System.nanoTime();
        sink += second.run(doc);
        long t2 = System.nanoTime();
        nanos[baselineFirst ? 0 : 1][r] += t1 - t0;
        nanos[baselineFirst ? 1 : 0][r] += t2 - t1;
      }
    }
    if (sink < 0) {
      throw new IllegalStateException("impossible count");
    }
    return nanos;
  }

  private static double[] seconds(long[] nanos) {
    double[] out = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      out[i] = nanos[i] / 1e9;
    }
    return out;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return middle / 1e9;
  }

  public static String summary(Map<String, Object> figures) {
    return String.format(Locale.ROOT,
        "sbd bench: %,d chars x %d rounds; split only: OpenNLP %.3f s, splitter %.3f s (ratio %.3f); "
            + "split+tokenize: OpenNLP %.3f s, splitter %.3f s (ratio %.3f, limit %.1f)",
        (Long) figures.get("chars"), (Integer) figures.get("rounds"),
        (Double) figures.get("opennlp_split_seconds"), (Double) figures.get("splitter_split_seconds"),
        (Double) figures.get("ratio_split_only"),
        (Double) figures.get("opennlp_split_tokenize_seconds"),
        (Double) figures.get("splitter_split_tokenize_seconds"),
        (Double) figures.get("ratio_split_tokenize"), LIMIT_RATIO_SPLIT_TOKENIZE);
  }
}
