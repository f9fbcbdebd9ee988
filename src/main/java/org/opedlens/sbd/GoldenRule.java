package org.opedlens.sbd;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opedlens.util.Json;

/**
 * One case of the Golden Rules format ({@code {id, name, text, expected: [sentences]}}, a JSON list per file): a
 * text and the sentences it should split into.
 */
public record GoldenRule(String id, String name, String text, List<String> expected) {

  public static List<GoldenRule> read(Path file) {
    try {
      JsonNode root = Json.MAPPER.readTree(file.toFile());
      if (!root.isArray()) {
        throw new IllegalArgumentException(file + ": expected a JSON list of golden rules");
      }
      List<GoldenRule> rules = new ArrayList<>();
      for (JsonNode node : root) {
        List<String> expected = new ArrayList<>();
        node.path("expected").forEach(sentence -> expected.add(sentence.asText()));
        rules.add(new GoldenRule(
            node.path("id").asText(), node.path("name").asText(""), node.path("text").asText(), expected));
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden rules " + file, e);
    }
  }

  public static void write(Path file, List<GoldenRule> rules) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (GoldenRule rule : rules) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", rule.id());
      node.put("name", rule.name());
      node.put("text", rule.text());
      node.put("expected", rule.expected());
      json.add(node);
    }
    Json.write(file, json);
  }

  /**
   * Whether any splitter that returns substrings of the text can pass this rule: every expected sentence, trimmed,
   * occurs in the text after the previous one. Some published rules delete characters ("a cold \nnight" is
   * expected as "a cold night"), which no offset-preserving splitter can produce.
   */
  public boolean reachableBySubstrings() {
    int from = 0;
    for (String sentence : expected) {
      int at = text.indexOf(sentence.strip(), from);
      if (at < 0) {
        return false;
      }
      from = at + sentence.strip().length();
    }
    return true;
  }
}
