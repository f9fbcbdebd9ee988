package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.schema.Tables;
import org.opedlens.testing.OutputComparison;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;
import org.opedlens.util.Json;

/**
 * Incremental runs on the sample, checked against full runs: windows that together cover every date give the full
 * run's tables; re-running a window leaves identical rows and touches no other month; a daily run with an input
 * manifest reads only new files and ends where a full run over the same files ends.
 */
class IncrementalRunTest {
  private static final Path ROOT = Path.of("target/test-output/incremental");
  /** Splits October 2022 (documents on the 6th, 12th and 25th): its partition and month trend get rows from both. */
  private static final LocalDate SPLIT = LocalDate.parse("2022-10-10");

  /** Tables fitted on every stored document, not computed document by document or period by period. */
  private static final List<String> FITTED_ON_THE_WHOLE_CORPUS = List.of(Tables.TOPICS, Tables.DOCUMENT_TOPICS);

  private final SparkSession spark = SharedSpark.get();

  private static RunJob run(List<Path> inputs, Path output, LocalDate since, LocalDate until, Path manifest) {
    RunConfig config = new RunConfig(inputs.stream().map(Path::toString).toList(), output.toString(),
        IngestOptions.defaults());
    RunJob job = new RunJob(SharedSpark.get(), config,
        new IncrementalOptions(new DateWindow(since, until), manifest == null ? null : manifest.toString()));
    job.run();
    return job;
  }

  private Dataset<Row> table(Path output, String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static JsonNode runManifest(Path output, RunJob job) throws IOException {
    return Json.MAPPER.readTree(output.resolve("_runs/" + job.runId() + ".json").toFile());
  }

  @Test
  void windowsCoveringEveryDateAddUpToTheFullRunAndARerunChangesNothing() throws IOException {
    Path full = SampleRun.OUTPUT;
    SampleRun.get();
    Path output = ROOT.resolve("windows");
    SampleRun.deleteRecursively(output);

    RunJob early = run(List.of(SampleRun.SAMPLE), output, null, SPLIT.minusDays(1), null);
    RunJob late = run(List.of(SampleRun.SAMPLE), output, SPLIT, null, null);
    JsonNode lateManifest = runManifest(output, late);
    // Undated documents belong to no bounded window (the documented choice): the windows add up to the full run's
    // dated rows, and each windowed run counts the undated documents it left out.
    long undated = table(full, Tables.DOCUMENTS).filter(col("date").isNull()).count();
    assertEquals(undated, runManifest(output, early).at("/output_mode/undated_outside_window").asLong());
    assertEquals(undated, lateManifest.at("/output_mode/undated_outside_window").asLong());
    assertSameDatedRows(full, output);
    // Topics are fitted on every stored document, so the windows' topics are those of one run over every date
    // (the full run's topics also saw the undated documents).
    Path everyDate = ROOT.resolve("every-date");
    SampleRun.deleteRecursively(everyDate);
    run(List.of(SampleRun.SAMPLE), everyDate, LocalDate.parse("1900-01-01"), LocalDate.parse("2999-12-31"), null);
    assertTrue(table(everyDate, Tables.TOPICS).count() > 0, "the sample's dated documents are enough to fit topics");
    OutputComparison.assertSameOutput(spark, everyDate, output, FITTED_ON_THE_WHOLE_CORPUS);
    assertEquals("2022-10-10..", lateManifest.at("/output_mode/window").asText());
    assertTrue(lateManifest.at("/output_mode/months_rewritten").toString().contains("2022-10"));
    assertFalse(lateManifest.at("/output_mode/months_rewritten").toString().contains("2022-09"),
        "months before the window are not rewritten");

    Path before = ROOT.resolve("windows-before-rerun");
    copy(output, before);
    RunJob rerun = run(List.of(SampleRun.SAMPLE), output, SPLIT, null, null);
    OutputComparison.assertSameOutput(spark, before, output, Tables.ALL);

    Dataset<Row> documents = table(output, Tables.DOCUMENTS);
    assertEquals(Set.of(early.runId()), runIds(documents.filter(col("date").lt(java.sql.Date.valueOf(SPLIT)))),
        "documents before the window keep the run that wrote them, even in the rewritten October partition");
    assertEquals(Set.of(rerun.runId()), runIds(documents.filter(col("date").geq(java.sql.Date.valueOf(SPLIT)))));
    Dataset<Row> monthTrends = table(output, Tables.AUTHOR_TRENDS).filter(col("granularity").equalTo("month"));
    assertEquals(Set.of(rerun.runId()),
        runIds(monthTrends.filter(col("period_start").equalTo(java.sql.Date.valueOf("2022-10-01")))),
        "October's trends are recomputed: the window touches October");
    assertEquals(Set.of(early.runId()),
        runIds(monthTrends.filter(col("period_start").lt(java.sql.Date.valueOf("2022-10-01")))),
        "earlier months' trends are left alone");
  }

  /** The full run's rows with a date (trend rows with a period) against everything a set of windowed runs wrote. */
  private void assertSameDatedRows(Path full, Path windowed) {
    for (String name : Tables.ALL) {
      if (FITTED_ON_THE_WHOLE_CORPUS.contains(name)) {
        continue;
      }
      Dataset<Row> want = table(full, name);
      List<String> columns = List.of(want.columns());
      if (columns.contains("period_start")) {
        Dataset<Row> dated = want.filter(col("period_start").isNotNull());
        OutputComparison.assertSameAggregates(OutputComparison.comparable(dated),
            OutputComparison.comparable(table(windowed, name)), name);
      } else {
        if (columns.contains("date")) {
          want = want.filter(col("date").isNotNull());
        }
        OutputComparison.assertSameRows(OutputComparison.comparable(want),
            OutputComparison.comparable(table(windowed, name)), name);
      }
    }
  }

  @Test
  void aDailyRunWithAnInputManifestReadsOnlyNewFiles() throws IOException {
    Path landing = ROOT.resolve("landing");
    Path output = ROOT.resolve("daily");
    Path manifest = output.resolve("_input_manifest.jsonl");
    SampleRun.deleteRecursively(landing);
    SampleRun.deleteRecursively(output);
    Files.createDirectories(landing);
    List<Path> sample;
    try (Stream<Path> files = Files.list(SampleRun.SAMPLE)) {
      sample = files.sorted().toList();
    }
    List<Path> firstDay = sample.subList(0, 8);
    List<Path> secondDay = sample.subList(8, sample.size());
    for (Path file : firstDay) {
      Files.copy(file, landing.resolve(file.getFileName()));
    }
    Files.writeString(landing.resolve("short.txt"), "Too short to be an op-ed.\n");

    RunJob day1 = run(List.of(landing), output, null, null, manifest);
    assertEquals(9, runManifest(output, day1).at("/input_files/files_read").asInt());
    for (Path file : secondDay) {
      Files.copy(file, landing.resolve(file.getFileName()));
    }
    RunJob day2 = run(List.of(landing), output, null, null, manifest);
    JsonNode day2Manifest = runManifest(output, day2);
    assertEquals(secondDay.size(), day2Manifest.at("/input_files/files_read").asInt(), "only the new files");
    assertEquals(9, day2Manifest.at("/input_files/files_skipped_by_input_manifest").asInt());
    assertEquals(1, table(output, Tables.REJECTS).count(), "the first day's reject is kept");

    Path fullRun = ROOT.resolve("daily-full");
    SampleRun.deleteRecursively(fullRun);
    new RunJob(spark, new RunConfig(List.of(landing.toString()), fullRun.toString(), IngestOptions.defaults())).run();
    OutputComparison.assertSameOutput(spark, fullRun, output, Tables.ALL);

    Path before = ROOT.resolve("daily-before-rerun");
    copy(output, before);
    RunJob rerun = run(List.of(landing), output, LocalDate.parse("2022-10-01"), LocalDate.parse("2022-10-31"),
        manifest);
    assertEquals(0, runManifest(output, rerun).at("/input_files/files_read").asInt(),
        "every file was processed for a window covering October: nothing to read");
    OutputComparison.assertSameOutput(spark, before, output, Tables.ALL);
    assertEquals(Set.of(day1.runId(), day2.runId()), runIds(table(output, Tables.DOCUMENTS)),
        "a run with nothing to read rewrites nothing");
  }

  @Test
  void aCopyArrivingLaterIsFlaggedAsADuplicateOfTheStoredDocument() throws IOException {
    Path landing = ROOT.resolve("syndicated");
    Path output = ROOT.resolve("syndicated-out");
    Path manifest = output.resolve("_input_manifest.jsonl");
    SampleRun.deleteRecursively(landing);
    SampleRun.deleteRecursively(output);
    Files.createDirectories(landing);
    Path original = SampleRun.SAMPLE.resolve("003_886f99f80bcdb7cc.txt");
    Files.copy(original, landing.resolve("monday-" + original.getFileName()));
    run(List.of(landing), output, null, null, manifest);
    String storedId = table(output, Tables.DOCUMENTS).select("doc_id").as(Encoders.STRING()).first();
    long sentences = table(output, Tables.SENTENCES).count();

    Files.copy(original, landing.resolve("tuesday-" + original.getFileName()));
    RunJob tuesday = run(List.of(landing), output, null, null, manifest);
    Dataset<Row> copy = table(output, Tables.DOCUMENTS).filter(col("source_path").contains("tuesday-"));
    assertEquals(1, copy.count());
    assertEquals(storedId, copy.first().getAs("duplicate_of"), "the stored document stays canonical");
    assertEquals("exact", copy.first().getAs("duplicate_method"), "same content_hash as the stored document");
    assertEquals(sentences, table(output, Tables.SENTENCES).count(), "the copy adds no sentences");
    assertEquals(1, runManifest(output, tuesday).at("/output_mode/documents_written_as_duplicates").asLong());
    assertEquals(1, runManifest(output, tuesday).at("/input_files/files_read").asLong());
  }

  private static Set<String> runIds(Dataset<Row> rows) {
    return rows.select("run_id").distinct().as(Encoders.STRING()).collectAsList().stream()
        .collect(Collectors.toSet());
  }

  private static void copy(Path from, Path to) throws IOException {
    SampleRun.deleteRecursively(to);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
