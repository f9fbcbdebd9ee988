package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.EvalData;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;
import org.opedlens.util.Json;

/**
 * Real editorials (../shared/eval, skipped when absent): ingested as the JSONL they are, and rendered at test time
 * (under target/, never committed) as raw files in three styles, a CSV and a Parquet table, all in one ingest run.
 * For each style, the share of editorials whose author and date ingest recovers, compared with the JSONL fields,
 * must be at least 98 %. The figures go to target/webis-ingest-report.json.
 */
class WebisCorpusTest {
  private static final Path ROOT = Path.of("target/test-corpus/webis");
  private static final Path REPORT = Path.of("target/webis-ingest-report.json");
  private static final double TARGET = 0.98;
  private static final List<String> STYLES = List.of("jsonl", "seed", "byline", "path", "csv", "parquet");

  private static List<EditorialRenderer.Editorial> editorials;
  private static final Map<String, Map<String, Object>> report = new LinkedHashMap<>();

  @BeforeAll
  static void renderIngestAndMeasure() throws IOException {
    Path jsonl = EvalData.require("corpus/webis_editorials16_dev.jsonl");
    editorials = EditorialRenderer.read(jsonl);
    SampleRun.deleteRecursively(ROOT);
    Map<String, Integer> indexById = new LinkedHashMap<>();
    for (int i = 0; i < editorials.size(); i++) {
      EditorialRenderer.Editorial e = editorials.get(i);
      indexById.put(e.id(), i);
      write(ROOT.resolve("seed").resolve(e.id() + ".txt"), EditorialRenderer.seedStyle(e, i));
      write(ROOT.resolve("byline").resolve(e.id() + ".txt"), EditorialRenderer.bylineStyle(e, i));
      write(EditorialRenderer.pathFor(ROOT.resolve("path"), e), EditorialRenderer.pathStyle(e, i));
    }
    writeCsv(ROOT.resolve("csv/editorials.csv"));
    writeParquet(ROOT.resolve("parquet/editorials.parquet"));

    Ingest.Result result = Ingest.run(SharedSpark.get(),
        List.of(jsonl.toString(), ROOT.resolve("seed").toString(), ROOT.resolve("byline").toString(),
            ROOT.resolve("path").toString(), ROOT.resolve("csv").toString(), ROOT.resolve("parquet").toString()),
        new IngestOptions(200, 2_000_000, Map.of("author", "byline", "date", "published", "title", "headline",
            "text", "body")));
    // Editorials whose JSONL has no author or no date cannot be checked for it: they leave the denominator.
    int withAuthor = (int) editorials.stream().filter(e -> EditorialRenderer.expectedAuthor(e) != null).count();
    int withDate = (int) editorials.stream().filter(e -> e.day() != null).count();
    int withBoth = (int) editorials.stream()
        .filter(e -> EditorialRenderer.expectedAuthor(e) != null && e.day() != null).count();
    Map<String, int[]> counts = new LinkedHashMap<>();
    STYLES.forEach(style -> counts.put(style, new int[4]));
    List<Row> documents = result.documents().select("source_path", "record_key", "author", "date").collectAsList();
    long rejects = result.rejects().count();
    result.release();
    for (Row doc : documents) {
      String path = doc.getString(0);
      String style = styleOf(path);
      int index = path.endsWith(".txt")
          ? indexById.get(path.substring(path.lastIndexOf('/') + 1, path.length() - 4))
          : Integer.parseInt(doc.getString(1).substring(doc.getString(1).indexOf(' ') + 1)) - 1;
      EditorialRenderer.Editorial e = editorials.get(index);
      int[] c = counts.get(style);
      boolean author = EditorialRenderer.sameAuthor(doc.getString(2), e);
      boolean date = doc.get(3) != null && e.day() != null && ((Date) doc.get(3)).toLocalDate().equals(e.day());
      c[0]++;
      c[1] += author ? 1 : 0;
      c[2] += date ? 1 : 0;
      c[3] += author && date ? 1 : 0;
    }
    for (String style : STYLES) {
      int[] c = counts.get(style);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("editorials", editorials.size());
      figures.put("documents", c[0]);
      figures.put("author_recovered", share(c[1], withAuthor));
      figures.put("date_recovered", share(c[2], withDate));
      figures.put("both_recovered", share(c[3], withBoth));
      report.put(style, figures);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", "corpus/webis_editorials16_dev.jsonl");
    out.put("rejects", rejects);
    out.put("editorials_with_author", withAuthor);
    out.put("editorials_with_date", withDate);
    out.put("styles", report);
    Files.write(REPORT, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
    System.out.println("webis ingest recovery: " + Json.MAPPER.writeValueAsString(out));
  }

  private static double share(int n, int of) {
    return of == 0 ? 0 : Math.round(10_000.0 * n / of) / 10_000.0;
  }

  private static String styleOf(String path) {
    for (String style : List.of("seed", "byline", "path", "csv", "parquet")) {
      if (path.contains("/webis/" + style + "/")) {
        return style;
      }
    }
    return "jsonl";
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** CSV with the raw date (RFC 1123 for some) and real newlines and quotes inside the body. */
  private static void writeCsv(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,byline,published,headline,body\r\n");
      for (EditorialRenderer.Editorial e : editorials) {
        out.write(String.join(",", quoted(e.id()), quoted(e.author()), quoted(e.dateRaw()), quoted(e.title()),
            quoted(e.text())) + "\r\n");
      }
    }
  }

  /** Parquet with typed columns: authors as a list, the date as a timestamp. */
  private static void writeParquet(Path dir) {
    StructType schema = new StructType().add("id", DataTypes.StringType)
        .add("byline", DataTypes.createArrayType(DataTypes.StringType)).add("published", DataTypes.TimestampType)
        .add("headline", DataTypes.StringType).add("body", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (EditorialRenderer.Editorial e : editorials) {
      rows.add(RowFactory.create(e.id(), List.of(e.author()), Timestamp.from(e.instant()), e.title(), e.text()));
    }
    SharedSpark.get().createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(dir.toString());
  }

  private static double figure(String style, String name) {
    return (Double) report.get(style).get(name);
  }

  @Test
  void everyEditorialBecomesADocumentInEveryForm() {
    for (String style : STYLES) {
      assertEquals(editorials.size(), report.get(style).get("documents"), style);
    }
  }

  @Test
  void authorsAreRecoveredInEveryStyle() {
    for (String style : STYLES) {
      assertTrue(figure(style, "author_recovered") >= TARGET, style + ": " + report.get(style));
    }
  }

  @Test
  void datesAreRecoveredInEveryStyle() {
    for (String style : STYLES) {
      assertTrue(figure(style, "date_recovered") >= TARGET, style + ": " + report.get(style));
    }
  }
}
