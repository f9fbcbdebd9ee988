package org.opedlens.argument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.opedlens.ml.ClassificationMetrics;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sbd.SentenceSplitter;

/**
 * Evaluates argument roles on persuasive essays in CoNLL BIO form (tab-separated {@code idx, token, _, _, label},
 * labels such as B-MajorClaim, I-Claim:For, I-Premise, O; a blank line between paragraphs). Paragraphs are grouped into
 * essays: a paragraph that is one short line without sentence-final punctuation and no argument component is an essay's
 * title and starts a new essay (so is a line of at most eight tokens with a full stop and no component). Each
 * paragraph's tokens are joined with spaces (split contractions and possessives such as "It ' s" joined back, {@link
 * #joinsPrevious}) and split into sentences by the project's {@link SentenceSplitter}; a sentence's gold label is the
 * component type (MajorClaim, Claim, Premise) that covers most of its tokens, or {@code none} when more of its tokens
 * lie outside any component than in the largest type. The model sees each essay as one document with its paragraphs;
 * its output maps is_thesis → MajorClaim, claim → Claim, premise → Premise, none → none. Macro-F1 is over the four
 * labels. Baselines measured in the same run: the majority label, and a position rule (last sentence of the first
 * paragraph and first sentence of the last paragraph → MajorClaim, first sentence of a body paragraph → Claim, other
 * body sentences → Premise, the rest none).
 */
public final class EssayEvaluator {
  public static final List<String> LABELS = List.of("MajorClaim", "Claim", "Premise", "none");
  static final int TITLE_MAX_TOKENS = 30;
  static final int TITLE_WITH_STOP_MAX_TOKENS = 8;

  private EssayEvaluator() {}

  /** One paragraph: tokens and their BIO labels. */
  public record Paragraph(List<String> tokens, List<String> labels) {}

  /** One gold sentence of an essay. */
  record GoldSentence(int paragraph, TokenizedSentence sentence, String label) {}

  public static List<Paragraph> readConll(Path file) throws IOException {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          paragraphs.add(new Paragraph(tokens, labels));
          tokens = new ArrayList<>();
          labels = new ArrayList<>();
        }
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 5) {
        throw new IOException(file + ": expected 5 tab-separated columns: " + line);
      }
      tokens.add(f[1]);
      labels.add(f[4]);
    }
    if (!tokens.isEmpty()) {
      paragraphs.add(new Paragraph(tokens, labels));
    }
    return paragraphs;
  }

  /** The component type of a BIO label: B-Claim:For → Claim; O → none. */
  static String componentType(String bio) {
    if (bio.equals("O") || bio.length() < 3) {
      return "none";
    }
    String type = bio.substring(2);
    int colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(0, colon);
  }

  static boolean isTitle(Paragraph p) {
    if (p.tokens().size() > TITLE_MAX_TOKENS) {
      return false;
    }
    for (String label : p.labels()) {
      if (!label.equals("O")) {
        return false;
      }
    }
    // A line this short with no component is a title even when it ends on a full stop ("Living in a big city."):
    // no paragraph of an essay's body is that short and free of argument.
    if (p.tokens().size() <= TITLE_WITH_STOP_MAX_TOKENS) {
      return true;
    }
    String last = p.tokens().get(p.tokens().size() - 1);
    return !(last.equals(".") || last.equals("!"));
  }

  /** Paragraphs grouped into essays at title paragraphs. */
  static List<List<Paragraph>> essays(List<Paragraph> paragraphs) {
    List<List<Paragraph>> essays = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (essays.isEmpty() || isTitle(p)) {
        essays.add(new ArrayList<>());
      }
      essays.get(essays.size() - 1).add(p);
    }
    return essays;
  }

  /** The label covering most tokens; none when tokens outside components outnumber every type. */
  static String majorityLabel(List<String> bio) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String label : bio) {
      counts.merge(componentType(label), 1, Integer::sum);
    }
    String best = "none";
    int bestCount = counts.getOrDefault("none", 0);
    for (String type : List.of("MajorClaim", "Claim", "Premise")) {
      int c = counts.getOrDefault(type, 0);
      if (c > bestCount) {
        best = type;
        bestCount = c;
      }
    }
    return best;
  }

  private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "t", "re", "ve", "ll", "d", "m");

  private static boolean isApostrophe(String token) {
    return token.equals("'") || token.equals("\u2019");
  }

  /**
   * Whether token {@code t} is written without a space before it in the original text: the CoNLL form splits
   * contractions and possessives into three tokens ("It ' s", "don ’ t", "person ' s"); they are joined back
   * ("It's", "don’t") so that the model sees the text as it was written, not as tokenised for the corpus.
   */
  static boolean joinsPrevious(List<String> tokens, int t) {
    String token = tokens.get(t);
    if (isApostrophe(token)) {
      return t + 1 < tokens.size() && CLITICS.contains(tokens.get(t + 1).toLowerCase(java.util.Locale.ROOT));
    }
    return t >= 2 && isApostrophe(tokens.get(t - 1)) && CLITICS.contains(token.toLowerCase(java.util.Locale.ROOT));
  }

  /** An essay's sentences with gold labels. */
  static List<GoldSentence> sentences(List<Paragraph> essay, SentenceSplitter splitter, TextAnalyzer analyzer) {
    List<GoldSentence> out = new ArrayList<>();
    for (int p = 0; p < essay.size(); p++) {
      Paragraph paragraph = essay.get(p);
      StringBuilder text = new StringBuilder();
      int[] starts = new int[paragraph.tokens().size()];
      for (int t = 0; t < starts.length; t++) {
        if (t > 0 && !joinsPrevious(paragraph.tokens(), t)) {
          text.append(' ');
        }
        starts[t] = text.length();
        text.append(paragraph.tokens().get(t));
      }
      String body = text.toString();
      int t = 0;
      for (Span span : splitter.split(body)) {
        List<String> labels = new ArrayList<>();
        while (t < starts.length && starts[t] < span.getEnd()) {
          labels.add(paragraph.labels().get(t));
          t++;
        }
        if (!labels.isEmpty()) {
          out.add(new GoldSentence(p, analyzer.analyze(body.substring(span.getStart(), span.getEnd())),
              majorityLabel(labels)));
        }
      }
    }
    return out;
  }

  static String predictedLabel(ArgumentModel.SentenceArgument a) {
    if (a.thesis()) {
      return "MajorClaim";
    }
    return switch (a.role()) {
      case ArgumentModel.CLAIM -> "Claim";
      case ArgumentModel.PREMISE -> "Premise";
      default -> "none";
    };
  }

  static String positionLabel(List<GoldSentence> essay, int i) {
    int paragraph = essay.get(i).paragraph();
    int last = essay.get(essay.size() - 1).paragraph();
    boolean opens = i == 0 || essay.get(i - 1).paragraph() != paragraph;
    boolean closes = i == essay.size() - 1 || essay.get(i + 1).paragraph() != paragraph;
    int intro = last >= 2 ? 1 : 0;
    if (paragraph < intro) {
      return "none";
    }
    if (paragraph == intro) {
      return closes ? "MajorClaim" : "none";
    }
    if (paragraph == last) {
      return opens ? "MajorClaim" : "none";
    }
    return opens ? "Claim" : "Premise";
  }

  public static Map<String, Object> evaluate(List<Paragraph> paragraphs, ArgumentModel model) {
    SentenceSplitter splitter = new SentenceSplitter();
    TextAnalyzer analyzer = new TextAnalyzer();
    ClassificationMetrics metrics = new ClassificationMetrics(LABELS);
    ClassificationMetrics majority = new ClassificationMetrics(LABELS);
    ClassificationMetrics position = new ClassificationMetrics(LABELS);
    List<List<Paragraph>> essays = essays(paragraphs);
    for (List<Paragraph> essay : essays) {
      List<GoldSentence> gold = sentences(essay, splitter, analyzer);
      if (gold.isEmpty()) {
        continue;
      }
      List<TokenizedSentence> sentences = new ArrayList<>(gold.size());
      int[] paragraphNumbers = new int[gold.size()];
      for (int i = 0; i < gold.size(); i++) {
        sentences.add(gold.get(i).sentence());
        paragraphNumbers[i] = gold.get(i).paragraph();
      }
      List<ArgumentModel.SentenceArgument> predicted =
          model.analyze(new ArgumentDocument(sentences, paragraphNumbers));
      for (int i = 0; i < gold.size(); i++) {
        String label = gold.get(i).label();
        metrics.add(label, predictedLabel(predicted.get(i)));
        majority.add(label, "Premise");
        position.add(label, positionLabel(gold, i));
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("n", metrics.n());
    report.put("essays", essays.size());
    report.put("paragraphs", paragraphs.size());
    report.put("macro_f1", metrics.macroF1(LABELS));
    report.put("accuracy", metrics.accuracy());
    report.put("per_label_f1", ArgumentEvaluator.perLabelF1(metrics, LABELS));
    report.put("model_version", model.version());
    report.put("detail", metrics.report());
    report.put("baseline_majority", ArgumentEvaluator.summary(majority, LABELS));
    report.put("baseline_position", ArgumentEvaluator.summary(position, LABELS));
    return report;
  }
}
