package org.opedlens.sbd;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.TextAnalyzer;

/**
 * Splits a document into sentences with exact character offsets ({@code text.substring(start, end)} is the
 * sentence, trimmed of white space). Layers, outermost first: blank lines end paragraphs; {@link LineRules} decide
 * which line breaks inside a paragraph end a sentence; {@link ListRules} open inline list items; {@link
 * BoundaryRules} decide at every '.', '!', '?' and '…', asking OpenNLP's UD sentence model only where the words
 * around the period cannot tell. A last pass folds fragments without letters or digits (a stray quote or period)
 * into the sentence before. Not thread-safe: one per partition.
 */
public final class SentenceSplitter {
  public static final String VERSION = "opennlp-rules-2";

  private final SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());
  private final LazyModel model = new LazyModel();
  private final IntList stretchStarts = new IntList();
  private final IntList itemStarts = new IntList();
  private final IntList ends = new IntList();

  public List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = paragraphEnd(text, start, n);
      splitParagraph(text, start, end, sentences);
      start = end;
    }
    splitFusedHeadline(text, sentences);
    return foldFragments(text, sentences);
  }

  /** How many sentences at a document's start may carry a fused headline. */
  private static final int HEADLINE_SENTENCES = 2;

  /** The document's first sentences may carry a headline and tag noise before them (see {@link LineRules}). */
  private static void splitFusedHeadline(String text, List<Span> sentences) {
    for (int s = 0; s < Math.min(HEADLINE_SENTENCES, sentences.size()); s++) {
      Span sentence = sentences.get(s);
      int at = LineRules.fusedHeadlineEnd(text, sentence.getStart(), sentence.getEnd());
      if (at > sentence.getStart()) {
        List<Span> parts = new ArrayList<>(2);
        addTrimmed(text, sentence.getStart(), at, parts);
        addTrimmed(text, at, sentence.getEnd(), parts);
        sentences.remove(s);
        sentences.addAll(s, parts);
        return;
      }
    }
  }

  /** The end of the paragraph that starts at {@code from}: just past its blank line, or the text's end. */
  private static int paragraphEnd(String text, int from, int n) {
    int p = text.indexOf('\n', from);
    while (p >= 0) {
      int q = p + 1;
      while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '\r')) {
        q++;
      }
      if (q < n && text.charAt(q) == '\n') {
        return q + 1;
      }
      if (q >= n) {
        return n;
      }
      p = text.indexOf('\n', q);
    }
    return n;
  }

  private void splitParagraph(String text, int start, int end, List<Span> out) {
    model.reset(text, start, end);
    stretchStarts.clear();
    LineRules.hardBreaks(text, start, end, stretchStarts);
    int stretchStart = start;
    for (int s = 0; s <= stretchStarts.size(); s++) {
      int stretchEnd = s < stretchStarts.size() ? stretchStarts.get(s) : end;
      splitStretch(text, stretchStart, stretchEnd, out);
      stretchStart = stretchEnd;
    }
  }

  private void splitStretch(String text, int start, int end, List<Span> out) {
    itemStarts.clear();
    ListRules.itemStarts(text, start, end, itemStarts);
    int itemStart = start;
    for (int s = 0; s <= itemStarts.size(); s++) {
      int itemEnd = s < itemStarts.size() ? itemStarts.get(s) : end;
      ends.clear();
      BoundaryRules.scan(text, itemStart, itemEnd, ends, model);
      int sentenceStart = itemStart;
      for (int e = 0; e < ends.size(); e++) {
        addTrimmed(text, sentenceStart, ends.get(e), out);
        sentenceStart = ends.get(e);
      }
      addTrimmed(text, sentenceStart, itemEnd, out);
      itemStart = itemEnd;
    }
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (s < e && Chars.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }

  /** A "sentence" without a letter or digit (a stray quote, bracket or period) joins its neighbour. */
  private static List<Span> foldFragments(String text, List<Span> sentences) {
    List<Span> folded = null;
    for (int i = 0; i < sentences.size(); i++) {
      Span span = sentences.get(i);
      if (hasLetterOrDigit(text, span)) {
        if (folded != null) {
          folded.add(span);
        }
        continue;
      }
      if (folded == null) {
        folded = new ArrayList<>(sentences.subList(0, i));
      }
      if (!folded.isEmpty()) {
        Span previous = folded.remove(folded.size() - 1);
        folded.add(new Span(previous.getStart(), span.getEnd()));
      } else if (i + 1 < sentences.size()) {
        Span next = sentences.get(++i);
        folded.add(new Span(span.getStart(), next.getEnd()));
      } else {
        folded.add(span);
      }
    }
    return folded == null ? sentences : folded;
  }

  private static boolean hasLetterOrDigit(String text, Span span) {
    for (int p = span.getStart(); p < span.getEnd(); p++) {
      if (Character.isLetterOrDigit(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  /** OpenNLP's answer for one paragraph, computed on the first question about it. */
  private final class LazyModel implements BoundaryRules.Model {
    private String text;
    private int start;
    private int end;
    private Span[] spans;

    void reset(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.spans = null;
    }

    @Override
    public boolean splitsWithin(int from, int to) {
      if (spans == null) {
        spans = detector.sentPosDetect(TextAnalyzer.foldQuotes(text.substring(start, end)));
      }
      for (Span span : spans) {
        int sentenceEnd = start + span.getEnd();
        if (sentenceEnd >= from && sentenceEnd <= to) {
          return true;
        }
      }
      return false;
    }
  }
}
