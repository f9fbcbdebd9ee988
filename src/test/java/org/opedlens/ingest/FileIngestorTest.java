package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;

/** Every input format and failure mode, file by file, without Spark: the per-file logic Spark runs on executors. */
class FileIngestorTest {
  private static final String BODY = "The generals promised elections within a year, and nobody believed them. "
      .repeat(5);
  private static final IngestOptions SMALL = new IngestOptions(100, 1000, Map.of());

  private static List<Row> ingest(IngestOptions options, String path, byte[] bytes) {
    return new FileIngestor(options).ingest(path, bytes);
  }

  private static List<Row> ingest(String path, String text) {
    return ingest(IngestOptions.defaults(), path, text.getBytes(StandardCharsets.UTF_8));
  }

  static String reason(Row outcome) {
    return outcome.getString(0).equals(Outcomes.REJECT) ? outcome.getStruct(2).getString(3) : "document";
  }

  static Object doc(Row outcome, String column) {
    assertEquals(Outcomes.DOCUMENT, outcome.getString(0), () -> "a document, not " + outcome);
    return outcome.getStruct(1).get(Tables.DOCUMENT_ROW.fieldIndex(column));
  }

  static String rejectField(Row outcome, String column) {
    return String.valueOf(outcome.getStruct(2).get(Tables.REJECT_ROW.fieldIndex(column)));
  }

  private static List<String> reasons(List<Row> outcomes) {
    List<String> reasons = new ArrayList<>();
    outcomes.forEach(row -> reasons.add(reason(row)));
    return reasons;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void textFilesPlainAndGzip() {
    String raw = "Why the Junta Will Fall\nBy Jane Doe\nPublished 4 Mar 2022\n\n" + BODY;
    Row plain = ingest("file:/c/op.txt", raw).get(0);
    assertEquals("Jane Doe", doc(plain, "author"));
    assertEquals(java.sql.Date.valueOf("2022-03-04"), doc(plain, "date"));
    assertEquals("txt", doc(plain, "source_format"));
    Row gz = ingest(IngestOptions.defaults(), "file:/c/op.txt.gz", gzip(raw.getBytes(StandardCharsets.UTF_8))).get(0);
    assertEquals(doc(plain, "text"), doc(gz, "text"));
    assertEquals("txt", doc(gz, "source_format"), "the format inside the gzip");
  }

  @Test
  void encodingsAreDetected() {
    String text = "Caf\u00e9 owners\u2019 r\u00e9sum\u00e9s. " + BODY;
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    Row fromUtf16 = ingest(IngestOptions.defaults(), "a.txt", utf16).get(0);
    assertEquals("UTF-16LE (BOM)", doc(fromUtf16, "encoding"));
    assertTrue(((String) doc(fromUtf16, "text")).startsWith("Caf\u00e9 owners\u2019"));
    Row from1252 = ingest(IngestOptions.defaults(), "b.txt", text.getBytes(Charset.forName("windows-1252"))).get(0);
    assertEquals("windows-1252", doc(from1252, "encoding"));
    assertEquals(doc(fromUtf16, "text"), doc(from1252, "text"));
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8 (BOM)", doc(ingest(IngestOptions.defaults(), "c.txt", bom).get(0), "encoding"));
    byte[] latin1 = ("Na\u00efve \u0081 " + BODY).getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("ISO-8859-1", doc(ingest(IngestOptions.defaults(), "d.txt", latin1).get(0), "encoding"),
        "0x81 is undefined in windows-1252, so Latin-1 decides");
  }

  @Test
  void textFileRejects() {
    assertEquals(List.of("empty"), reasons(ingest("e.txt", "")));
    assertEquals(List.of("empty"), reasons(ingest("e.txt", " \n\t\n")));
    assertEquals(List.of("binary"), reasons(ingest(IngestOptions.defaults(), "b.txt", new byte[] {'P', 'K', 3, 4, 0, 0})));
    byte[] garbage = new byte[4000];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (0x80 + (i * 7) % 0x7F);
    }
    assertEquals(List.of("undecodable"), reasons(ingest(IngestOptions.defaults(), "u.txt", garbage)));
    assertEquals(List.of("too_short"), reasons(ingest("s.txt", "Too short to be an op-ed.")));
    assertEquals(List.of("no_text_after_cleanup"), reasons(ingest("n.txt", "ADVERTISEMENT\nShare this article\n")));
    assertEquals(List.of("unsupported_format"), reasons(ingest("w.docx", BODY)));
    assertEquals(List.of("too_long"), reasons(ingest(SMALL, "l.txt", "x".repeat(80_000).getBytes())));
    byte[] truncated = Arrays.copyOf(gzip(BODY.getBytes()), 20);
    assertEquals(List.of("undecodable"), reasons(ingest(IngestOptions.defaults(), "t.txt.gz", truncated)));
  }

  @Test
  void gzipIsNeverExpandedPastTheLimit() {
    byte[] bomb = gzip(new byte[50_000_000]);
    long start = System.nanoTime();
    List<Row> outcome = ingest(SMALL, "bomb.txt.gz", bomb);
    assertEquals(List.of("too_long"), reasons(outcome));
    assertTrue(rejectField(outcome.get(0), "detail").contains("not expanded further"));
    assertTrue((System.nanoTime() - start) / 1e9 < 5, "stopped at the limit, not after 50 MB");
  }

  @Test
  void jsonLinesRecordByRecord() {
    String jsonl = "{\"id\":\"a1\",\"text\":\"" + BODY + "\",\"author\":\"JANE DOE\",\"date\":\"2022-01-13\"}\n"
        + "\n"
        + "{\"text\": \"broken\n"
        + "[1, 2]\n"
        + "{\"title\":\"no text\"}\n"
        + "{\"text\":\"   \"}\n"
        + "{\"text\":\"" + "y".repeat(8000) + "\"}\n"
        + "{\"text\":\"" + BODY + "\",\"author\":[\"Jane Doe\",\"John Roe\"],\"url\":\"http://x.com/2021/07/09/a\"}\n";
    List<Row> outcomes = ingest(SMALL, "file:/d/export.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("document", "unparseable_record", "unparseable_record", "missing_field", "empty", "too_long",
        "document"), reasons(outcomes));
    assertEquals("Jane Doe", doc(outcomes.get(0), "author"));
    assertEquals("line 1", doc(outcomes.get(0), "record_key"));
    assertEquals("line 3", rejectField(outcomes.get(1), "record_key"));
    assertEquals("line 7", rejectField(outcomes.get(5), "record_key"));
    assertEquals(List.of("Jane Doe", "John Roe"), Arrays.asList((String[]) doc(outcomes.get(6), "authors")));
    assertEquals(java.sql.Date.valueOf("2021-07-09"), doc(outcomes.get(6), "date"));
    assertEquals("author=field;date=url", doc(outcomes.get(6), "metadata_source"));
  }

  @Test
  void emptyAndBinaryStructuredFilesAreOneRejectEach() {
    assertEquals(List.of("empty"), reasons(ingest("blank.jsonl", "\n \n\n")));
    assertEquals(List.of("empty"), reasons(ingest("none.jsonl", "")));
    assertEquals(List.of("empty"), reasons(ingest("header.csv", "id,text,author\n")));
    assertEquals(List.of("empty"), reasons(ingest("array.json", "  [ ]")));
    byte[] binary = new byte[10_000];
    binary[5] = '\n';
    assertEquals(List.of("binary"), reasons(ingest(IngestOptions.defaults(), "bin.jsonl", binary)));
  }

  @Test
  void jsonArrays() {
    String json = "[{\"text\":\"" + BODY + "\",\"author\":\"Jane Doe\"}, 7, {\"text\":\"" + BODY + "x\"}]";
    assertEquals(List.of("document", "unparseable_record", "document"), reasons(ingest("a.json", json)));
    String broken = "[{\"text\":\"" + BODY + "\"}, {\"text\": ";
    assertEquals(List.of("document", "unparseable_record"), reasons(ingest("b.json", broken)));
    String lines = "{\"text\":\"" + BODY + "\"}\n{\"text\":\"" + BODY + "!\"}\n";
    assertEquals(List.of("document", "document"), reasons(ingest("c.json", lines)), ".json may hold JSON lines");
  }

  @Test
  void csvWithEmbeddedNewlinesQuotesAndAFieldMapping() {
    IngestOptions mapped = new IngestOptions(100, 2_000_000, Map.of("author", "byline", "date", "published_at"));
    String csv = "\uFEFFid,byline,published_at,title,text\r\n"
        + "1,Jane Doe,2022-01-13,\"Why, and how\",\"He said \"\"no\"\".\n\nThen, a new paragraph. " + BODY + "\"\r\n"
        + "2,John Roe,13 Jan 2022,Title,\"" + BODY + "\",extra\r\n"
        + "3,Jim Poe,,,\"" + BODY + "\"\n"
        + "4,Ann Lee,2022-01-13,T,\"never closed " + BODY + "\n";
    List<Row> outcomes = ingest(mapped, "file:/d/export.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("document", "unparseable_record", "document", "unparseable_record"), reasons(outcomes));
    String text = (String) doc(outcomes.get(0), "text");
    assertTrue(text.startsWith("He said \"no\".\n\nThen, a new paragraph."), text);
    assertEquals("Why, and how", doc(outcomes.get(0), "title"));
    assertEquals("Jane Doe", doc(outcomes.get(0), "author"));
    assertEquals("row 1", doc(outcomes.get(0), "record_key"));
    assertEquals("row 2", rejectField(outcomes.get(1), "record_key"));
    assertTrue(rejectField(outcomes.get(1), "detail").contains("6 fields where the header has 5"));
    assertEquals(java.sql.Date.valueOf("2022-01-13"), doc(outcomes.get(0), "date"));
    assertNull(doc(outcomes.get(2), "date"));
    assertTrue(rejectField(outcomes.get(3), "detail").contains("never closed"));
  }

  @Test
  void tsvAndUtf16Csv() {
    String tsv = "text\tauthor\n" + BODY + "\tJane Doe\n";
    assertEquals("Jane Doe", doc(ingest("a.tsv", tsv).get(0), "author"));
    byte[] utf16 = ("\uFEFFtext,author\n\"" + BODY + "\",Se\u00e1n O'Brien\n").getBytes(StandardCharsets.UTF_16LE);
    Row row = ingest(IngestOptions.defaults(), "b.csv", utf16).get(0);
    assertEquals("Se\u00e1n O'Brien", doc(row, "author"));
    assertEquals("UTF-16LE (BOM)", doc(row, "encoding"));
  }

  @Test
  void aLineOverTheLimitIsRejectedAndTheNextLineStillRead() {
    String jsonl = "{\"text\":\"" + "z".repeat(200_000) + "\"}\n{\"text\":\"" + BODY + "\"}\n";
    assertEquals(List.of("too_long", "document"), reasons(ingest(SMALL, "big.jsonl", jsonl.getBytes())));
    byte[] letters = new byte[60_000_000];
    Arrays.fill(letters, (byte) 'a');
    byte[] endless = gzip(letters);
    List<Row> bomb = ingest(SMALL, "bomb.jsonl.gz", endless);
    assertEquals(List.of("too_long"), reasons(bomb), "one line with no end: the rest of the file is abandoned");
    assertTrue(rejectField(bomb.get(0), "detail").contains("rest of the file was not read"));
  }
}
