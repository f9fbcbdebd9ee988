package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.analysis.SentenceAnalyzer;
import org.opedlens.analysis.SharedResources;
import org.opedlens.ingest.Ingest;
import org.opedlens.schema.Tables;
import org.opedlens.themes.DocumentThemes;
import org.opedlens.topics.TopicModel;
import org.opedlens.trends.Trends;
import org.opedlens.util.Json;

/**
 * The whole pipeline: ingest → sentences and scores → trends, each stage writing its Parquet tables and the next
 * reading them back (so nothing is recomputed and nothing proportional to the corpus reaches the driver), then
 * the run manifest {@code _runs/<run_id>.json}. Re-running into the same output replaces the tables.
 */
public final class RunJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunJob.class);

  private final SparkSession spark;
  private final RunConfig config;
  private final IncrementalOptions incremental;
  private final StageTimer timer = new StageTimer();
  private final String runId;
  private RunOutput out;

  public RunJob(SparkSession spark, RunConfig config) {
    this(spark, config, IncrementalOptions.NONE);
  }

  /** A run that, with a window or an input manifest, merges into the output instead of replacing it. */
  public RunJob(SparkSession spark, RunConfig config, IncrementalOptions incremental) {
    this.spark = spark;
    this.config = config;
    this.incremental = incremental;
    this.runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** What the topic model did (or why it skipped), for the manifest. */
  private Map<String, Object> topicInfo = Map.of();

  public String runId() {
    return runId;
  }

  public RunSummary run() {
    Instant started = Instant.now();
    long t0 = System.nanoTime();

    RunInputs inputs = RunInputs.plan(spark, config.inputs(), incremental);
    out = incremental.enabled()
        ? new IncrementalOutput(spark, config.output(), runId, incremental, inputs.read())
        : new FullOutput(spark, config.output());
    if (incremental.enabled() && inputs.read().isEmpty()) {
      return finish(started, t0, inputs, null);
    }

    stage("ingest", () -> {
      // Inside the timed stage: Ingest.run already runs jobs (listing, duplicate groups).
      Ingest.Result ingest = Ingest.run(spark, inputs.ingestPaths(), config.ingest());
      write(ingest.documents().withColumn("run_id", lit(runId)), Tables.DOCUMENTS, true);
      write(ingest.rejects().withColumn("run_id", lit(runId)), Tables.REJECTS, false);
      inputs.noteDates(ingest.documents());
      ingest.release();
    });
    Dataset<Row> documents = out.documentsWritten();

    stage("sentences", () -> {
      Dataset<Row> canonical = spreadOut(
          documents.filter(col("duplicate_of").isNull()).select("doc_id", "text", "author", "date", "pub_month"));
      Dataset<Row> sentences =
          canonical.mapPartitions(
              (MapPartitionsFunction<Row, Row>) SentenceAnalyzer::analyzePartition,
              Encoders.row(SentenceAnalyzer.schema(SharedResources.get())));
      write(sentences.withColumn("run_id", lit(runId)), Tables.SENTENCES, true);
    });
    Dataset<Row> sentences = out.sentencesToAggregate();

    stage("trends", () -> {
      // Not cached: a cache would hold every sentence column (text included), while each aggregation reads back
      // from Parquet only the few columns it needs, sums them per document, and only then splits into periods.
      // The theme and author × theme tables share one set of per-document sums keyed by author and theme (a
      // document has one author), and the author table's top themes are read off the same sums.
      UnaryOperator<Dataset<Row>> periods = out::periodsToAggregate;
      Trends.DocumentSums byTheme = Trends.documentSums(Trends.explodeThemes(sentences), "author", "theme").persist();
      try {
        Trends.DocumentSums byAuthor = Trends.documentSums(sentences, "author")
            .withThemes(Trends.itemCountsFromSums(byTheme, "theme", "author"));
        write(Trends.aggregate(byAuthor, periods, "author").withColumn("run_id", lit(runId)), Tables.AUTHOR_TRENDS,
            false);
        write(Trends.aggregate(byTheme, periods, "theme").withColumn("run_id", lit(runId)), Tables.THEME_TRENDS,
            false);
        write(Trends.aggregate(byTheme, periods, "author", "theme").withColumn("run_id", lit(runId)),
            Tables.AUTHOR_THEME_TRENDS, false);
      } finally {
        byTheme.unpersist();
      }
      Dataset<Row> acted = Trends.explodeActors(sentences, actorTypes());
      write(Trends.aggregate(acted, periods, "actor", "actor_type").withColumn("run_id", lit(runId)),
          Tables.ACTOR_TRENDS, false);
    });

    timer.time("document_themes", () -> write(
        DocumentThemes.weigh(spark, sentences, SharedResources.get().themes()).withColumn("run_id", lit(runId)),
        Tables.DOCUMENT_THEMES, false));

    topicInfo = timer.time("topics", () -> {
      // Topics describe the whole corpus: every stored sentence's topic_terms (in an incremental run, those of
      // earlier runs too), so no document is analysed twice.
      TopicModel.Result topics = TopicModel.fit(spark,
          read(Tables.SENTENCES).select("doc_id", "author", "date", "topic_terms"), config.topics());
      write(topics.topics().withColumn("run_id", lit(runId)), Tables.TOPICS, false);
      write(topics.documentTopics().withColumn("run_id", lit(runId)), Tables.DOCUMENT_TOPICS, false);
      topics.release();
      if (topics.info().containsKey("skipped")) {
        LOG.warn("topics skipped: {}", topics.info().get("skipped"));
      }
      return topics.info();
    });

    return finish(started, t0, inputs, documents);
  }

  /** Counts, the run manifest, the input manifest (last: only a run that got this far counts as done). */
  private RunSummary finish(Instant started, long t0, RunInputs inputs, Dataset<Row> documents) {
    Map<String, Long> tableRows = new LinkedHashMap<>();
    for (String table : Tables.ALL) {
      tableRows.put(table, out.rows(table));
    }
    // An incremental run reports on what it read; a full run's tables hold exactly that.
    Dataset<Row> rejects = tableRows.get(Tables.REJECTS) == 0 ? null : read(Tables.REJECTS);
    if (rejects != null && incremental.enabled()) {
      rejects = rejects.filter(col("run_id").equalTo(runId));
    }
    Map<String, Long> byReason = new LinkedHashMap<>();
    // One row per reason code: bounded by the number of codes, not by the corpus.
    if (rejects != null) {
      for (Row row : rejects.groupBy("reason").count().orderBy("reason").collectAsList()) {
        byReason.put(row.getString(0), row.getLong(1));
      }
    }
    Map<String, Long> duplicatesByMethod = new LinkedHashMap<>();
    long withoutSentences = 0;
    if (documents != null) {
      // One row per method (exact, near): bounded, not proportional to the corpus.
      for (Row row : documents.filter(col("duplicate_of").isNotNull()).groupBy("duplicate_method").count()
          .orderBy("duplicate_method").collectAsList()) {
        duplicatesByMethod.put(row.getString(0), row.getLong(1));
      }
      Dataset<Row> canonicalIds = documents.filter(col("duplicate_of").isNull()).select("doc_id");
      withoutSentences = tableRows.get(Tables.SENTENCES) == 0 ? canonicalIds.count()
          : canonicalIds.except(read(Tables.SENTENCES).select("doc_id")).count();
    }
    long duplicates = duplicatesByMethod.values().stream().mapToLong(Long::longValue).sum();
    out.finish();
    long documentCount = !incremental.enabled() ? tableRows.get(Tables.DOCUMENTS)
        : (long) out.report().getOrDefault("documents_read", 0L);
    long rejectCount = byReason.values().stream().mapToLong(Long::longValue).sum();
    double total = (System.nanoTime() - t0) / 1e9;
    String manifestPath = config.output() + "/_runs/" + runId + ".json";

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("started", started.toString());
    manifest.put("ended", Instant.now().toString());
    manifest.put("inputs", config.inputs());
    manifest.put("output", config.output());
    manifest.put("ingest_options", Map.of(
        "min_chars", config.ingest().minChars(),
        "max_chars", config.ingest().maxChars(),
        "field_mapping", config.ingest().fieldMapping(),
        "near_duplicate_similarity", config.ingest().nearDuplicateSimilarity()));
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("since", incremental.window().since() == null ? "" : incremental.window().since().toString());
    window.put("until", incremental.window().until() == null ? "" : incremental.window().until().toString());
    window.put("undated_documents", incremental.window().isBounded() ? "excluded (bounded window)" : "included");
    manifest.put("window", window);
    manifest.put("input_files", inputs.describe(config.output() + "/_runs/" + runId + ".inputs.tsv"));
    manifest.put("output_mode", out.report());
    manifest.put("spark", Map.of("master", spark.sparkContext().master(), "version", spark.version()));
    manifest.put("code_version", Versions.code());
    manifest.put("model_version", SentenceAnalyzer.modelVersion(SharedResources.get()));
    manifest.put("topics", topicInfo);
    manifest.put("provenance", Provenance.describe(spark));
    manifest.put("input_records", documentCount + rejectCount);
    manifest.put("duplicates", duplicates);
    manifest.put("duplicates_by_method", duplicatesByMethod);
    manifest.put("documents_without_sentences", withoutSentences);
    manifest.put("table_rows", tableRows);
    manifest.put("rejects_by_reason", byReason);
    manifest.put("stage_seconds", timer.seconds());
    manifest.put("stage_cpu_seconds", timer.cpuSeconds());
    manifest.put("total_seconds", total);
    writeManifest(manifestPath, manifest);
    inputs.commit(runId);

    return new RunSummary(runId, config.output(), manifestPath, documentCount + rejectCount, documentCount,
        duplicates, withoutSentences, rejectCount, byReason, tableRows, timer.seconds(), total);
  }

  /** The gazetteer's actors and their types: a few hundred rows, built on the driver. */
  private Dataset<Row> actorTypes() {
    List<Row> rows = new java.util.ArrayList<>();
    for (ActorGazetteer.Actor actor : SharedResources.get().actors().actors()) {
      rows.add(org.apache.spark.sql.RowFactory.create(actor.canonical(), actor.type()));
    }
    return spark.createDataFrame(rows, Tables.schema("actor", org.apache.spark.sql.types.DataTypes.StringType,
        "actor_type", org.apache.spark.sql.types.DataTypes.StringType));
  }

  /** Documents per analysis task: small enough that a task's sorted output stays small, big enough to amortise. */
  static final int DOCS_PER_ANALYSIS_TASK = 2000;

  /**
   * Documents read back from Parquet come in as few partitions as the files allow (often one or two per core), so
   * one core would sit idle while the other finishes the last, largest one. Analysis costs tens of milliseconds per
   * document and a shuffle of its text microseconds, so the documents are spread over at least four tasks per core,
   * by doc_id hash (deterministic on a retry, unlike round-robin, and without the sort Spark adds to make
   * round-robin deterministic).
   */
  private Dataset<Row> spreadOut(Dataset<Row> documents) {
    long count = documents.count();
    int cores = spark.sparkContext().defaultParallelism();
    int tasks = (int) Math.max(4L * cores, (count + DOCS_PER_ANALYSIS_TASK - 1) / DOCS_PER_ANALYSIS_TASK);
    return documents.repartition(tasks, col("doc_id"));
  }

  /** How an incremental run merged into the output (window, files, months and periods rewritten); empty for full runs. */
  public Map<String, Object> outputReport() {
    return out == null ? Map.of() : out.report();
  }

  /** Times a stage and names its Spark jobs after it, so the Spark UI (and the fault test) can tell the stages apart. */
  private void stage(String name, Runnable work) {
    spark.sparkContext().setJobDescription("opedlens " + name);
    try {
      timer.time(name, work);
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  private String path(String table) {
    return config.output() + "/" + table;
  }

  /** A full run replaces the table; an incremental run merges into it (see IncrementalOutput). */
  private void write(Dataset<Row> table, String name, boolean partitioned) {
    out.write(table, name, partitioned);
  }

  private Dataset<Row> read(String name) {
    return spark.read().parquet(path(name));
  }

  /** Through Hadoop's FileSystem, so the manifest lands beside the tables on HDFS or S3 as well as locally. */
  private void writeManifest(String manifestPath, Map<String, Object> manifest) {
    Path path = new Path(manifestPath);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(Json.MAPPER.writeValueAsBytes(manifest));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run manifest " + manifestPath, e);
    }
  }

  /** The default inputs when the user names none. */
  public static List<String> defaultInputs() {
    return List.of(RunConfig.DEFAULT_INPUT);
  }
}
