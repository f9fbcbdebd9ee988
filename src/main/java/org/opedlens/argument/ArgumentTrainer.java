package org.opedlens.argument;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.opedlens.ml.Featurizer;
import org.opedlens.ml.LinearModel;
import org.opedlens.ml.LinearModelTrainer;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.schema.Tables;

/**
 * Trains the argument models from the team's labelled op-eds and essays ({@code datasets/argument/*.tsv}, format in
 * the folder's README). Spark tags every document (one OpenNLP analyzer per partition) and turns each sentence
 * into examples for five tasks — role, thesis, evidence type, relation, attachment — with the document context the
 * run will have too; the evidence task also gets the sentence's clauses as extra examples, since editorial units
 * are often clause fragments. Each task is then learned twice: MLlib's class-balanced logistic regression
 * ({@link LinearModelTrainer}) and OpenNLP's unbalanced maxent ({@link OpenNlpMaxentTrainer}); the run averages
 * the two.
 */
public final class ArgumentTrainer {
  public static final String DEFAULT_DATA = "datasets/argument/*.tsv";
  public static final String VERSION = "1.0.0";

  static final StructType LABELLED =
      Tables.schema("doc_id", DataTypes.StringType, "genre", DataTypes.StringType, "sentence_index",
          DataTypes.IntegerType, "paragraph", DataTypes.IntegerType, "arg_role", DataTypes.StringType, "is_thesis",
          DataTypes.BooleanType, "evidence_type", DataTypes.StringType, "relation", DataTypes.StringType,
          "attaches_to", DataTypes.IntegerType, "text", DataTypes.StringType);

  static final StructType EXAMPLES =
      new StructType()
          .add("task", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("feature_names", DataTypes.createArrayType(DataTypes.StringType))
          .add("feature_values", DataTypes.createArrayType(DataTypes.DoubleType));

  private ArgumentTrainer() {}

  /** Training switches: clause augmentation, MLlib regularisation, OpenNLP L2 cost. */
  public record Options(boolean clauses, double regParam, double maxentL2, double priorWeight, int maxIter) {
    public static Options defaults() {
      return new Options(true, 0.01, OpenNlpMaxentTrainer.DEFAULT_L2, 1.0, 50);
    }
  }

  /**
   * Class balancing makes the MLlib model act as if every label were equally common; for decisions the run wants
   * the labels' real shares back (editorial units are mostly assumptions). Shifting each intercept by
   * {@code weight · T · log(share)} multiplies the probabilities by {@code share^weight}: 1 restores the training
   * shares, 0 keeps the balanced model. The held-out metrics in the artefact are those of the balanced model.
   */
  @SuppressWarnings("unchecked")
  static void restorePriors(LinearModel model, double weight) {
    Map<String, Object> counts = (Map<String, Object>) model.training.get("label_counts");
    double total = 0;
    for (Object c : counts.values()) {
      total += ((Number) c).doubleValue();
    }
    for (int k = 0; k < model.labels.size(); k++) {
      Object c = counts.get(model.labels.get(k));
      if (c != null && ((Number) c).doubleValue() > 0) {
        model.intercepts[k] += weight * model.temperature * Math.log(((Number) c).doubleValue() / total);
      }
    }
    model.training.put("prior_weight", weight);
  }

  /** One labelled sentence of a team TSV. {@code paragraph} is -1 when the file has no paragraph column. */
  public record Labelled(String docId, String genre, int index, int paragraph, String role, boolean thesis,
      String evidence, String relation, int attachesTo, String text) {}

  /** Expands simple globs ({@code dir/*.tsv}) and reads every file. */
  public static List<Labelled> read(List<String> paths) {
    List<Labelled> out = new ArrayList<>();
    for (Path file : expand(paths)) {
      out.addAll(readFile(file));
    }
    return out;
  }

  static List<Path> expand(List<String> paths) {
    List<Path> files = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      String name = path.getFileName().toString();
      if (name.contains("*")) {
        Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
        List<Path> matched = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, name)) {
          ds.forEach(matched::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + dir, e);
        }
        matched.sort(null);
        files.addAll(matched);
      } else {
        files.add(path);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no training files match " + paths);
    }
    return files;
  }

  static List<Labelled> readFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int paragraph = header.indexOf("paragraph");
    String[] required = {"doc_id", "genre", "sentence_index", "arg_role", "is_thesis", "evidence_type", "relation",
        "attaches_to", "text"};
    int[] at = new int[required.length];
    for (int k = 0; k < required.length; k++) {
      at[k] = header.indexOf(required[k]);
      if (at[k] < 0) {
        throw new IllegalArgumentException(file + ": no column " + required[k]);
      }
    }
    List<Labelled> out = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] f = lines.get(n).split("\t", -1);
      if (f.length != header.size()) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + f.length + " fields, expected "
            + header.size());
      }
      out.add(new Labelled(f[at[0]], f[at[1]], Integer.parseInt(f[at[2]]),
          paragraph < 0 ? -1 : Integer.parseInt(f[paragraph]), f[at[3]], Boolean.parseBoolean(f[at[4]]), f[at[5]],
          f[at[6]], Integer.parseInt(f[at[7]]), f[at[8]]));
    }
    return out;
  }

  /** Builds the argument view of one labelled document, tagging its sentences. */
  static ArgumentDocument document(List<Labelled> doc, TextAnalyzer analyzer) {
    List<TokenizedSentence> sentences = new ArrayList<>(doc.size());
    int[] paragraphs = new int[doc.size()];
    for (int i = 0; i < doc.size(); i++) {
      sentences.add(analyzer.analyze(doc.get(i).text()));
      paragraphs[i] = Math.max(0, doc.get(i).paragraph());
    }
    if (doc.get(0).paragraph() < 0 && doc.get(0).genre().equals("essay")) {
      paragraphs = essayParagraphs(doc, sentences);
    }
    return new ArgumentDocument(sentences, paragraphs);
  }

  /**
   * The paragraph layout of a school essay written without paragraph breaks, restored from its labels and the
   * genre's fixed form: a headline alone; the introduction up to the thesis; a new paragraph at each reason or
   * objection given directly for or against the thesis; the conclusion from its summary marker on. Op-eds have no
   * such fixed form and stay one paragraph.
   */
  static int[] essayParagraphs(List<Labelled> doc, List<TokenizedSentence> sentences) {
    int n = doc.size();
    int thesis = 0;
    for (int i = 0; i < n; i++) {
      if (doc.get(i).thesis()) {
        thesis = i;
      }
    }
    int[] paragraphs = new int[n];
    int current = 0;
    for (int i = 1; i < n; i++) {
      Labelled s = doc.get(i);
      DiscourseMarkers.Match marker = DiscourseMarkers.decisive(sentences.get(i).lower());
      boolean summary = marker != null && marker.initial() && marker.marker().kind() == DiscourseMarkers.Kind.SUMMARY;
      boolean afterHeadline = i == 1 && ArgumentFeatures.isHeadline(sentences.get(0));
      boolean opensBody = i > thesis && s.attachesTo() == thesis
          && (s.relation().equals(DiscourseMarkers.SUPPORT) || s.relation().equals(DiscourseMarkers.CONTRAST));
      boolean afterIntro = i == thesis + 1 && thesis < n / 2;
      if (afterHeadline || opensBody || afterIntro || (summary && i > thesis)) {
        current++;
      }
      paragraphs[i] = current;
    }
    return paragraphs;
  }

  /** A training example for one task. */
  public record Example(String task, String label, Map<String, Double> features) {}

  /** Every task's examples from one labelled document (rows in sentence order). */
  public static List<Example> examples(List<Labelled> doc, ArgumentDocument view, boolean clauses) {
    List<Example> out = new ArrayList<>();
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(view);
    int thesis = -1;
    for (int i = 0; i < doc.size(); i++) {
      if (doc.get(i).thesis()) {
        thesis = i;
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      Labelled s = doc.get(i);
      Map<String, Double> features = ArgumentFeatures.sentence(view, cues, i);
      out.add(new Example(ArgumentModel.ROLE, s.role(), features));
      out.add(new Example(ArgumentModel.THESIS, s.thesis() ? ArgumentModel.THESIS_YES : ArgumentModel.THESIS_NO,
          features));
      if (s.role().equals("none")) {
        continue;
      }
      out.add(new Example(ArgumentModel.EVIDENCE, s.evidence(), features));
      if (clauses) {
        TokenizedSentence sentence = view.sentence(i);
        List<int[]> pieces = ClauseSplitter.ranges(sentence);
        if (pieces.size() > 1) {
          // Each piece sees the quotation context the running text gives it: a piece after an opening quote mark
          // of an earlier piece is inside the quotation, like the middle units of a quote cut into several.
          boolean inside = ArgumentFeatures.insideQuote(view, i);
          int from = 0;
          for (int[] piece : pieces) {
            inside = ArgumentFeatures.insideQuote(inside, sentence.lower(), from, piece[0]);
            out.add(new Example(ArgumentModel.EVIDENCE, s.evidence(), ArgumentFeatures.fragment(view, cues, i,
                ClauseSplitter.slice(sentence, piece[0], piece[1]), inside)));
            from = piece[0];
          }
        }
      }
      if (i == 0) {
        continue;
      }
      Map<String, Double> relationFeatures = ArgumentFeatures.relation(view, cues, i, features);
      out.add(new Example(ArgumentModel.RELATION, s.relation(), relationFeatures));
      if (!s.relation().equals("none")) {
        String attachment = attachmentLabel(doc, i, thesis);
        if (attachment != null) {
          out.add(new Example(ArgumentModel.ATTACHMENT, attachment, relationFeatures));
        }
      }
    }
    return out;
  }

  /** Which earlier sentence the gold attachment is: the previous argumentative one, the thesis, or the last claim. */
  static String attachmentLabel(List<Labelled> doc, int i, int thesis) {
    int target = doc.get(i).attachesTo();
    int previous = -1;
    int lastClaim = -1;
    for (int j = i - 1; j >= 0; j--) {
      if (previous < 0 && !doc.get(j).role().equals("none")) {
        previous = j;
      }
      if (lastClaim < 0 && doc.get(j).role().equals("claim") && j != thesis) {
        lastClaim = j;
      }
    }
    if (target == previous) {
      return ArgumentModel.ATTACH_PREVIOUS;
    }
    if (target == thesis) {
      return ArgumentModel.ATTACH_THESIS;
    }
    if (target == lastClaim) {
      return ArgumentModel.ATTACH_CLAIM;
    }
    return null;
  }

  /** Featurizes the labelled documents in Spark: rows (task, label, feature_names, feature_values). */
  public static Dataset<Row> featurize(SparkSession spark, List<Labelled> labelled, boolean clauses) {
    List<Row> rows = new ArrayList<>(labelled.size());
    for (Labelled l : labelled) {
      rows.add(RowFactory.create(l.docId(), l.genre(), l.index(), l.paragraph(), l.role(), l.thesis(), l.evidence(),
          l.relation(), l.attachesTo(), l.text()));
    }
    MapPartitionsFunction<Row, Row> perPartition =
        (Iterator<Row> partition) -> {
          TextAnalyzer analyzer = new TextAnalyzer();
          List<Row> out = new ArrayList<>();
          List<Labelled> doc = new ArrayList<>();
          while (partition.hasNext()) {
            Row r = partition.next();
            Labelled l = new Labelled(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
                r.getBoolean(5), r.getString(6), r.getString(7), r.getInt(8), r.getString(9));
            if (!doc.isEmpty() && !doc.get(0).docId().equals(l.docId())) {
              emit(doc, analyzer, clauses, out);
              doc = new ArrayList<>();
            }
            doc.add(l);
          }
          if (!doc.isEmpty()) {
            emit(doc, analyzer, clauses, out);
          }
          return out.iterator();
        };
    return spark.createDataFrame(rows, LABELLED)
        .repartition(4, col("doc_id"))
        .sortWithinPartitions("doc_id", "sentence_index")
        .mapPartitions(perPartition, Encoders.row(EXAMPLES));
  }

  private static void emit(List<Labelled> doc, TextAnalyzer analyzer, boolean clauses, List<Row> out) {
    for (Example e : examples(doc, document(doc, analyzer), clauses)) {
      out.add(RowFactory.create(e.task(), e.label(), e.features().keySet().toArray(new String[0]),
          e.features().values().toArray(new Double[0])));
    }
  }

  /**
   * MLlib sizes its model by the highest label seen, so labels at the end of the list that a (small) training set
   * lacks get no row. They get one here, with an intercept that never wins.
   */
  static void padAbsentLabels(LinearModel model) {
    int k = model.weights.length;
    if (k >= model.labels.size()) {
      return;
    }
    double[][] weights = java.util.Arrays.copyOf(model.weights, model.labels.size());
    double[] intercepts = java.util.Arrays.copyOf(model.intercepts, model.labels.size());
    for (int i = k; i < weights.length; i++) {
      weights[i] = new double[model.features.size()];
      intercepts[i] = -50;
    }
    model.weights = weights;
    model.intercepts = intercepts;
  }

  /** The OpenNLP maxent model of one task from featurized rows (label, feature_names, feature_values). */
  static LinearModel trainMaxent(List<Row> rows, String task, Options options, List<String> paths) {
    List<OpenNlpMaxentTrainer.Example> collected = new ArrayList<>(rows.size());
    for (Row r : rows) {
      collected.add(new OpenNlpMaxentTrainer.Example(r.getString(r.fieldIndex("label")), Featurizer.features(r)));
    }
    LinearModel maxent = OpenNlpMaxentTrainer.train(collected, ArgumentModel.modelName(task, ArgumentModel.MAXENT),
        VERSION, ArgumentModel.TASK_LABELS.get(task), options.maxentL2(), 2);
    maxent.training.put("data", paths);
    return maxent;
  }

  /** Trains every model; keys are model names (file names without extension). */
  public static Map<String, LinearModel> train(SparkSession spark, List<String> paths, Options options) {
    List<Labelled> labelled = read(paths);
    Dataset<Row> examples = featurize(spark, labelled, options.clauses()).cache();
    Map<String, LinearModel> models = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> task : ArgumentModel.TASK_LABELS.entrySet()) {
      Dataset<Row> rows = examples.filter(col("task").equalTo(task.getKey())).drop("task");
      if (ArgumentModel.learners(task.getKey()).contains(ArgumentModel.MLLIB)) {
        LinearModelTrainer.Params params = new LinearModelTrainer.Params(options.regParam(), 0.0,
            options.maxIter(), 2, 50_000, true, 0.15, 17L);
        LinearModel mllib = LinearModelTrainer.trainClassifier(rows, ArgumentModel.modelName(task.getKey(),
            ArgumentModel.MLLIB), VERSION, task.getValue(), params);
        mllib.training.put("data", paths);
        mllib.training.put("learner", "spark-mllib-logistic-regression balanced");
        padAbsentLabels(mllib);
        restorePriors(mllib, options.priorWeight());
        models.put(mllib.name, mllib);
      }
      models.put(ArgumentModel.modelName(task.getKey(), ArgumentModel.MAXENT),
          trainMaxent(rows.collectAsList(), task.getKey(), options, paths));
    }
    examples.unpersist();
    return models;
  }
}
