package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.pipeline.RunSummary;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/**
 * A corpus of hostile files, generated under target/ at test time, through the whole pipeline in a test JVM with a
 * 2 GB heap: binary, empty, invalid UTF-8, a 20 MB single-line text and JSON line, CSV with embedded newlines and
 * quotes, malformed JSON lines, gzip files that expand to 1 GB, a corrupt Parquet file. Each file's outcomes are
 * known in advance (the independent count); the run must account for every one with the right reason code.
 */
class HostileInputsTest {
  private static final Path CORPUS = Path.of("target/test-corpus/hostile");
  private static final Path OUTPUT = Path.of("target/test-output/hostile-run");
  private static final String BODY =
      "The generals promised elections within a year, and nobody in the capital believed them for a moment. ";

  /** File name → the outcome of each of its records, in order: "document" or a reject reason code. */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();
  private static RunSummary summary;

  @BeforeAll
  static void writeCorpusAndRun() throws IOException {
    SampleRun.deleteRecursively(CORPUS);
    Files.createDirectories(CORPUS.resolve("nested/deeper"));
    write("good.txt", ("Why the Junta Will Fall\nBy Jane Doe\nPublished 4 Mar 2022\n\n" + BODY.repeat(8)).getBytes(
        StandardCharsets.UTF_8), "document");
    write("nested/deeper/also-good.txt.gz", FileIngestorTest.gzip(("date 2022-01-13 Another headline\n\n"
        + BODY.repeat(6) + "\n\nJohn Roe is a columnist for the Herald.").getBytes(StandardCharsets.UTF_8)),
        "document");
    write("empty.txt", new byte[0], "empty");
    write("blank.jsonl", " \n\n\t\n".getBytes(StandardCharsets.UTF_8), "empty");
    byte[] binary = new byte[50_000];
    new Random(1).nextBytes(binary);
    binary[0] = (byte) 0x89;
    binary[1] = 'P';
    binary[2] = 'N';
    binary[3] = 'G';
    binary[4] = 0;
    write("image.txt", binary, "binary");
    byte[] invalid = new byte[20_000];
    for (int i = 0; i < invalid.length; i++) {
      invalid[i] = (byte) (0x80 + (i * 31) % 0x7F);
    }
    write("invalid-utf8.txt", invalid, "undecodable");
    write("short.txt", "Too short to be an op-ed.".getBytes(StandardCharsets.UTF_8), "too_short");
    write("noise.txt", "ADVERTISEMENT\nShare this article\nFacebook | Twitter | Email\n".getBytes(
        StandardCharsets.UTF_8), "no_text_after_cleanup");
    write("notes.docx", BODY.getBytes(StandardCharsets.UTF_8), "unsupported_format");
    write("truncated.txt.gz", Arrays.copyOf(FileIngestorTest.gzip(BODY.repeat(50).getBytes()), 30), "undecodable");
    write("corrupt.parquet", "PAR1 this is not really parquet".getBytes(StandardCharsets.UTF_8),
        "unparseable_record");

    // 20 MB on one line, as a text file and as a JSON line between two good ones.
    String line20mb = "word ".repeat(4_000_000);
    write("single-line-20mb.txt", line20mb.getBytes(StandardCharsets.US_ASCII), "too_long");
    String good = "{\"text\":\"" + BODY.repeat(4) + "\",\"author\":\"Jane Doe\"}\n";
    write("single-line-20mb.jsonl", (good + "{\"text\":\"" + line20mb + "\"}\n" + good.replace("Jane", "Joan"))
        .getBytes(StandardCharsets.US_ASCII), "document", "too_long", "document");

    write("malformed.jsonl", (good + "{\"text\": \"no closing quote}\n[\"an array\"]\n{\"title\":\"no text\"}\n"
        + "{\"text\":\"\"}\n").getBytes(StandardCharsets.UTF_8),
        "document", "unparseable_record", "unparseable_record", "missing_field", "empty");

    String csv = "id,author,date,text\n"
        + "1,Jane Doe,2022-01-13,\"She wrote: \"\"Enough.\"\"\nA new line, inside the field. " + BODY.repeat(3) + "\"\n"
        + "2,\"Roe, John\",2022-01-14,\"" + BODY.repeat(3) + "\",surplus\n"
        + "3,Jim Poe,2022-01-15,\"" + BODY.repeat(3).replace("nobody", "no one") + "\"\n";
    write("embedded.csv", csv.getBytes(StandardCharsets.UTF_8), "document", "unparseable_record", "document");

    // Gzip bombs: 1024 gzip members of 1 MB each expand to 1 GB; ingest must stop long before.
    byte[] megabyte = new byte[1 << 20];
    Arrays.fill(megabyte, (byte) 'a');
    byte[] member = FileIngestorTest.gzip(megabyte);
    writeRepeated("bomb.txt.gz", member, 1024, "too_long");
    writeRepeated("bomb.jsonl.gz", member, 1024, "too_long");

    summary = new RunJob(SharedSpark.get(),
        new RunConfig(List.of(CORPUS.toString()), OUTPUT.toString(), IngestOptions.defaults())).run();
  }

  private static void write(String name, byte[] bytes, String... outcomes) throws IOException {
    Files.write(CORPUS.resolve(name), bytes);
    EXPECTED.put(name, List.of(outcomes));
  }

  private static void writeRepeated(String name, byte[] member, int times, String... outcomes) throws IOException {
    try (OutputStream out = Files.newOutputStream(CORPUS.resolve(name))) {
      for (int i = 0; i < times; i++) {
        out.write(member);
      }
    }
    EXPECTED.put(name, List.of(outcomes));
  }

  private static Dataset<Row> table(String name) {
    return SharedSpark.get().read().parquet(OUTPUT.resolve(name).toString());
  }

  private static String fileOf(String sourcePath) {
    return sourcePath.substring(sourcePath.indexOf("hostile/") + "hostile/".length());
  }

  @Test
  void everyInputIsAccountedForWithItsReason() {
    long expectedInputs = EXPECTED.values().stream().mapToLong(List::size).sum();
    long expectedDocuments = EXPECTED.values().stream().flatMap(List::stream).filter("document"::equals).count();
    assertEquals(expectedInputs, summary.inputs(), "inputs = documents + rejects, counted independently");
    assertEquals(expectedDocuments, summary.documents());
    assertEquals(expectedInputs - expectedDocuments, summary.rejects());
    assertTrue(summary.render().contains(String.format("inputs %d = documents %d + rejects %d", expectedInputs,
        expectedDocuments, expectedInputs - expectedDocuments)), summary.render());

    Map<String, List<String>> actual = new TreeMap<>();
    for (Row row : table(Tables.REJECTS).select("source_path", "record_key", "reason").collectAsList()) {
      actual.computeIfAbsent(fileOf(row.getString(0)), k -> new ArrayList<>()).add(row.getString(1) + ":" + row.getString(2));
    }
    for (Row row : table(Tables.DOCUMENTS).select("source_path", "record_key").collectAsList()) {
      actual.computeIfAbsent(fileOf(row.getString(0)), k -> new ArrayList<>()).add(row.getString(1) + ":document");
    }
    Map<String, List<String>> expected = new TreeMap<>();
    EXPECTED.forEach((file, outcomes) -> {
      List<String> sorted = new ArrayList<>(outcomes);
      sorted.sort(null);
      expected.put(file, sorted);
    });
    Map<String, List<String>> actualReasons = new TreeMap<>();
    actual.forEach((file, keyed) -> {
      List<String> reasons = new ArrayList<>();
      keyed.forEach(k -> reasons.add(k.substring(k.indexOf(':') + 1)));
      reasons.sort(null);
      actualReasons.put(file, reasons);
    });
    assertEquals(expected, actualReasons, "outcomes per file; with record keys: " + actual);
  }

  @Test
  void everyReasonCodeOfTheIssueIsExercised() {
    List<String> reasons = table(Tables.REJECTS).select("reason").distinct().as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    for (String code : List.of("empty", "binary", "undecodable", "too_short", "too_long", "no_text_after_cleanup",
        "unparseable_record", "missing_field")) {
      assertTrue(reasons.contains(code), "reason " + code + " in " + reasons);
    }
  }

  @Test
  void rejectsSayWhereAndWhy() {
    Row jsonLine = table(Tables.REJECTS).filter(col("source_path").endsWith("single-line-20mb.jsonl")).first();
    assertEquals("line 2", jsonLine.getAs("record_key"));
    assertTrue(((String) jsonLine.getAs("excerpt")).startsWith("{\"text\":\"word word"), "an excerpt of the record");
    Row bomb = table(Tables.REJECTS).filter(col("source_path").endsWith("bomb.txt.gz")).first();
    assertTrue(((String) bomb.getAs("detail")).contains("not expanded further"), bomb.toString());
    Row csvRow = table(Tables.REJECTS).filter(col("source_path").endsWith("embedded.csv")).first();
    assertEquals("row 2", csvRow.getAs("record_key"));
    Row embedded = table(Tables.DOCUMENTS).filter(col("source_path").endsWith("embedded.csv")
        .and(col("record_key").equalTo("row 1"))).first();
    assertTrue(((String) embedded.getAs("text")).startsWith("She wrote: \"Enough.\"\nA new line")
        || ((String) embedded.getAs("text")).startsWith("She wrote: \"Enough.\" A new line"), embedded.toString());
  }
}
