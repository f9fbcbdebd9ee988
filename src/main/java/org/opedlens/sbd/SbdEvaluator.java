package org.opedlens.sbd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Scores {@link SentenceSplitter} on golden rules. A rule passes when the produced sentences, trimmed, equal the
 * expected list, trimmed. Boundaries are compared as offsets into the text with all white space removed, so that
 * a gold file that drops or changes white space still lines up; the end of the text is not counted as a boundary.
 */
public final class SbdEvaluator {
  private SbdEvaluator() {}

  public record Failure(String id, String name, String text, List<String> expected, List<String> produced) {}

  public record Report(String gold, String splitterVersion, int rulesTotal, int rulesPassed,
      List<String> rulesUnreachable, long goldBoundaries, long producedBoundaries, long correctBoundaries,
      List<Failure> failures) {

    public double precision() {
      return producedBoundaries == 0 ? 1.0 : (double) correctBoundaries / producedBoundaries;
    }

    public double recall() {
      return goldBoundaries == 0 ? 1.0 : (double) correctBoundaries / goldBoundaries;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The report as written by {@code evaluate sbd}: the keys first, then detail. */
    public Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("gold", gold);
      json.put("splitter_version", splitterVersion);
      json.put("rules_total", rulesTotal);
      json.put("rules_passed", rulesPassed);
      json.put("boundary_precision", precision());
      json.put("boundary_recall", recall());
      json.put("boundary_f1", f1());
      json.put("gold_boundaries", goldBoundaries);
      json.put("produced_boundaries", producedBoundaries);
      json.put("correct_boundaries", correctBoundaries);
      json.put("rules_unreachable_by_substrings", rulesUnreachable);
      List<Map<String, Object>> failureList = new ArrayList<>();
      for (Failure failure : failures) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", failure.id());
        node.put("name", failure.name());
        node.put("text", failure.text());
        node.put("expected", failure.expected());
        node.put("produced", failure.produced());
        failureList.add(node);
      }
      json.put("failures", failureList);
      return json;
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "sbd %s: %d/%d rules passed, boundary P=%.4f R=%.4f F1=%.4f (%d gold, %d produced, %d correct)",
          gold, rulesPassed, rulesTotal, precision(), recall(), f1(), goldBoundaries, producedBoundaries,
          correctBoundaries);
    }
  }

  public static Report evaluate(String goldName, List<GoldenRule> rules) {
    SentenceSplitter splitter = new SentenceSplitter();
    int passed = 0;
    long gold = 0;
    long produced = 0;
    long correct = 0;
    List<Failure> failures = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (GoldenRule rule : rules) {
      String text = rule.text();
      List<String> sentences = new ArrayList<>();
      List<Span> spans = splitter.split(text);
      for (Span span : spans) {
        sentences.add(text.substring(span.getStart(), span.getEnd()));
      }
      List<String> expected = new ArrayList<>();
      for (String sentence : rule.expected()) {
        expected.add(sentence.strip());
      }
      List<String> trimmed = new ArrayList<>();
      for (String sentence : sentences) {
        trimmed.add(sentence.strip());
      }
      if (trimmed.equals(expected)) {
        passed++;
      } else {
        failures.add(new Failure(rule.id(), rule.name(), text, rule.expected(), sentences));
      }
      if (!rule.reachableBySubstrings()) {
        unreachable.add(rule.id());
      }
      Set<Integer> goldSet = expectedBoundaries(text, rule.expected());
      Set<Integer> producedSet = producedBoundaries(text, spans);
      gold += goldSet.size();
      produced += producedSet.size();
      for (Integer boundary : producedSet) {
        if (goldSet.contains(boundary)) {
          correct++;
        }
      }
    }
    return new Report(goldName, SentenceSplitter.VERSION, rules.size(), passed, unreachable, gold, produced,
        correct, failures);
  }

  private static String withoutSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Chars.isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Expected sentence ends, located in the space-free text in order (robust to dropped white space). */
  static Set<Integer> expectedBoundaries(String text, List<String> expected) {
    String compact = withoutSpace(text);
    Set<Integer> boundaries = new HashSet<>();
    int cursor = 0;
    for (String sentence : expected) {
      String piece = withoutSpace(sentence);
      int at = compact.indexOf(piece, cursor);
      cursor = (at < 0 ? cursor : at) + piece.length();
      if (cursor < compact.length()) {
        boundaries.add(cursor);
      }
    }
    return boundaries;
  }

  static Set<Integer> producedBoundaries(String text, List<Span> spans) {
    int total = withoutSpace(text).length();
    Set<Integer> boundaries = new HashSet<>();
    int position = 0;
    int counted = 0;
    for (Span span : spans) {
      for (; position < span.getEnd(); position++) {
        char c = text.charAt(position);
        if (!Character.isWhitespace(c) && !Chars.isSpace(c)) {
          counted++;
        }
      }
      if (counted < total) {
        boundaries.add(counted);
      }
    }
    return boundaries;
  }
}
