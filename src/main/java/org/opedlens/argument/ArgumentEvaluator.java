package org.opedlens.argument;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
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
import org.opedlens.util.Json;

/**
 * Evaluates the evidence-type classifier on editorials split into argumentative units (the Webis-Editorials-16
 * JSONL form: one unit per line with {@code doc_id, paragraph, label, text}). Every unit of a document, in order,
 * with its paragraph, forms the document the model sees (so position and neighbour features work as in a run);
 * the title row stays in the document but, like the no-unit rows (which are left out entirely), is not scored.
 * Each scored unit is classified into the six unit types ({@link ArgumentModel#evidence(ArgumentDocument, List)}:
 * the unit with its paragraph neighbours, as in a run). Two baselines are measured in the same run on the same
 * units: the majority type and plain cue rules.
 */
public final class ArgumentEvaluator {
  public static final String TITLE = "title";
  public static final String NO_UNIT = "no-unit";

  private ArgumentEvaluator() {}

  public record Unit(String docId, int paragraph, String label, String text) {}

  public static List<Unit> readUnits(Path file) throws IOException {
    List<Unit> units = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = Json.MAPPER.readTree(line);
        units.add(new Unit(node.get("doc_id").asText(), node.path("paragraph").asInt(0),
            node.get("label").asText(), node.get("text").asText()));
      }
    }
    return units;
  }

  /** Units grouped by document, in file order, no-unit rows dropped. */
  static List<List<Unit>> documents(List<Unit> units) {
    Map<String, List<Unit>> docs = new LinkedHashMap<>();
    for (Unit u : units) {
      if (!u.label().equals(NO_UNIT) && !u.text().isBlank()) {
        docs.computeIfAbsent(u.docId(), k -> new ArrayList<>()).add(u);
      }
    }
    return new ArrayList<>(docs.values());
  }

  /** The rule baseline: cue classes alone, in a fixed order of precedence (the cue rules of the model's vote). */
  static String ruleType(ArgumentFeatures.Cues c) {
    return ArgumentModel.cueType(c);
  }

  public static Map<String, Object> evaluate(List<Unit> units, ArgumentModel model) {
    TextAnalyzer analyzer = new TextAnalyzer();
    List<String> types = ArgumentModel.EVIDENCE_TYPES;
    ClassificationMetrics metrics = new ClassificationMetrics(types);
    ClassificationMetrics majority = new ClassificationMetrics(types);
    ClassificationMetrics rules = new ClassificationMetrics(types);
    int documents = 0;
    for (List<Unit> doc : documents(units)) {
      List<TokenizedSentence> sentences = new ArrayList<>(doc.size());
      int[] paragraphs = new int[doc.size()];
      for (int i = 0; i < doc.size(); i++) {
        sentences.add(analyzer.analyze(doc.get(i).text()));
        paragraphs[i] = doc.get(i).paragraph();
      }
      ArgumentDocument view = new ArgumentDocument(sentences, paragraphs);
      List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(view);
      List<double[]> evidence = model.evidence(view, cues);
      documents++;
      for (int i = 0; i < doc.size(); i++) {
        String gold = doc.get(i).label();
        if (!types.contains(gold)) {
          continue;
        }
        metrics.add(gold, types.get(ArgumentModel.argmax(evidence.get(i))));
        majority.add(gold, "assumption");
        rules.add(gold, ruleType(cues.get(i)));
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("n", metrics.n());
    report.put("documents", documents);
    report.put("macro_f1", metrics.macroF1(types));
    report.put("accuracy", metrics.accuracy());
    report.put("per_label_f1", perLabelF1(metrics, types));
    report.put("model_version", model.version());
    report.put("detail", metrics.report());
    report.put("baseline_majority", summary(majority, types));
    report.put("baseline_cue_rules", summary(rules, types));
    return report;
  }

  static Map<String, Object> perLabelF1(ClassificationMetrics metrics, List<String> labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String label : labels) {
      out.put(label, metrics.f1(label));
    }
    return out;
  }

  static Map<String, Object> summary(ClassificationMetrics metrics, List<String> labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("macro_f1", metrics.macroF1(labels));
    out.put("accuracy", metrics.accuracy());
    out.put("per_label_f1", perLabelF1(metrics, labels));
    return out;
  }
}
