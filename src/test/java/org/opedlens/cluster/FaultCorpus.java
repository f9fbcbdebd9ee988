package org.opedlens.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opedlens.testing.SampleRun;
import org.opedlens.util.Json;

/**
 * A corpus big enough to kill a worker while an analysis task runs, even on a fast quiet machine: each op-ed is
 * {@value #PARAGRAPHS_PER_DOC} paragraphs drawn (seeded) from all the sample's JSONL op-eds, so documents are about
 * three op-eds long, are built from real op-ed sentences, and share few paragraphs with each other (well below the
 * near-duplicate threshold: rotating one op-ed's paragraphs, as this corpus first did, made copies that near-
 * duplicate detection rightly flagged, which left one short document per task to analyse). Several JSONL files,
 * so ingest has several tasks.
 */
final class FaultCorpus {
  static final int DOCS = 128;
  static final int FILES = 6;
  static final int PARAGRAPHS_PER_DOC = 24;
  /** One record per line: the shared mapper indents. */
  private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private FaultCorpus() {}

  static Path write(Path dir) throws IOException {
    SampleRun.deleteRecursively(dir);
    Files.createDirectories(dir);
    List<JsonNode> records = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(SampleRun.SAMPLE.resolve("opeds.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode record = Json.MAPPER.readTree(line);
        records.add(record);
        paragraphs.addAll(List.of(record.get("text").asText().split("\n\n")));
      }
    }
    java.util.Random random = new java.util.Random(42);
    List<java.io.Writer> outs = new ArrayList<>();
    try {
      for (int f = 0; f < FILES; f++) {
        outs.add(Files.newBufferedWriter(dir.resolve(String.format("part-%d.jsonl", f))));
      }
      for (int d = 0; d < DOCS; d++) {
        List<String> drawn = new ArrayList<>(paragraphs);
        Collections.shuffle(drawn, random);
        ObjectNode doc = records.get(d % records.size()).deepCopy();
        doc.put("id", "fault-" + d);
        doc.put("text", String.join("\n\n", drawn.subList(0, PARAGRAPHS_PER_DOC)));
        java.io.Writer out = outs.get(d % FILES);
        out.write(LINE.writeValueAsString(doc));
        out.write('\n');
      }
    } finally {
      for (java.io.Writer out : outs) {
        out.close();
      }
    }
    return dir.toAbsolutePath();
  }
}
