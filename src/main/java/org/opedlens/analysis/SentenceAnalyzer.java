package org.opedlens.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.util.Span;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sbd.SentenceSplitter;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.stance.LexiconStanceBaseline;
import org.opedlens.themes.ThemeTaxonomy;

/**
 * The per-sentence analysis chain, in this order: split → tokenize, tag, lemmatize → sentiment → stance per target
 * → themes. One instance per partition (the OpenNLP tools are not thread-safe); lexicons and models come from
 * {@link SharedResources}, loaded once per executor.
 */
public final class SentenceAnalyzer {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TextAnalyzer text = new TextAnalyzer();
  private final VaderScorer vader;
  private final LexiconStanceBaseline autocracy;
  private final LexiconStanceBaseline democracy;
  private final ThemeTaxonomy themes;
  private final String modelVersion;

  public SentenceAnalyzer(SharedResources resources) {
    this.vader = resources.vader();
    this.autocracy = new LexiconStanceBaseline(resources.autocracy());
    this.democracy = new LexiconStanceBaseline(resources.democracy());
    this.themes = resources.themes();
    this.modelVersion = modelVersion(resources);
  }

  public static String modelVersion(SharedResources resources) {
    return String.join(";",
        "sbd=" + SentenceSplitter.VERSION,
        "nlp=" + EnglishModels.VERSION,
        "sentiment=" + VaderScorer.VERSION,
        "stance=" + LexiconStanceBaseline.VERSION,
        "themes=" + resources.themes().version());
  }

  /** Sentiment label thresholds on the [-1, 1] score, the same cut VADER's authors use (±0.05 on compound). */
  public static String sentimentLabel(double score) {
    return score >= 0.05 ? "positive" : score <= -0.05 ? "negative" : "neutral";
  }

  /** Rows of {@code Tables.SENTENCE_ROW} for one document row (columns doc_id, text, author, date, pub_month). */
  public List<Row> analyze(Row document) {
    String docId = document.getAs("doc_id");
    String body = document.getAs("text");
    Object author = document.getAs("author");
    Object date = document.getAs("date");
    Object month = document.getAs("pub_month");
    List<Row> rows = new ArrayList<>();
    int index = 0;
    for (Span span : splitter.split(body)) {
      String sentenceText = body.substring(span.getStart(), span.getEnd());
      TokenizedSentence sentence = text.analyze(sentenceText);
      VaderScorer.Score sentiment = vader.score(sentenceText);
      LexiconStanceBaseline.Stance a = autocracy.score(sentence, sentiment);
      LexiconStanceBaseline.Stance d = democracy.score(sentence, sentiment);
      rows.add(
          RowFactory.create(
              docId, index++, span.getStart(), span.getEnd(), sentenceText, sentence.tokens().length, author, date,
              sentiment.compound(), sentimentLabel(sentiment.compound()), sentiment.cues().toArray(new String[0]),
              a.addressed(), a.label().name(), a.score(), a.cues().toArray(new String[0]),
              d.addressed(), d.label().name(), d.score(), d.cues().toArray(new String[0]),
              themes.match(sentence).toArray(new String[0]),
              modelVersion, month));
    }
    return rows;
  }

  /** For mapPartitions: one analyzer for the whole partition. */
  public static Iterator<Row> analyzePartition(Iterator<Row> documents) {
    SentenceAnalyzer analyzer = new SentenceAnalyzer(SharedResources.get());
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          current = analyzer.analyze(documents.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
