package org.opedlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.opedlens.nlp.TokenizedSentence;

/**
 * One document on its way through the analysis chain: its sentences (span and tokens), the column values each
 * stage has appended per sentence, and notes stages leave for later stages (e.g. sentiment for stance).
 */
public final class AnalyzedDocument {
  private final String docId;
  private final String text;
  private final List<Span> spans;
  private final List<TokenizedSentence> sentences;
  private final List<List<Object>> values = new ArrayList<>();
  private final List<Map<String, Object>> notes = new ArrayList<>();

  public AnalyzedDocument(String docId, String text, List<Span> spans, List<TokenizedSentence> sentences) {
    this.docId = docId;
    this.text = text;
    this.spans = spans;
    this.sentences = sentences;
    for (int i = 0; i < sentences.size(); i++) {
      values.add(new ArrayList<>());
      notes.add(new HashMap<>());
    }
  }

  public String docId() {
    return docId;
  }

  public String text() {
    return text;
  }

  public int size() {
    return sentences.size();
  }

  public Span span(int i) {
    return spans.get(i);
  }

  public TokenizedSentence sentence(int i) {
    return sentences.get(i);
  }

  /** Appends column values for sentence i, in the order of the stage's declared columns. */
  public void append(int i, Object... columnValues) {
    values.get(i).addAll(java.util.Arrays.asList(columnValues));
  }

  public List<Object> values(int i) {
    return values.get(i);
  }

  public void note(int i, String key, Object value) {
    notes.get(i).put(key, value);
  }

  @SuppressWarnings("unchecked")
  public <T> T noted(int i, String key) {
    return (T) notes.get(i).get(key);
  }
}
