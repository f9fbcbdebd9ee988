package org.opedlens.sbd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds golden rules from a sentence-per-row TSV ({@code id, mean_rating, text}, id = {@code article_sentence}):
 * one rule per article, its text the article's snippets in id order joined by single spaces, its expected
 * sentences the snippets. Real editorial prose to measure boundaries on.
 */
public final class SnippetGold {
  private SnippetGold() {}

  public static List<GoldenRule> fromTsv(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    Map<Integer, TreeMap<Integer, String>> articles = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || (i == 0 && line.startsWith("id\t"))) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      if (fields.length < 3) {
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected id, rating, text");
      }
      String id = fields[0].strip();
      int underscore = id.indexOf('_');
      if (underscore < 0) {
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": id is not article_sentence: " + id);
      }
      int article = Integer.parseInt(id.substring(0, underscore));
      int sentence = Integer.parseInt(id.substring(underscore + 1));
      articles.computeIfAbsent(article, a -> new TreeMap<>()).put(sentence, fields[2].strip());
    }
    List<GoldenRule> rules = new ArrayList<>();
    for (Map.Entry<Integer, TreeMap<Integer, String>> article : articles.entrySet()) {
      List<String> snippets = new ArrayList<>(article.getValue().values());
      rules.add(new GoldenRule(
          Integer.toString(article.getKey()), "article " + article.getKey(), String.join(" ", snippets), snippets));
    }
    return rules;
  }
}
