package org.opedlens.topics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.opedlens.schema.Tables;

/**
 * Topics over the corpus with Spark MLlib's LDA (online variational Bayes), seeded so that the same corpus, k and
 * seed give the same topics. A document is the bag of its sentences' {@link TopicTerms} (noun and proper-noun
 * lemmas, actors as one term each), read from the {@code sentences} table; the vocabulary keeps terms found in at least
 * {@value #MIN_DOCUMENT_FREQUENCY} documents and in at most a quarter of them, ordered by document frequency then
 * alphabetically, so it does not depend on partitioning.
 *
 * <p>Small corpora: LDA is skipped (empty tables, reason in the manifest) when there are fewer than
 * {@value #MIN_DOCUMENTS} documents or fewer than two per topic, or fewer than {@value #MIN_VOCABULARY} vocabulary
 * terms; k = 0 switches it off.
 */
public final class TopicModel {
  public static final int DEFAULT_K = 8;
  public static final long DEFAULT_SEED = 42L;
  public static final int TOP_TERMS = 10;
  public static final int MAX_ITERATIONS = 40;
  public static final int MAX_VOCABULARY = 5000;
  public static final int MIN_DOCUMENT_FREQUENCY = 2;
  /** Nouns in more than a quarter of op-eds (government, president, war, world) only blur the topics. */
  public static final double MAX_DOCUMENT_SHARE = 0.25;
  public static final int MIN_DOCUMENTS = 10;
  public static final int MIN_VOCABULARY = 50;
  /** Each online iteration looks at this many documents at least (all of them on small corpora). */
  static final int MIN_BATCH_DOCUMENTS = 256;
  static final double FULL_BATCH_LEARNING_OFFSET = 1.0;
  /**
   * The log perplexity in the manifest is measured on about this many documents: it is a check that the fit went
   * somewhere, and a full pass for it cost as much as the model's two passes over a large corpus.
   */
  static final int PERPLEXITY_DOCUMENTS = 2_000;
  public static final String VERSION = "lda-online-nouns-actors-2";

  public static final StructType TOPIC_ROW = Tables.schema(
      "topic", IntegerType,
      "label", StringType,
      "terms", Tables.STRINGS,
      "term_weights", createArrayType(DoubleType, true),
      "corpus_share", DoubleType);

  public static final StructType DOCUMENT_TOPIC_ROW = Tables.schema(
      "doc_id", StringType,
      "author", StringType,
      "date", DateType,
      "term_count", IntegerType,
      "topic_mixture", createArrayType(DoubleType, true),
      "top_topic", IntegerType,
      "top_topic_weight", DoubleType);

  /** Partitions for the fit: enough to spread a million documents, and a count that does not depend on the cluster. */
  static final long DOCUMENTS_PER_PARTITION = 2_000;
  static final long MAX_PARTITIONS = 1_000;

  public record Options(int k, long seed) {
    public Options {
      if (k < 0) {
        throw new IllegalArgumentException("the number of topics must be 0 (off) or more: " + k);
      }
    }

    public static Options defaults() {
      return new Options(DEFAULT_K, DEFAULT_SEED);
    }
  }

  /**
   * The two tables (empty when skipped) and what the manifest records about the model. The tables read cached
   * document terms: call {@link #release} once they are written.
   */
  public record Result(Dataset<Row> topics, Dataset<Row> documentTopics, Map<String, Object> info,
      List<Dataset<Row>> cached) {
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private TopicModel() {}

  /**
   * Each document's bag of terms: the {@code topic_terms} of its sentences (columns doc_id, author, date,
   * topic_terms of the {@code sentences} table). Term order within a bag does not matter to LDA.
   */
  public static Dataset<Row> documentTerms(Dataset<Row> sentences) {
    return sentences.groupBy("doc_id", "author", "date")
        .agg(flatten(collect_list(col("topic_terms"))).as("terms"));
  }

  /**
   * Fits LDA on the documents whose sentences are given (doc_id, author, date, topic_terms: the {@code sentences}
   * table) and returns the topic tables.
   */
  public static Result fit(SparkSession spark, Dataset<Row> sentences, Options options) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("version", VERSION);
    info.put("k", options.k());
    info.put("seed", options.seed());
    info.put("terms", TopicTerms.VERSION);
    if (options.k() == 0) {
      return skipped(spark, info, "switched off (--topics 0)");
    }
    // Bags are aggregated once: counted to size the partitions, then put in doc_id order.
    Dataset<Row> bags = documentTerms(sentences).cache();
    long docs = bags.count();
    Dataset<Row> terms = inFixedOrder(bags, docs).cache();
    terms.count();
    bags.unpersist();
    info.put("documents", docs);
    long minDocuments = Math.max(MIN_DOCUMENTS, 2L * options.k());
    if (docs < minDocuments) {
      terms.unpersist();
      return skipped(spark, info, docs + " documents, fewer than " + minDocuments + " (at least "
          + MIN_DOCUMENTS + " and two per topic)");
    }
    List<String> vocabulary = vocabulary(terms, docs);
    info.put("vocabulary", vocabulary.size());
    if (vocabulary.size() < MIN_VOCABULARY) {
      terms.unpersist();
      return skipped(spark, info, vocabulary.size() + " vocabulary terms, fewer than " + MIN_VOCABULARY);
    }
    return train(spark, terms, vocabulary, docs, options, info);
  }

  /**
   * The document terms hash-partitioned and sorted by doc_id, in a number of partitions that depends only on how many
   * there are. Online LDA seeds each partition's random start with its index and draws in row order, so without
   * this the same documents read another way (a full run's fresh rows, an incremental run's stored Parquet, a
   * cluster's splits) gave other topics.
   */
  static Dataset<Row> inFixedOrder(Dataset<Row> documents, long count) {
    int partitions = (int) Math.max(1, Math.min(MAX_PARTITIONS,
        (count + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION));
    return documents.repartition(partitions, col("doc_id")).sortWithinPartitions("doc_id");
  }

  /** Terms in at least MIN_DOCUMENT_FREQUENCY documents and at most a quarter of them; most frequent first, ties A-Z. */
  static List<String> vocabulary(Dataset<Row> terms, long docs) {
    long maxDocuments = Math.max(MIN_DOCUMENT_FREQUENCY, (long) Math.floor(MAX_DOCUMENT_SHARE * docs));
    // Bounded by MAX_VOCABULARY rows: the only part of the corpus that reaches the driver.
    return terms.select(explode(array_distinct(col("terms"))).as("term"))
        .groupBy("term").agg(count(lit(1)).as("df"))
        .filter(col("df").geq(MIN_DOCUMENT_FREQUENCY).and(col("df").leq(maxDocuments)))
        .orderBy(col("df").desc(), col("term"))
        .limit(MAX_VOCABULARY)
        .select("term").as(Encoders.STRING()).collectAsList();
  }

  private static Result train(SparkSession spark, Dataset<Row> terms, List<String> vocabulary, long docs,
      Options options, Map<String, Object> info) {
    CountVectorizerModel vectorizer = new CountVectorizerModel(vocabulary.toArray(new String[0]))
        .setInputCol("terms").setOutputCol("features");
    Dataset<Row> features = vectorizer.transform(terms).cache();
    double batch = Math.min(1.0, Math.max(0.05, (double) MIN_BATCH_DOCUMENTS / docs));
    // When every iteration sees every document, there is no stream to damp: Spark's default learning offset
    // (1024, for mini-batches) left 40 full passes far from converged (one topic took 78 % of the documents).
    double learningOffset = batch >= 1.0 ? FULL_BATCH_LEARNING_OFFSET : new LDA().getLearningOffset();
    LDA lda = new LDA().setK(options.k()).setSeed(options.seed()).setMaxIter(MAX_ITERATIONS)
        .setOptimizer("online").setSubsamplingRate(batch).setLearningOffset(learningOffset)
        .setFeaturesCol("features");
    LDAModel model = lda.fit(features);
    info.put("max_iterations", MAX_ITERATIONS);
    info.put("subsampling_rate", batch);
    info.put("learning_offset", learningOffset);
    double perplexitySample = Math.min(1.0, (double) PERPLEXITY_DOCUMENTS / docs);
    info.put("log_perplexity", model.logPerplexity(
        perplexitySample >= 1.0 ? features : features.sample(false, perplexitySample, options.seed())));
    info.put("log_perplexity_sample_rate", perplexitySample);

    Dataset<Row> documentTopics = model.transform(features)
        .withColumn("topic_mixture", org.apache.spark.ml.functions.vector_to_array(col("topicDistribution"),
            "float64"))
        .withColumn("top_topic_weight", expr("array_max(topic_mixture)"))
        .withColumn("top_topic", expr("cast(array_position(topic_mixture, array_max(topic_mixture)) - 1 as int)"))
        .withColumn("_counts", org.apache.spark.ml.functions.vector_to_array(col("features"), "float64"))
        .withColumn("term_count", expr("cast(aggregate(_counts, 0D, (n, c) -> n + c) as int)"))
        .select(java.util.Arrays.stream(DOCUMENT_TOPIC_ROW.fieldNames()).map(name -> col(name))
            .toArray(org.apache.spark.sql.Column[]::new))
        // Read twice (topic shares, then the table): one inference pass, not two.
        .cache();
    return new Result(topicRows(spark, model, vocabulary, documentTopics), documentTopics, info,
        List.of(documentTopics, features, terms));
  }

  /** One row per topic: top terms with their weights, a label from the top three, and its mean share of documents. */
  private static Dataset<Row> topicRows(SparkSession spark, LDAModel model, List<String> vocabulary,
      Dataset<Row> documentTopics) {
    Map<Integer, Double> shares = new LinkedHashMap<>();
    // k rows.
    for (Row row : documentTopics.select(posexplode(col("topic_mixture")).as(new String[] {"topic", "weight"}))
        .groupBy("topic").agg(avg("weight")).collectAsList()) {
      shares.put(row.getInt(0), row.getDouble(1));
    }
    List<Row> rows = new ArrayList<>();
    for (Row described : model.describeTopics(TOP_TERMS).orderBy("topic").collectAsList()) {
      int topic = described.getInt(0);
      List<Integer> indices = described.getList(1);
      List<Double> weights = described.getList(2);
      String[] topTerms = indices.stream().map(vocabulary::get).toArray(String[]::new);
      String label = String.join(" / ", List.of(topTerms).subList(0, Math.min(3, topTerms.length)));
      rows.add(RowFactory.create(topic, label, topTerms, weights.toArray(new Double[0]), shares.get(topic)));
    }
    return spark.createDataFrame(rows, TOPIC_ROW);
  }

  private static Result skipped(SparkSession spark, Map<String, Object> info, String reason) {
    info.put("skipped", reason);
    return new Result(spark.createDataFrame(List.of(), TOPIC_ROW), spark.createDataFrame(List.of(), DOCUMENT_TOPIC_ROW),
        info, List.of());
  }
}
