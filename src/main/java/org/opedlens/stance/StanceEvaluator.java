package org.opedlens.stance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opedlens.ml.ClassificationMetrics;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;

/**
 * Scores gold stance sentences (TSV with a header naming at least {@code text} and one column per target, e.g.
 * {@code gid, source, doc, autocracy, democracy, text}; labels FAVOR, AGAINST, NEUTRAL, ABSENT) and reports per
 * target: F1 of FAVOR and AGAINST, addressed-F1 (anything but ABSENT vs ABSENT), macro-F1 (mean of the FAVOR and
 * AGAINST F1 that have gold support), per-label precision/recall, the confusion matrix, and how well the
 * probabilities are calibrated; the keyword + VADER baseline is measured in the same run on the same sentences.
 */
public final class StanceEvaluator {
  static final List<String> LABELS = StanceTrainer.LABELS;
  static final List<String> ADDRESSED_LABELS = List.of("ADDRESSED", "ABSENT");
  static final int CALIBRATION_BINS = 10;

  private StanceEvaluator() {}

  /** One gold sentence: its id, its source (or ""), its text and the gold label per target column. */
  public record Gold(String id, String source, String text, Map<String, String> labels) {}

  /** A predicted label with the probability the predictor gives it (NaN when it has none). */
  public record Prediction(StanceLabel label, double probability) {}

  @FunctionalInterface
  public interface Predictor {
    Prediction predict(TokenizedSentence sentence, VaderScorer.Score vader);
  }

  public static List<Gold> readGold(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int text = header.indexOf("text");
    int id = header.contains("gid") ? header.indexOf("gid") : header.indexOf("id");
    int source = header.indexOf("source");
    if (text < 0) {
      throw new IllegalArgumentException(file + ": the header has no 'text' column");
    }
    List<Gold> gold = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != header.size()) {
        throw new IllegalArgumentException(file + ": a line has " + f.length + " fields, the header "
            + header.size());
      }
      Map<String, String> labels = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String value = f[c].strip().toUpperCase(Locale.ROOT);
        if (c != text && LABELS.contains(value)) {
          labels.put(header.get(c), value);
        }
      }
      gold.add(new Gold(id < 0 ? "" : f[id], source < 0 ? "" : f[source], f[text], labels));
    }
    return gold;
  }

  /** Per-target metrics for one predictor over one target's gold labels. */
  public static final class Tally {
    final ClassificationMetrics labels = new ClassificationMetrics(LABELS);
    final ClassificationMetrics addressed = new ClassificationMetrics(ADDRESSED_LABELS);
    final double[] binConfidence = new double[CALIBRATION_BINS];
    final long[] binCount = new long[CALIBRATION_BINS];
    final long[] binCorrect = new long[CALIBRATION_BINS];
    double brier;
    long probabilities;

    void add(String gold, Prediction p) {
      String predicted = p.label().name();
      labels.add(gold, predicted);
      addressed.add(gold.equals("ABSENT") ? "ABSENT" : "ADDRESSED",
          predicted.equals("ABSENT") ? "ABSENT" : "ADDRESSED");
      if (!Double.isNaN(p.probability())) {
        int bin = Math.min(CALIBRATION_BINS - 1, (int) (p.probability() * CALIBRATION_BINS));
        boolean correct = gold.equals(predicted);
        binConfidence[bin] += p.probability();
        binCount[bin]++;
        binCorrect[bin] += correct ? 1 : 0;
        brier += Math.pow(p.probability() - (correct ? 1 : 0), 2);
        probabilities++;
      }
    }

    public double f1(String label) {
      return labels.f1(label);
    }

    public double f1Addressed() {
      return addressed.f1("ADDRESSED");
    }

    public double macroF1() {
      return labels.macroF1(List.of("FAVOR", "AGAINST"));
    }

    /** Expected calibration error of the predicted label's probability (10 equal-width bins). */
    public double ece() {
      double ece = 0;
      for (int b = 0; b < CALIBRATION_BINS; b++) {
        if (binCount[b] > 0) {
          ece += Math.abs(binConfidence[b] / binCount[b] - (double) binCorrect[b] / binCount[b]) * binCount[b];
        }
      }
      return probabilities == 0 ? Double.NaN : ece / probabilities;
    }

    Map<String, Object> report() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("f1_favor", f1("FAVOR"));
      out.put("f1_against", f1("AGAINST"));
      out.put("f1_addressed", f1Addressed());
      out.put("macro_f1", macroF1());
      out.put("accuracy", labels.accuracy());
      Map<String, Object> perLabel = new LinkedHashMap<>();
      for (String label : LABELS) {
        perLabel.put(label, Map.of("precision", labels.precision(label), "recall", labels.recall(label), "f1",
            labels.f1(label), "support", labels.support(label)));
      }
      perLabel.put("ADDRESSED", Map.of("precision", addressed.precision("ADDRESSED"), "recall",
          addressed.recall("ADDRESSED"), "f1", addressed.f1("ADDRESSED"), "support", addressed.support("ADDRESSED")));
      out.put("per_label", perLabel);
      out.put("confusion", labels.confusionMatrix());
      if (probabilities > 0) {
        Map<String, Object> calibration = new LinkedHashMap<>();
        calibration.put("ece", ece());
        calibration.put("brier", brier / probabilities);
        out.put("calibration", calibration);
      }
      return out;
    }
  }

  /** A misclassified sentence, by id only (the gold text stays in the gold file). */
  public record Error(String id, String target, String gold, String predicted, double probability,
      List<String> cues) {}

  /**
   * The full report: {@code n}, then per target the model's figures with the baseline's in the same run under
   * {@code baseline}; {@code errors} collects the model's mistakes when not null.
   */
  public static Map<String, Object> evaluate(List<Gold> gold, List<StanceModel> models, List<Error> errors) {
    TextAnalyzer analyzer = new TextAnalyzer();
    VaderScorer vader = new VaderScorer();
    Map<String, Tally> model = new LinkedHashMap<>();
    Map<String, Tally> baseline = new LinkedHashMap<>();
    Map<String, LexiconStanceBaseline> baselines = new LinkedHashMap<>();
    for (StanceModel m : models) {
      model.put(m.target().name(), new Tally());
      baseline.put(m.target().name(), new Tally());
      baselines.put(m.target().name(), new LexiconStanceBaseline(m.target().lexicon()));
    }
    long n = 0;
    for (Gold g : gold) {
      TokenizedSentence sentence = analyzer.analyze(g.text());
      VaderScorer.Score score = vader.score(sentence.text());
      n++;
      for (StanceModel m : models) {
        String target = m.target().name();
        String goldLabel = g.labels().get(target);
        if (goldLabel == null) {
          throw new IllegalArgumentException("gold sentence " + g.id() + " has no label for target " + target);
        }
        StanceModel.Result r = m.score(sentence, score);
        model.get(target).add(goldLabel, new Prediction(r.label(), r.probability()));
        if (errors != null && !goldLabel.equals(r.label().name())) {
          errors.add(new Error(g.id(), target, goldLabel, r.label().name(), r.probability(), r.cues()));
        }
        baseline.get(target).add(goldLabel,
            new Prediction(baselines.get(target).score(sentence, score).label(), Double.NaN));
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("n", n);
    for (StanceModel m : models) {
      String target = m.target().name();
      Map<String, Object> section = model.get(target).report();
      section.put("model_version", m.version());
      section.put("baseline", baseline.get(target).report());
      section.put("baseline_version", LexiconStanceBaseline.VERSION);
      report.put(target, section);
    }
    return report;
  }

  /** The summary table the CLI prints. */
  @SuppressWarnings("unchecked")
  public static String table(Map<String, Object> report, List<String> targets) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "stance on %s sentences (baseline = keyword + VADER, same run)%n",
        report.get("n")));
    out.append(String.format(Locale.ROOT, "%-12s %-9s %9s %10s %12s %9s %6s%n", "target", "scorer", "f1_favor",
        "f1_against", "f1_addressed", "macro_f1", "ece"));
    for (String target : targets) {
      Map<String, Object> section = (Map<String, Object>) report.get(target);
      for (String scorer : List.of("model", "baseline")) {
        Map<String, Object> s = scorer.equals("model") ? section : (Map<String, Object>) section.get("baseline");
        Object calibration = s.get("calibration");
        String ece = calibration == null ? "-"
            : String.format(Locale.ROOT, "%.3f", ((Map<String, Object>) calibration).get("ece"));
        out.append(String.format(Locale.ROOT, "%-12s %-9s %9.3f %10.3f %12.3f %9.3f %6s%n", target, scorer,
            s.get("f1_favor"), s.get("f1_against"), s.get("f1_addressed"), s.get("macro_f1"), ece));
      }
    }
    return out.toString();
  }
}
