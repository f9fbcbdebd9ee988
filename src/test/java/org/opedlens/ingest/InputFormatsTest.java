package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;
import org.opedlens.util.Hashing;

/**
 * One ingest run over every input format at once (txt, gzip, JSONL, JSON array, CSV, TSV, typed Parquet, a pack),
 * with one field mapping ({@code --field author=byline --field date=published --field title=headline --field
 * text=body}) that the structured files use and the JSONL does not need. Checks metadata per format, the pack's
 * equivalence with the files it holds, and inputs = documents + rejects.
 */
class InputFormatsTest {
  private static final Path ROOT = Path.of("target/test-corpus/formats");
  private static final Path FILES = ROOT.resolve("files");
  private static final Path TO_PACK = ROOT.resolve("to-pack");
  private static final Path PACK = ROOT.resolve("packed.parquet");
  private static final String BODY =
      "Parliament voted to extend the emergency powers for another six months, and the opposition walked out. ";
  private static final Map<String, String> MAPPING =
      Map.of("author", "byline", "date", "published", "title", "headline", "text", "body");

  private static Ingest.Result result;
  private static List<Row> documents;
  private static List<Row> rejects;
  private static long expectedInputs;

  @BeforeAll
  static void writeCorpusAndIngest() throws IOException {
    SparkSession spark = SharedSpark.get();
    SampleRun.deleteRecursively(ROOT);
    Files.createDirectories(FILES.resolve("2021/07/09"));
    Files.createDirectories(TO_PACK);
    text(FILES.resolve("seed-style.txt"), " date 2022-01-13 the upheaval in Kazakhstan shook Central Asia\n\n"
        + BODY.repeat(4) + "\n\nRobert A. Manning is a senior fellow at the Atlantic Council. Follow him on Twitter"
        + " @ Rmanning4.\n", StandardCharsets.UTF_8);
    text(FILES.resolve("byline-style.txt"), "Why the Junta Will Fall\nBy JANE DOE and JOHN ROE, Special to the Herald\n"
        + "Published 4 Mar 2022\n\n" + BODY.repeat(4).replace("six", "nine"), StandardCharsets.UTF_8);
    text(FILES.resolve("2021/07/09/path-dated.txt"), "A Headline Without a Date\n\n" + BODY.replace("six", "three")
        .repeat(4) + "\n\nAyaan Hirsi Ali is a fellow at the Hoover Institution.\n", StandardCharsets.UTF_8);
    text(FILES.resolve("utf16.txt"), "\uFEFFCaf\u00e9 politics\nBy Se\u00e1n O'Brien\nDate: March 5, 2022\n\n"
        + BODY.replace("six", "two").repeat(4), StandardCharsets.UTF_16LE);
    text(FILES.resolve("windows1252.txt"), "Na\u00efve hopes\nBy Zo\u00eb Heller\n2022-03-06\n\n"
        + BODY.replace("six", "eight").repeat(4) + " \u201cQuoted\u201d r\u00e9sum\u00e9.", Charset.forName("windows-1252"));
    Files.write(FILES.resolve("gzipped.txt.gz"), FileIngestorTest.gzip(("Gzip headline\nBy Ma Jian\n"
        + "Thu, 10 Mar 2022 08:15:00 GMT\n\n" + BODY.replace("six", "four").repeat(4)).getBytes(StandardCharsets.UTF_8)));
    String jsonl = record("j1", "Priya Raman", "2021-06-28", "Apple Daily", BODY.replace("six", "five"))
        + "\n" + record("j2", "Dr. Daniel Okafor", "October 6, 2022", "Iran", BODY.replace("six", "ten")) + "\n";
    text(FILES.resolve("records.jsonl"), jsonl, StandardCharsets.UTF_8);
    Files.write(FILES.resolve("records2.jsonl.gz"), FileIngestorTest.gzip(record("j3", "Samir Haddad",
        "2022-12-08T10:00:00Z", "Shanghai", BODY.replace("six", "eleven")).getBytes(StandardCharsets.UTF_8)));
    text(FILES.resolve("array.json"), "[" + record("a1", "Helen Whitaker", "2021-10-08", "Pandora",
        BODY.replace("six", "twelve")) + "]", StandardCharsets.UTF_8);
    text(FILES.resolve("export.csv"), "id,byline,published,headline,body\n"
        + "c1,\"Leonard Crane, Viktor Halasz\",2022-07-28,\"Tunisia, after the vote\",\"" + BODY.replace("six", "seven")
        .repeat(3) + "\n\nA second \"\"quoted\"\" paragraph.\"\n"
        + "c2,Margaret Ellison,,Mobilisation,\"" + BODY.replace("six", "sixty").repeat(3) + "\"\n",
        StandardCharsets.UTF_8);
    text(FILES.resolve("export.tsv"), "id\tbyline\tpublished\tbody\nt1\tTom\u00e1s Herrera\t18 Feb 2022\t"
        + BODY.replace("six", "fifteen").repeat(3) + "\n", StandardCharsets.UTF_8);
    StructType typed = new StructType().add("id", DataTypes.StringType).add("byline", DataTypes.createArrayType(
        DataTypes.StringType)).add("published", DataTypes.TimestampType).add("headline", DataTypes.StringType)
        .add("body", DataTypes.StringType).add("words", DataTypes.IntegerType);
    List<Row> rows = List.of(
        RowFactory.create("p1", List.of("Anne-Marie Slaughter", "Ban Ki-moon"),
            Timestamp.from(java.time.Instant.parse("2022-02-18T09:30:00Z")), "Parquet one", BODY.replace("six", "twenty")
                .repeat(3), 300),
        RowFactory.create("p2", null, null, null, BODY.replace("six", "thirty").repeat(3), 300),
        RowFactory.create("p3", List.of("X"), null, "no body", null, 0));
    spark.createDataFrame(rows, typed).coalesce(1).write().mode(SaveMode.Overwrite).parquet(
        FILES.resolve("typed.parquet").toString());
    spark.createDataFrame(List.of(), typed).coalesce(1).write().mode(SaveMode.Overwrite).parquet(
        FILES.resolve("empty-table.parquet").toString());

    text(TO_PACK.resolve("packed-one.txt"), "Packed headline\nBy Jane Doe\nPublished 1 Apr 2022\n\n"
        + BODY.replace("six", "forty").repeat(4), StandardCharsets.UTF_8);
    text(TO_PACK.resolve("packed-two.jsonl"), record("k1", "John Roe", "2022-04-02", "Packed JSONL",
        BODY.replace("six", "fifty")) + "\n{broken\n", StandardCharsets.UTF_8);
    Files.write(TO_PACK.resolve("packed-empty.txt"), new byte[0]);
    Packer.Summary packed = Packer.pack(spark, List.of(TO_PACK.toString()), PACK.toString(),
        Packer.maxFileBytes(IngestOptions.defaults()));
    assertEquals(3, packed.files());

    // Files: 9 text-like files with one record each except records.jsonl (2), export.csv (2), typed.parquet (3),
    // empty-table.parquet (1 reject); the pack holds 3 files with 1 + 2 + 1 outcomes; to-pack itself is ingested too.
    expectedInputs = 6 + 2 + 1 + 1 + 2 + 1 + 3 + 1 + (1 + 2 + 1) * 2;
    result = Ingest.run(spark, List.of(FILES.toString(), PACK.toString(), TO_PACK.toString()),
        new IngestOptions(200, 2_000_000, MAPPING));
    documents = result.documents().collectAsList();
    rejects = result.rejects().collectAsList();
  }

  @AfterAll
  static void release() {
    result.release();
  }

  private static void text(Path path, String content, Charset charset) throws IOException {
    Files.write(path, content.getBytes(charset));
  }

  private static String record(String id, String author, String date, String title, String sentence) {
    return "{\"id\":\"" + id + "\",\"author\":\"" + author + "\",\"date\":\"" + date + "\",\"title\":\"" + title
        + "\",\"text\":\"" + sentence.repeat(3) + "\"}";
  }

  private static Row document(String pathEnd, String recordKey) {
    List<Row> found = new ArrayList<>();
    for (Row row : documents) {
      if (row.<String>getAs("source_path").contains(pathEnd) && row.getAs("record_key").equals(recordKey)) {
        found.add(row);
      }
    }
    assertTrue(!found.isEmpty(), "a document from " + pathEnd + " " + recordKey);
    return found.get(0);
  }

  private static void assertMetadata(Row doc, String author, String date, String source) {
    assertEquals(author, doc.getAs("author"), doc::toString);
    assertEquals(date == null ? null : Date.valueOf(date), doc.getAs("date"), doc::toString);
    assertEquals(source, doc.getAs("metadata_source"), doc::toString);
  }

  @Test
  void rawTextFilesInEveryStyleAndEncoding() {
    assertMetadata(document("seed-style.txt", ""), "Robert A. Manning", "2022-01-13", "author=bio;date=header;title=header");
    Row byline = document("byline-style.txt", "");
    assertMetadata(byline, "Jane Doe", "2022-03-04", "author=byline;date=header;title=header");
    assertEquals(List.of("Jane Doe", "John Roe"), byline.getList(byline.fieldIndex("authors")));
    assertMetadata(document("2021/07/09/path-dated.txt", ""), "Ayaan Hirsi Ali", "2021-07-09",
        "author=bio;date=path;title=header");
    Row utf16 = document("utf16.txt", "");
    assertMetadata(utf16, "Se\u00e1n O'Brien", "2022-03-05", "author=byline;date=header;title=header");
    assertEquals("UTF-16LE (BOM)", utf16.getAs("encoding"));
    Row cp1252 = document("windows1252.txt", "");
    assertMetadata(cp1252, "Zo\u00eb Heller", "2022-03-06", "author=byline;date=header;title=header");
    assertEquals("windows-1252", cp1252.getAs("encoding"));
    assertTrue(((String) cp1252.getAs("text")).endsWith("\u201cQuoted\u201d r\u00e9sum\u00e9."));
    Row gz = document("gzipped.txt.gz", "");
    assertMetadata(gz, "Ma Jian", "2022-03-10", "author=byline;date=header;title=header");
    assertEquals("txt", gz.getAs("source_format"));
  }

  @Test
  void structuredRecordsThroughOneFieldMapping() {
    assertMetadata(document("records.jsonl", "line 1"), "Priya Raman", "2021-06-28", "author=field;date=field;title=field");
    assertMetadata(document("records.jsonl", "line 2"), "Daniel Okafor", "2022-10-06", "author=field;date=field;title=field");
    assertMetadata(document("records2.jsonl.gz", "line 1"), "Samir Haddad", "2022-12-08", "author=field;date=field;title=field");
    assertMetadata(document("array.json", "item 1"), "Helen Whitaker", "2021-10-08", "author=field;date=field;title=field");
    Row csv = document("export.csv", "row 1");
    assertMetadata(csv, "Leonard Crane", "2022-07-28", "author=field;date=field;title=field");
    assertEquals(List.of("Leonard Crane", "Viktor Halasz"), csv.getList(csv.fieldIndex("authors")));
    assertEquals("Tunisia, after the vote", csv.getAs("title"));
    assertTrue(((String) csv.getAs("text")).endsWith("\n\nA second \"quoted\" paragraph."), csv::toString);
    assertMetadata(document("export.csv", "row 2"), "Margaret Ellison", null, "author=field;title=field");
    assertMetadata(document("export.tsv", "row 1"), "Tom\u00e1s Herrera", "2022-02-18", "author=field;date=field");
    Row parquet = document("typed.parquet", "row 1");
    assertMetadata(parquet, "Anne-Marie Slaughter", "2022-02-18", "author=field;date=field;title=field");
    assertEquals(List.of("Anne-Marie Slaughter", "Ban Ki-moon"), parquet.getList(parquet.fieldIndex("authors")));
    assertEquals("parquet", parquet.getAs("source_format"));
    assertEquals(Hashing.shortId("p1", parquet.getAs("text")), parquet.getAs("doc_id"), "the record's id keys doc_id");
    assertMetadata(document("typed.parquet", "row 2"), null, null, "");
  }

  @Test
  void rejectsOfStructuredInputs() {
    Map<String, String> byPlace = new HashMap<>();
    for (Row reject : rejects) {
      String path = reject.getAs("source_path");
      String file = path.contains(".parquet/") ? path.substring(0, path.indexOf(".parquet/") + 8) : path;
      byPlace.put(file.substring(file.lastIndexOf('/') + 1) + "|" + reject.getAs("record_key"), reject.getAs("reason"));
    }
    assertEquals("missing_field", byPlace.get("typed.parquet|row 3"), byPlace.toString());
    assertEquals("empty", byPlace.get("empty-table.parquet|"), "a Parquet file without rows is one reject");
    assertEquals("unparseable_record", byPlace.get("packed-two.jsonl|line 2"));
    assertEquals("empty", byPlace.get("packed-empty.txt|"));
  }

  @Test
  void aPackGivesTheSameOutcomesAsItsFiles() {
    for (String name : List.of("packed-one.txt", "packed-two.jsonl")) {
      List<Row> copies = new ArrayList<>();
      for (Row row : documents) {
        if (row.<String>getAs("source_path").endsWith("to-pack/" + name)) {
          copies.add(row);
        }
      }
      assertEquals(2, copies.size(), "once from the folder, once from the pack: " + name);
      Row a = copies.get(0);
      Row b = copies.get(1);
      for (String column : List.of("doc_id", "source_path", "source_format", "record_key", "author", "date", "title",
          "text", "metadata_source", "content_hash")) {
        assertEquals((Object) a.getAs(column), b.getAs(column), column + " of " + name);
      }
      assertTrue(a.getAs("duplicate_of") != null ^ b.getAs("duplicate_of") != null,
          "one copy is the canonical, the other its exact duplicate");
    }
    assertEquals(2, rejects.stream().filter(r -> r.<String>getAs("source_path").endsWith("packed-empty.txt")).count());
  }

  @Test
  void everyInputIsADocumentOrAReject() {
    assertEquals(expectedInputs, documents.size() + rejects.size(),
        "documents " + documents.size() + ", rejects " + rejects.size() + ": " + rejects);
    assertEquals(Tables.DOCUMENT_ROW.fieldNames().length + 2, documents.get(0).schema().fieldNames().length,
        "the document columns, duplicate_of and duplicate_method");
    assertEquals(0, result.documents().filter(col("doc_id").isNull()).count());
  }
}
