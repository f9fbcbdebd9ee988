package org.opedlens.themes;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/** document_themes of the sample run, checked against counts made here from the sentences table. */
class DocumentThemesTest {
  private static Dataset<Row> weights;
  private static Dataset<Row> sentences;

  @BeforeAll
  static void run() {
    SampleRun.get();
    weights = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.DOCUMENT_THEMES).toString());
    sentences = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.SENTENCES).toString());
  }

  @Test
  void countsAndWeightsMatchTheSentences() {
    Map<String, Long> expected = new HashMap<>();
    Map<String, Long> docSentences = new HashMap<>();
    for (Row s : sentences.select("doc_id", "themes").collectAsList()) {
      docSentences.merge(s.getString(0), 1L, Long::sum);
      for (Object theme : s.getList(1)) {
        expected.merge(s.getString(0) + " " + theme, 1L, Long::sum);
      }
    }
    List<Row> rows = weights.collectAsList();
    assertEquals(expected.size(), rows.size(), "one row per (document, matched theme)");
    Map<String, Double> weightSums = new HashMap<>();
    for (Row r : rows) {
      String doc = r.getAs("doc_id");
      long n = r.getAs("sentences");
      assertEquals(expected.get(doc + " " + r.getAs("theme")), n);
      assertEquals(docSentences.get(doc), (Long) r.getAs("doc_sentences"));
      assertEquals((double) n / docSentences.get(doc), (Double) r.getAs("sentence_share"), 1e-12);
      assertNotNull(r.getAs("theme_label"), "every code has its label");
      weightSums.merge(doc, (Double) r.getAs("weight"), Double::sum);
    }
    weightSums.forEach((doc, sum) -> assertEquals(1.0, sum, 1e-9, "weights of " + doc + " sum to 1"));
  }

  @Test
  void rankOneIsTheHeaviestThemeAndMakesSense() {
    for (Row r : weights.filter(col("rank").equalTo(1)).collectAsList()) {
      long top = r.getAs("sentences");
      long max = weights.filter(col("doc_id").equalTo((String) r.getAs("doc_id")))
          .agg(org.apache.spark.sql.functions.max("sentences")).first().getLong(0);
      assertEquals(max, top);
    }
    // Team-written sample op-eds whose subject is unmistakable (datasets/README.md).
    assertEquals("CORRUPTION", topTheme("Helen Whitaker", "2021-10-08"), "the Pandora Papers piece");
    assertEquals("ENERGY", topTheme("Helen Whitaker", "2022-10-12"), "Europe's winter gas");
    assertEquals("SURVEILLANCE_TECH", topTheme("Priya Raman", "2021-07-26"), "Pegasus spyware");
    assertEquals("PRESS_FREEDOM", topTheme("Priya Raman", "2021-06-28"), "Apple Daily closes");
    assertTrue(List.of("PROTEST_UPRISING", "REPRESSION").contains(topTheme("Daniel Okafor", "2022-10-06")),
        "Iran's protests");
  }

  private static String topTheme(String author, String date) {
    return weights.filter(col("author").equalTo(author).and(col("date").equalTo(java.sql.Date.valueOf(date)))
        .and(col("rank").equalTo(1))).first().getAs("theme");
  }
}
