package org.opedlens.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.pipeline.RunSummary;
import org.opedlens.pipeline.StageTimer;
import org.opedlens.pipeline.Versions;
import org.opedlens.schema.Tables;
import org.opedlens.util.Json;

/**
 * The benchmark: makes (or reuses) a corpus, runs the whole pipeline on it exactly as {@code run} does, and
 * reports throughput against the raw OpenNLP ceiling measured in the same JVM on the same text. Wall time covers
 * {@link RunJob#run()} only: corpus generation and Spark session start-up are reported apart.
 */
public final class BenchJob {
  /** What to bench. {@code inputs} empty means: generate {@code docs} op-eds from {@code sampleDir}. */
  public record Options(int docs, long seed, double txtShare, List<String> inputs, Path work, Path sampleDir,
      long ceilingChars, int ceilingRepeats) {}

  private BenchJob() {}

  public static Map<String, Object> run(SparkSession spark, Options options) {
    Map<String, Object> corpus;
    List<String> inputs;
    double generateSeconds = 0;
    if (options.inputs().isEmpty()) {
      long start = System.nanoTime();
      CorpusGenerator.Corpus generated = corpus(options);
      generateSeconds = (System.nanoTime() - start) / 1e9;
      corpus = generated.describe();
      inputs = new ArrayList<>(List.of(generated.dir().resolve("jsonl").toString()));
      if (generated.txtFiles() > 0) {
        inputs.add(generated.dir().resolve("txt").toString());
      }
    } else {
      corpus = new LinkedHashMap<>(Map.of("inputs", options.inputs(), "generated", false));
      inputs = options.inputs();
    }
    String output = options.work().resolve("output").toString();
    RunConfig config = new RunConfig(inputs, output, IngestOptions.defaults());

    double load0 = loadAverage();
    long cpu0 = processCpuNanos();
    long gc0 = gcMillis();
    RunSummary summary;
    double wall;
    HeapMonitor heap = new HeapMonitor();
    try {
      long start = System.nanoTime();
      summary = new RunJob(spark, config).run();
      wall = (System.nanoTime() - start) / 1e9;
    } finally {
      heap.close();
    }
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    double gcSeconds = (gcMillis() - gc0) / 1e3;
    double load1 = loadAverage();
    TextAnalyzer.LemmaStats lemmas = TextAnalyzer.lemmaStats();

    // Counts come from the tables written, after the clock stopped.
    Dataset<Row> canonical = spark.read().parquet(output + "/" + Tables.DOCUMENTS).filter(col("duplicate_of").isNull());
    Row docStats = canonical.agg(count("*"), sum("char_count")).first();
    long docs = docStats.getLong(0);
    long chars = docStats.isNullAt(1) ? 0 : docStats.getLong(1);
    Row sentenceStats =
        spark.read().parquet(output + "/" + Tables.SENTENCES).agg(count("*"), sum("token_count")).first();
    long sentences = sentenceStats.getLong(0);
    long tokens = sentenceStats.isNullAt(1) ? 0 : sentenceStats.getLong(1);
    if (docs == 0 || chars == 0) {
      throw new IllegalStateException("the run produced no documents; nothing to bench (see " + summary.manifestPath()
          + ")");
    }

    List<String> sample = sample(canonical, chars / (double) docs, options.ceilingChars());
    CeilingMeter.Result ceiling = CeilingMeter.measure(sample, options.ceilingRepeats(), options.ceilingChars() / 5);
    int cores = spark.sparkContext().defaultParallelism();
    double charsPerS = chars / wall;
    double ceilingCharsPerS = ceiling.ceilingCharsPerS() * cores;

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("docs", docs);
    report.put("chars", chars);
    report.put("sentences", sentences);
    report.put("tokens", tokens);
    report.put("wall_s", wall);
    report.put("docs_per_s", docs / wall);
    report.put("chars_per_s", charsPerS);
    report.put("sentences_per_s", sentences / wall);
    report.put("stage_seconds", summary.stageSeconds());
    report.put("stage_cpu_seconds", manifestField(summary.manifestPath(), "stage_cpu_seconds"));
    report.put("cores", cores);
    report.put("ceiling_chars_per_s", ceilingCharsPerS);
    report.put("ratio_to_ceiling", charsPerS / ceilingCharsPerS);
    // The same ratio in CPU time: what the machine's other tenants take from the run's wall clock drops out.
    report.put("ratio_to_ceiling_cpu", (chars / cpuSeconds) / ceiling.ceilingCharsPerCpuS());
    // Against the same work done with the pipeline's tokenizer and tagger settings (same output for less work):
    // the stricter ratio, so those settings' gain is not mistaken for less overhead elsewhere.
    report.put("tuned_ceiling_chars_per_s", ceiling.tunedCharsPerS() * cores);
    report.put("ratio_to_tuned_ceiling", charsPerS / (ceiling.tunedCharsPerS() * cores));
    report.put("ratio_to_tuned_ceiling_cpu", (chars / cpuSeconds) / ceiling.tunedCharsPerCpuS());
    report.put("wall_ms_per_doc", wall * 1e3 / docs);
    report.put("cpu_ms_per_doc", cpuSeconds * 1e3 / docs);
    report.put("projected_hours_for_1m_docs", wall / docs * 1_000_000 / 3600);
    report.put("peak_heap_mb", heap.peakAfterGcBytes() / 1048576.0);
    report.put("peak_heap_used_mb", heap.peakUsedBytes() / 1048576.0);
    report.put("max_heap_mb", HeapMonitor.maxHeapBytes() / 1048576.0);
    report.put("heap_method", "peak_heap_mb = largest heap in use right after a GC (live data; from GC "
        + "notifications); peak_heap_used_mb = largest heap in use at 50 ms polls, garbage included; local mode, so "
        + "driver and executor share this JVM");
    report.put("gc_collections", heap.collections());
    report.put("gc_s", gcSeconds);
    report.put("process_cpu_s", cpuSeconds);
    report.put("cpu_utilisation", cpuSeconds / (wall * Runtime.getRuntime().availableProcessors()));
    report.put("load_average_before", load0);
    report.put("load_average_after", load1);
    report.put("input_records", summary.inputs());
    report.put("duplicates", summary.duplicates());
    report.put("rejects", summary.rejects());
    report.put("documents_without_sentences", summary.documentsWithoutSentences());
    report.put("ceiling", ceiling.describe());
    Map<String, Object> lemmaReport = new LinkedHashMap<>();
    lemmaReport.put("lookups", lemmas.lookups());
    lemmaReport.put("statistical_model_calls", lemmas.modelCalls());
    lemmaReport.put("hit_rate", lemmas.hitRate());
    lemmaReport.put("statistical_model_s", lemmas.modelNanos() / 1e9);
    lemmaReport.put("cache_entries", lemmas.cacheEntries());
    report.put("lemma_cache", lemmaReport);
    report.put("corpus", corpus);
    report.put("generate_s", generateSeconds);
    report.put("run_manifest", summary.manifestPath());
    report.put("spark", Map.of(
        "master", spark.sparkContext().master(),
        "version", spark.version(),
        "shuffle_partitions", spark.conf().get("spark.sql.shuffle.partitions")));
    report.put("java", Map.of(
        "version", System.getProperty("java.version"),
        "available_processors", Runtime.getRuntime().availableProcessors(),
        "gc", String.join(",", ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).toList())));
    report.put("code_version", Versions.code());
    return report;
  }

  /** Reuses a corpus already generated with the same docs, seed and txt share; otherwise generates it afresh. */
  static CorpusGenerator.Corpus corpus(Options options) {
    Path dir = options.work().resolve(String.format(Locale.ROOT, "corpus-%d-seed%d-txt%s", options.docs(),
        options.seed(), Double.toString(options.txtShare())));
    Path manifest = dir.resolve(CorpusGenerator.MANIFEST);
    if (Files.isRegularFile(manifest)) {
      try {
        JsonNode existing = Json.MAPPER.readTree(manifest.toFile());
        return new CorpusGenerator.Corpus(dir, existing.get("docs").asInt(), existing.get("seed").asLong(),
            existing.get("txt_share").asDouble(), existing.get("txt_files").asInt(),
            existing.get("jsonl_shards").asInt(), existing.get("bytes").asLong(), existing.get("authors").asInt());
      } catch (IOException | RuntimeException e) {
        // An unreadable manifest means a half-written corpus: make it again.
      }
    }
    deleteRecursively(dir);
    return new CorpusGenerator(options.sampleDir()).generate(dir, options.docs(), options.seed(), options.txtShare());
  }

  /** Whole documents from the run's own output, about {@code chars} characters of them. */
  static List<String> sample(Dataset<Row> canonical, double averageChars, long chars) {
    int docs = (int) Math.max(1, Math.ceil(chars / Math.max(1, averageChars)));
    List<String> texts = new ArrayList<>();
    for (Row row : canonical.select("text").limit(docs).collectAsList()) {
      texts.add(row.getString(0));
    }
    return texts;
  }

  private static Object manifestField(String manifestPath, String field) {
    try {
      return Json.MAPPER.readTree(Path.of(manifestPath).toFile()).get(field);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long processCpuNanos() {
    return StageTimer.processCpuNanos();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The few lines the command prints. */
  public static String render(Map<String, Object> report) {
    return String.format(Locale.ROOT,
        "bench: %d docs, %d chars, %d sentences in %.1f s on %d cores%n"
            + "  %.1f docs/s, %.0f chars/s; ceiling %.0f chars/s; ratio_to_ceiling %.3f (in CPU time %.3f)%n"
            + "  %.2f ms/doc wall, %.2f ms/doc cpu; 1 M docs ≈ %.2f h; peak heap %.0f MB after GC (%.0f MB used, max %.0f)%n"
            + "  stage seconds %s%n  stage cpu seconds %s%n",
        report.get("docs"), report.get("chars"), report.get("sentences"), report.get("wall_s"), report.get("cores"),
        report.get("docs_per_s"), report.get("chars_per_s"), report.get("ceiling_chars_per_s"),
        report.get("ratio_to_ceiling"), report.get("ratio_to_ceiling_cpu"), report.get("wall_ms_per_doc"), report.get("cpu_ms_per_doc"),
        report.get("projected_hours_for_1m_docs"), report.get("peak_heap_mb"), report.get("peak_heap_used_mb"),
        report.get("max_heap_mb"), report.get("stage_seconds"), report.get("stage_cpu_seconds"));
  }
}
