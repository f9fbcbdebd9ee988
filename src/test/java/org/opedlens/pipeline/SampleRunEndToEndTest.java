package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;
import org.opedlens.util.Json;

/** The whole pipeline on the bundled sample: real Spark, real OpenNLP models, Parquet written and read back. */
class SampleRunEndToEndTest {
  private static final String SEED = "000_ec6afc3cc24a8bd1.txt";
  private static SparkSession spark;
  private static RunSummary summary;

  @BeforeAll
  static void run() {
    spark = SharedSpark.get();
    summary = SampleRun.get();
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(SampleRun.OUTPUT.resolve(name).toString());
  }

  private static Row seed() {
    List<Row> rows = table(Tables.DOCUMENTS).filter(col("source_path").endsWith(SEED)).collectAsList();
    assertEquals(1, rows.size(), "the seed op-ed is one document");
    return rows.get(0);
  }

  @Test
  void seedMetadataIsRecovered() {
    Row seed = seed();
    assertEquals("Robert A. Manning", seed.getAs("author"));
    assertEquals(java.sql.Date.valueOf("2022-01-13"), seed.getAs("date"));
    assertEquals("2022-01", seed.getAs("pub_month"));
    String bio = seed.getAs("bio");
    assertTrue(bio.startsWith("Robert A. Manning is a senior fellow"), bio);
    assertFalse(bio.contains("Follow him"), "the social line is removed from the bio: " + bio);
    String text = seed.getAs("text");
    // The seed's first line is its lede (tag words fused in), not a headline: it opens the body, nothing is lost.
    assertTrue(text.startsWith("the upheaval in Kazakhstan shook Central Asia"), text.substring(0, 80));
    assertTrue(text.contains("American foreign policy.\n\nThe uprising in the former Soviet republic"),
        text.substring(0, 600));
    assertNull(seed.getAs("title"), "no headline on the seed's first line");
    assertFalse(text.contains("senior fellow"), "the bio is not part of the body");
    assertFalse(text.contains("Twitter"), "the social line is not part of the body");
    assertTrue(((String) seed.getAs("metadata_source")).contains("author=bio"));
    assertTrue(((String) seed.getAs("metadata_source")).contains("date=header"));
  }

  @Test
  void seedHasAPlausibleNumberOfSentencesWithStance() {
    String docId = seed().getAs("doc_id");
    Dataset<Row> sentences = table(Tables.SENTENCES).filter(col("doc_id").equalTo(docId));
    long n = sentences.count();
    // The body has about 45 sentences by a human count; a splitter far off that is broken.
    assertTrue(n >= 38 && n <= 60, "seed sentences: " + n);
    assertTrue(sentences.filter(col("autocracy_stance").notEqual("ABSENT")).count() >= 10,
        "the seed is about autocracy: many sentences address it");
    assertTrue(sentences.filter(col("democracy_stance").notEqual("ABSENT")).count() >= 3);
  }

  @Test
  void sentenceOffsetsPointIntoTheDocumentText() {
    Map<String, String> texts = new HashMap<>();
    for (Row d : table(Tables.DOCUMENTS).select("doc_id", "text").collectAsList()) {
      texts.put(d.getString(0), d.getString(1));
    }
    List<Row> sentences =
        table(Tables.SENTENCES).select("doc_id", "char_start", "char_end", "text").collectAsList();
    assertFalse(sentences.isEmpty());
    for (Row s : sentences) {
      String doc = texts.get(s.getString(0));
      assertNotNull(doc, "every sentence belongs to a document");
      assertEquals(s.getString(3), doc.substring(s.getInt(1), s.getInt(2)));
    }
  }

  /** Input records counted from the files themselves, independently of the job. */
  private static long countInputRecords() throws IOException {
    long records = 0;
    try (Stream<Path> files = Files.walk(SampleRun.SAMPLE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.toString().endsWith(".jsonl")) {
          records += Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
        } else {
          records++;
        }
      }
    }
    return records;
  }

  @Test
  void everyInputIsADocumentOrAReject() throws IOException {
    long inputs = countInputRecords();
    long documents = table(Tables.DOCUMENTS).count();
    long rejects = table(Tables.REJECTS).count();
    assertEquals(inputs, documents + rejects);
    assertEquals(inputs, summary.inputs());
    assertTrue(documents >= 21, "the sample has the seed and at least 20 more op-eds: " + documents);
    assertEquals(0, summary.documentsWithoutSentences(), "every canonical document was analysed");
  }

  @Test
  void allTablesAreWrittenWithRows() {
    for (String name : Tables.ALL) {
      if (!name.equals(Tables.REJECTS)) {
        assertTrue(table(name).count() > 0, name + " has rows");
        assertEquals(1, table(name).select("run_id").distinct().count(), name + " rows carry one run_id");
      }
    }
    assertTrue(Files.isDirectory(SampleRun.OUTPUT.resolve("documents/pub_month=2022-01")),
        "documents are partitioned by publication month");
    assertTrue(Files.isDirectory(SampleRun.OUTPUT.resolve("sentences/pub_month=2022-01")));
  }

  @Test
  void trendsHaveEveryGranularityAndReconcileWithSentences() {
    Dataset<Row> authors = table(Tables.AUTHOR_TRENDS);
    for (String granularity : List.of("day", "week", "month")) {
      long sentencesInTrends =
          authors.filter(col("granularity").equalTo(granularity)).agg(org.apache.spark.sql.functions.sum("sentences"))
              .first().getLong(0);
      assertEquals(table(Tables.SENTENCES).count(), sentencesInTrends,
          "each granularity partitions all sentences: " + granularity);
    }
    Row manning = authors.filter(col("author").equalTo("Robert A. Manning").and(col("granularity").equalTo("month")))
        .first();
    double share = manning.getAs("autocracy_addressed_share");
    double low = manning.getAs("autocracy_addressed_share_ci_low");
    double high = manning.getAs("autocracy_addressed_share_ci_high");
    assertTrue(low <= share && share <= high && low >= 0 && high <= 1, low + " " + share + " " + high);
  }

  @Test
  void manifestRecordsTheRun() throws IOException {
    JsonNode manifest = Json.MAPPER.readTree(Path.of(summary.manifestPath()).toFile());
    assertEquals(summary.runId(), manifest.get("run_id").asText());
    for (String table : Tables.ALL) {
      assertEquals(table(table).count(), manifest.get("table_rows").get(table).asLong(), table);
    }
    assertTrue(manifest.get("stage_seconds").has("sentences"));
    assertTrue(manifest.get("model_version").asText().contains("sentiment="));
    assertFalse(manifest.get("code_version").asText().isBlank());
  }

  @Test
  void rerunIntoTheSameOutputReplacesRatherThanDuplicates() {
    Path output = Path.of("target/test-output/rerun");
    SampleRun.deleteRecursively(output);
    RunSummary first = SampleRun.run(output);
    RunSummary second = SampleRun.run(output);
    assertEquals(first.tableRows(), second.tableRows());
    for (String name : Tables.ALL) {
      Dataset<Row> rows = spark.read().parquet(output.resolve(name).toString());
      assertEquals(second.tableRows().get(name), rows.count(), name);
      if (rows.count() > 0) {
        assertEquals(second.runId(), rows.select("run_id").distinct().first().getString(0), name);
      }
    }
    List<String> firstIds = spark.read().parquet(SampleRun.OUTPUT.resolve("documents").toString())
        .select("doc_id").orderBy("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> secondIds = spark.read().parquet(output.resolve("documents").toString())
        .select("doc_id").orderBy("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(firstIds, secondIds, "doc_ids are stable across runs and output folders");
  }
}
