package org.opedlens.sentiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opedlens.ml.ClassificationMetrics;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Scores a gold file of rated sentences (TSV {@code id, mean_rating, text}, rating −4..+4) and reports Pearson r
 * and 3-class macro-F1/accuracy (gold positive above 0.2, negative below −0.2), for the model and, measured in the
 * same run on the same sentences, for plain VADER as the baseline and for the editorial rules alone (the model's
 * prior; both labelled by VADER's own cut, compound ±0.05).
 */
public final class SentimentEvaluator {
  static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  private SentimentEvaluator() {}

  public record Gold(String id, double rating, String text) {}

  public static List<Gold> readGold(Path file) throws IOException {
    List<Gold> gold = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        gold.add(new Gold(f[0], Double.parseDouble(f[1]), f[2]));
      }
    }
    return gold;
  }

  public static Map<String, Object> evaluate(List<Gold> gold, SentimentModel model, VaderScorer vader) {
    TextAnalyzer analyzer = new TextAnalyzer();
    double[] truth = new double[gold.size()];
    double[] predicted = new double[gold.size()];
    double[] baseline = new double[gold.size()];
    double[] rules = new double[gold.size()];
    ClassificationMetrics modelClasses = new ClassificationMetrics(CLASSES);
    ClassificationMetrics vaderClasses = new ClassificationMetrics(CLASSES);
    ClassificationMetrics ruleClasses = new ClassificationMetrics(CLASSES);
    for (int i = 0; i < gold.size(); i++) {
      Gold g = gold.get(i);
      TokenizedSentence sentence = analyzer.analyze(g.text());
      SentimentModel.Result result = model.score(sentence);
      double compound = vader.score(g.text()).compound();
      truth[i] = g.rating();
      predicted[i] = result.rating();
      baseline[i] = compound;
      rules[i] = result.rules().compound();
      String goldClass = SentimentModel.goldLabel(g.rating());
      modelClasses.add(goldClass, result.label());
      vaderClasses.add(goldClass, compoundLabel(compound));
      ruleClasses.add(goldClass, compoundLabel(rules[i]));
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("n", gold.size());
    report.put("pearson_r", ClassificationMetrics.pearson(predicted, truth));
    report.put("macro_f1", modelClasses.macroF1(CLASSES));
    report.put("accuracy", modelClasses.accuracy());
    report.put("model_version", model.version());
    report.put("labels_from", model.hasLabelModel() ? "label classifier" : "rating cut at the neutral band");
    report.put("neutral_band", model.neutralBand());
    report.put("confusion", modelClasses.confusionMatrix());
    Map<String, Object> vaderReport = new LinkedHashMap<>();
    vaderReport.put("pearson_r", ClassificationMetrics.pearson(baseline, truth));
    vaderReport.put("macro_f1", vaderClasses.macroF1(CLASSES));
    vaderReport.put("accuracy", vaderClasses.accuracy());
    report.put("baseline_vader", vaderReport);
    Map<String, Object> ruleReport = new LinkedHashMap<>();
    ruleReport.put("pearson_r", ClassificationMetrics.pearson(rules, truth));
    ruleReport.put("macro_f1", ruleClasses.macroF1(CLASSES));
    ruleReport.put("accuracy", ruleClasses.accuracy());
    report.put("editorial_rules", ruleReport);
    return report;
  }

  /** VADER's own cut on a compound score. */
  static String compoundLabel(double compound) {
    return compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
  }
}
