package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import opennlp.tools.util.Span;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sbd.SentenceSplitter;
import org.opedlens.schema.Tables;

/**
 * The per-sentence analysis chain, composed in a visible order: split → tokenize, tag, lemmatize → each
 * {@link AnalysisStage} of {@link #stages} in turn. One instance per partition (the OpenNLP tools are not
 * thread-safe); lexicons and models come from {@link SharedResources}, loaded once per executor.
 */
public final class SentenceAnalyzer {
  /** Columns every sentence row starts with, before the stages' columns. */
  static final StructField[] LEADING =
      Tables.schema("doc_id", StringType, "sentence_index", IntegerType, "char_start", IntegerType, "char_end",
          IntegerType, "text", StringType, "token_count", IntegerType, "author", StringType, "date", DateType)
          .fields();
  static final StructField[] TRAILING =
      Tables.schema("model_version", StringType, Tables.PARTITION_COLUMN, StringType).fields();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SentenceAnalyzer.class);

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TextAnalyzer text = new TextAnalyzer();
  private final List<AnalysisStage> stages;
  private final String modelVersion;

  public SentenceAnalyzer(SharedResources resources) {
    this.stages = stages(resources);
    this.modelVersion = modelVersion(stages);
  }

  /** The analysis stages, in the order they run; a stage may read notes left by the stages before it. */
  public static List<AnalysisStage> stages(SharedResources resources) {
    List<AnalysisStage> stages = new ArrayList<>();
    stages.add(new SentimentStage(resources));
    for (org.opedlens.stance.StanceModel model : resources.stanceModels()) {
      stages.add(new StanceStage(model));
    }
    stages.add(new ThemeStage(resources));
    stages.add(new ActorStage(resources));
    stages.add(new ArgumentStage(resources));
    stages.add(new TopicTermsStage(resources));
    return List.copyOf(stages);
  }

  /** The schema of {@code sentences} rows (before run_id is added). */
  public static StructType schema(SharedResources resources) {
    List<StructField> fields = new ArrayList<>(List.of(LEADING));
    for (AnalysisStage stage : stages(resources)) {
      fields.addAll(List.of(stage.columns()));
    }
    fields.addAll(List.of(TRAILING));
    return new StructType(fields.toArray(new StructField[0]));
  }

  public static String modelVersion(SharedResources resources) {
    return modelVersion(stages(resources));
  }

  private static String modelVersion(List<AnalysisStage> stages) {
    List<String> parts = new ArrayList<>();
    parts.add("sbd=" + SentenceSplitter.VERSION);
    parts.add("nlp=" + EnglishModels.VERSION);
    for (AnalysisStage stage : stages) {
      parts.add(stage.name() + "=" + stage.version());
    }
    return String.join(";", parts);
  }

  /** Rows of {@link #schema} for one document row (columns doc_id, text, author, date, pub_month). */
  public List<Row> analyze(Row document) {
    String docId = document.getAs("doc_id");
    String body = document.getAs("text");
    List<Span> spans = splitter.split(body);
    List<TokenizedSentence> sentences = new ArrayList<>(spans.size());
    for (Span span : spans) {
      sentences.add(text.analyze(body.substring(span.getStart(), span.getEnd())));
    }
    AnalyzedDocument analyzed = new AnalyzedDocument(docId, body, spans, sentences);
    for (AnalysisStage stage : stages) {
      stage.analyze(analyzed);
    }
    List<Row> rows = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      List<Object> values = new ArrayList<>();
      Span span = spans.get(i);
      TokenizedSentence sentence = sentences.get(i);
      values.addAll(List.of(docId, i, span.getStart(), span.getEnd(), sentence.text(), sentence.tokens().length));
      values.add(document.getAs("author"));
      values.add(document.getAs("date"));
      values.addAll(analyzed.values(i));
      values.add(modelVersion);
      values.add(document.getAs(Tables.PARTITION_COLUMN));
      rows.add(RowFactory.create(values.toArray()));
    }
    return rows;
  }

  /**
   * One document that breaks a stage (a bug, a pathological text) yields no sentences instead of failing the job;
   * the run counts such documents ({@code documents_without_sentences} in the manifest and summary).
   */
  List<Row> analyzeSafely(Row document) {
    try {
      return analyze(document);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("analysis failed for document {}: {}", (Object) document.getAs("doc_id"), e.toString());
      return List.of();
    }
  }

  /** For mapPartitions: one analyzer for the whole partition. */
  public static Iterator<Row> analyzePartition(Iterator<Row> documents) {
    SentenceAnalyzer analyzer = new SentenceAnalyzer(SharedResources.get());
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          current = analyzer.analyzeSafely(documents.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
