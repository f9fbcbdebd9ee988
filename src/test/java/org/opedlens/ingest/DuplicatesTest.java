package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Encoders;
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
 * Syndicated copies through the whole pipeline: an exact copy (case and spacing changed), a near copy (an extra
 * line, a changed word, a bio), a near copy that is older than its original (so it becomes the canonical one), and
 * unrelated texts. Copies stay in documents, flagged, and are left out of sentences and trends.
 */
class DuplicatesTest {
  private static final Path CORPUS = Path.of("target/test-corpus/duplicates");
  private static final Path OUTPUT = Path.of("target/test-output/duplicates-run");
  private static final String[] WORDS = ("government people election power court army protest vote law minister "
      + "party opposition press freedom rights reform economy budget tax border war peace treaty sanction leader "
      + "regime citizen council assembly constitution judge police crowd square capital province village farmer "
      + "worker student teacher doctor market price currency bank debt loan oil gas water bread school hospital "
      + "road bridge railway port airport newspaper radio television internet phone letter report study survey "
      + "poll result victory defeat promise threat warning crisis plan strategy policy decision debate speech").split(" ");

  private static RunSummary summary;
  private static Map<String, Row> byId = new HashMap<>();

  /** A text of distinct pseudo-random sentences: unrelated texts share almost no 5-word shingles. */
  static String essay(long seed, int sentences) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      for (int w = 0; w < 14; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        out.append(w == 0 ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
        out.append(w == 13 ? ". " : " ");
      }
      if (s % 5 == 4) {
        out.append("\n\n");
      }
    }
    return out.toString().strip();
  }

  private static String line(String id, String date, String author, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"author\":\"" + author + "\",\"text\":\""
        + text.replace("\n", "\\n") + "\"}\n";
  }

  @BeforeAll
  static void run() throws IOException {
    SampleRun.deleteRecursively(CORPUS);
    Files.createDirectories(CORPUS);
    String original = essay(1, 25);
    String other = essay(2, 25);
    String exact = original.toUpperCase(Locale.ROOT).replace(". ", ".   ");
    String near = "This op-ed first appeared in the Herald.\n\n" + original.replaceFirst(" vote ", " ballot ")
        + "\n\nJane Doe is a columnist for the Herald.";
    String otherOlder = other.replaceFirst(" law ", " statute ");
    Files.writeString(CORPUS.resolve("first.jsonl"), line("a", "2022-01-10", "Jane Doe", original)
        + line("a-exact", "2022-01-12", "Jane Doe", exact) + line("b", "2022-02-01", "John Roe", other),
        StandardCharsets.UTF_8);
    Files.writeString(CORPUS.resolve("second.jsonl"), line("a-near", "2022-01-11", "Jane Doe", near)
        + line("b-older", "2022-01-31", "John Roe", otherOlder) + line("c", "2022-03-01", "Jim Poe", essay(3, 25)),
        StandardCharsets.UTF_8);
    summary = new RunJob(SharedSpark.get(),
        new RunConfig(List.of(CORPUS.toString()), OUTPUT.toString(), IngestOptions.defaults())).run();
    for (Row row : SharedSpark.get().read().parquet(OUTPUT.resolve(Tables.DOCUMENTS).toString()).collectAsList()) {
      String key = row.getAs("record_key");
      String file = row.getAs("source_path");
      byId.put((file.endsWith("first.jsonl") ? "first" : "second") + ":" + key, row);
    }
  }

  private static Row doc(String file, int line) {
    return byId.get(file + ":line " + line);
  }

  private static String id(Row row) {
    return row.getAs("doc_id");
  }

  @Test
  void copiesPointToTheCanonicalOneWithTheMethod() {
    Row original = doc("first", 1);
    Row exact = doc("first", 2);
    Row near = doc("second", 1);
    assertNull(original.getAs("duplicate_of"), "the earliest copy is the canonical one");
    assertEquals(id(original), exact.getAs("duplicate_of"));
    assertEquals("exact", exact.getAs("duplicate_method"));
    assertEquals(id(original), near.getAs("duplicate_of"));
    assertEquals("near", near.getAs("duplicate_method"));

    Row other = doc("first", 3);
    Row otherOlder = doc("second", 2);
    assertNull(otherOlder.getAs("duplicate_of"));
    assertEquals(id(otherOlder), other.getAs("duplicate_of"), "the older near copy is canonical");
    assertEquals("near", other.getAs("duplicate_method"));
    assertNull(doc("second", 3).getAs("duplicate_of"), "an unrelated text is not a copy");
    assertNull(doc("second", 3).getAs("duplicate_method"));
    assertEquals(6, summary.documents(), "copies stay in documents");
    assertEquals(3, summary.duplicates());
  }

  @Test
  void copiesAreLeftOutOfSentencesAndTrends() {
    Set<String> canonical = Set.of(id(doc("first", 1)), id(doc("second", 2)), id(doc("second", 3)));
    Set<String> scored = new HashSet<>(SharedSpark.get().read().parquet(OUTPUT.resolve(Tables.SENTENCES).toString())
        .select("doc_id").distinct().as(Encoders.STRING()).collectAsList());
    assertEquals(canonical, scored);
    long docsInTrends = SharedSpark.get().read().parquet(OUTPUT.resolve(Tables.AUTHOR_TRENDS).toString())
        .filter("granularity = 'month'").agg(org.apache.spark.sql.functions.sum("docs")).first().getLong(0);
    assertEquals(3, docsInTrends);
  }

  @Test
  void theCanonicalChoiceDoesNotDependOnInputOrder() {
    Ingest.Result reversed = Ingest.run(SharedSpark.get(),
        List.of(CORPUS.resolve("second.jsonl").toString(), CORPUS.resolve("first.jsonl").toString()),
        IngestOptions.defaults());
    Map<String, String> again = new HashMap<>();
    for (Row row : reversed.documents().select("doc_id", "duplicate_of").collectAsList()) {
      again.put(row.getString(0), row.getString(1));
    }
    reversed.release();
    for (Row row : byId.values()) {
      assertEquals((String) row.getAs("duplicate_of"), again.get(id(row)), "duplicate_of of " + id(row));
    }
    assertTrue(again.size() == 6);
  }
}
