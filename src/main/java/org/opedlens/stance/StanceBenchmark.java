package org.opedlens.stance;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.Span;
import org.opedlens.analysis.SharedResources;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sbd.SentenceSplitter;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.themes.ThemeTaxonomy;
import org.opedlens.util.Json;

/**
 * How much the trained stance models add to the sentence stage, single-threaded on the same text: the sentence
 * stage without stance (split, tokenize/tag/lemmatize, VADER, themes), the keyword + VADER baseline stance for both
 * targets, and the trained stance models for both targets. Prints the figures and writes them as JSON.
 * {@code jobs/bench-stance [--input DIR] [--repeat N] [--report FILE]}.
 */
public final class StanceBenchmark {
  private StanceBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of("datasets/sample");
    int repeat = 5;
    Path report = Path.of("target/bench/stance-speed.json");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> input = Path.of(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--report" -> report = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("usage: bench-stance [--input DIR] [--repeat N] [--report F]");
      }
    }
    List<String> texts = texts(input);
    Map<String, Object> result = run(texts, repeat);
    Json.write(report, result);
    System.out.printf(Locale.ROOT, "stance speed on %d chars x %d passes (after one warm-up pass), one thread:%n",
        result.get("chars"), repeat);
    System.out.printf(Locale.ROOT, "  sentence stage without stance  %8.3f s%n", result.get("sentence_stage_s"));
    System.out.printf(Locale.ROOT, "  baseline stance (2 targets)    %8.3f s  (+%.1f %%)%n",
        result.get("baseline_stance_s"), 100 * (double) result.get("baseline_overhead"));
    System.out.printf(Locale.ROOT, "  trained stance (2 targets)     %8.3f s  (+%.1f %%)%n",
        result.get("trained_stance_s"), 100 * (double) result.get("trained_overhead"));
    System.out.printf(Locale.ROOT, "  trained vs baseline sentence stage: x%.3f -> %s%n",
        result.get("stage_ratio_trained_vs_baseline"), report);
  }

  static List<String> texts(Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path file : files) {
        texts.add(Files.readString(file));
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no .txt files in " + dir);
    }
    return texts;
  }

  static Map<String, Object> run(List<String> texts, int repeat) {
    SharedResources resources = SharedResources.get();
    SentenceSplitter splitter = new SentenceSplitter();
    TextAnalyzer analyzer = new TextAnalyzer();
    VaderScorer vader = resources.vader();
    ThemeTaxonomy themes = resources.themes();
    List<StanceModel> trained = resources.stanceModels().subList(0, 2);
    List<LexiconStanceBaseline> baseline = List.of(new LexiconStanceBaseline(resources.autocracy()),
        new LexiconStanceBaseline(resources.democracy()));
    long chars = 0;
    long sentences = 0;
    double stage = 0;
    double base = 0;
    double model = 0;
    long sink = 0;
    for (int pass = 0; pass <= repeat; pass++) {
      boolean timed = pass > 0;
      for (String text : texts) {
        long t0 = System.nanoTime();
        List<TokenizedSentence> analyzed = new ArrayList<>();
        List<VaderScorer.Score> scores = new ArrayList<>();
        for (Span span : splitter.split(text)) {
          TokenizedSentence s = analyzer.analyze(text.substring(span.getStart(), span.getEnd()));
          analyzed.add(s);
          VaderScorer.Score v = vader.score(s.text());
          scores.add(v);
          sink += themes.match(s).size();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < analyzed.size(); i++) {
          for (LexiconStanceBaseline b : baseline) {
            sink += b.score(analyzed.get(i), scores.get(i)).label().ordinal();
          }
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < analyzed.size(); i++) {
          for (StanceModel m : trained) {
            sink += m.score(analyzed.get(i), scores.get(i)).label().ordinal();
          }
        }
        long t3 = System.nanoTime();
        if (timed) {
          stage += (t1 - t0) / 1e9;
          base += (t2 - t1) / 1e9;
          model += (t3 - t2) / 1e9;
          chars += text.length();
          sentences += analyzed.size();
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chars", chars);
    out.put("sentences", sentences);
    out.put("passes", repeat);
    out.put("sentence_stage_s", stage);
    out.put("baseline_stance_s", base);
    out.put("trained_stance_s", model);
    out.put("baseline_overhead", base / stage);
    out.put("trained_overhead", model / stage);
    out.put("stage_ratio_trained_vs_baseline", (stage + model) / (stage + base));
    out.put("trained_ms_per_1000_sentences", 1000 * model / sentences * 1000);
    out.put("models", List.of(trained.get(0).version(), trained.get(1).version()));
    out.put("checksum", sink);
    return out;
  }
}
