package org.opedlens.sbd;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.TextAnalyzer;

/**
 * Splits a document into sentences with exact character offsets ({@code text.substring(start, end)} is the
 * sentence). Paragraph breaks always end a sentence; inside a paragraph OpenNLP's UD sentence model decides. Not
 * thread-safe: one per partition.
 */
public final class SentenceSplitter {
  public static final String VERSION = "opennlp-paragraphs-1";

  private final SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());

  public List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    String folded = TextAnalyzer.foldQuotes(text);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      splitParagraph(folded, start, end, sentences);
      start = end + 2;
    }
    return sentences;
  }

  private void splitParagraph(String text, int start, int end, List<Span> out) {
    String paragraph = text.substring(start, end);
    for (Span span : detector.sentPosDetect(paragraph)) {
      int s = start + span.getStart();
      int e = start + span.getEnd();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e));
      }
    }
  }
}
