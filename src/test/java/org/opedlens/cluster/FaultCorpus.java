package org.opedlens.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opedlens.testing.SampleRun;
import org.opedlens.util.Json;

/**
 * A corpus big enough to kill a worker in the middle of its run, made from the sample's JSONL op-eds: copy k of a
 * record has its paragraphs rotated by k, so every copy is a different text (not flagged as a duplicate, so it is
 * analysed) built from real op-ed sentences. One JSONL file per rotation, so ingest has several tasks.
 */
final class FaultCorpus {
  static final int ROTATIONS = 7;
  /** One record per line: the shared mapper indents. */
  private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private FaultCorpus() {}

  static Path write(Path dir) throws IOException {
    SampleRun.deleteRecursively(dir);
    Files.createDirectories(dir);
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(SampleRun.SAMPLE.resolve("opeds.jsonl"))) {
      if (!line.isBlank()) {
        records.add(Json.MAPPER.readTree(line));
      }
    }
    for (int k = 0; k < ROTATIONS; k++) {
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(String.format("rotation-%d.jsonl", k)))) {
        for (JsonNode record : records) {
          List<String> paragraphs = new ArrayList<>(List.of(record.get("text").asText().split("\n\n")));
          Collections.rotate(paragraphs, -(k % paragraphs.size()));
          ObjectNode copy = record.deepCopy();
          copy.put("id", record.get("id").asText() + "-r" + k);
          copy.put("text", String.join("\n\n", paragraphs));
          out.write(LINE.writeValueAsString(copy));
          out.write('\n');
        }
      }
    }
    return dir.toAbsolutePath();
  }
}
