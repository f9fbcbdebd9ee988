package org.opedlens.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** actor_trends and the top-themes, top-actors and argumentative columns, recomputed here from sentences. */
class TrendsThemesActorsTest {
  private static Dataset<Row> sentences;

  @BeforeAll
  static void run() {
    SampleRun.get();
    sentences = table(Tables.SENTENCES);
  }

  private static Dataset<Row> table(String name) {
    return SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(name).toString());
  }

  @Test
  void actorTrendsCountTheSentencesNamingEachActor() {
    Dataset<Row> monthly = table(Tables.ACTOR_TRENDS).filter(col("granularity").equalTo("month"));
    Map<String, Long> expected = new HashMap<>();
    for (Row s : sentences.select("actors").collectAsList()) {
      for (Object actor : s.getList(0)) {
        expected.merge((String) actor, 1L, Long::sum);
      }
    }
    assertTrue(expected.containsKey("Vladimir Putin") && expected.containsKey("Kazakhstan"), expected.toString());
    for (Row r : monthly.groupBy("actor").agg(org.apache.spark.sql.functions.sum("sentences")).collectAsList()) {
      assertEquals(expected.get(r.getString(0)), (Long) r.getLong(1), r.getString(0));
    }
    assertEquals(expected.size(), monthly.select("actor").distinct().count());
    Row putin = monthly.filter(col("actor").equalTo("Vladimir Putin")).first();
    assertEquals("PERSON", putin.getAs("actor_type"));
    for (Row r : monthly.collectAsList()) {
      for (Row top : r.<Row>getList(r.fieldIndex("top_actors"))) {
        assertFalse(top.getString(0).equals(r.getAs("actor")), "an actor row lists the other actors, not itself");
      }
    }
  }

  @Test
  void topThemesAndActorsOfAnAuthorMonthAreItsMostFrequent() {
    Row manning = table(Tables.AUTHOR_TRENDS)
        .filter(col("author").equalTo("Robert A. Manning").and(col("granularity").equalTo("month"))).first();
    assertIsTopOf(manning.getList(manning.fieldIndex("top_themes")), counts("themes", "Robert A. Manning"));
    List<Row> actors = manning.getList(manning.fieldIndex("top_actors"));
    assertIsTopOf(actors, counts("actors", "Robert A. Manning"));
    List<String> names = actors.stream().map(r -> r.getString(0)).toList();
    assertTrue(names.contains("Vladimir Putin") && names.contains("Kassym-Jomart Tokayev"),
        "the seed op-ed on Kazakhstan's unrest names Putin and Tokayev often: " + names);
  }

  /** The list holds the most frequent items with their counts, most frequent first, none more frequent left out. */
  private static void assertIsTopOf(List<Row> top, Map<String, Long> counts) {
    assertEquals(Math.min(Trends.TOP_ITEMS, counts.size()), top.size());
    long previous = Long.MAX_VALUE;
    for (Row item : top) {
      long n = item.getLong(1);
      assertEquals(counts.get(item.getString(0)), (Long) n, item.getString(0));
      assertTrue(n <= previous, "most frequent first");
      previous = n;
    }
    long last = top.get(top.size() - 1).getLong(1);
    assertEquals(counts.values().stream().filter(n -> n > last).count(),
        top.stream().filter(r -> r.getLong(1) > last).count(), "no more frequent item left out");
  }

  private static Map<String, Long> counts(String arrayColumn, String author) {
    Map<String, Long> counts = new HashMap<>();
    for (Row s : sentences.filter(col("author").equalTo(author)).select(arrayColumn).collectAsList()) {
      for (Object item : s.getList(0)) {
        counts.merge((String) item, 1L, Long::sum);
      }
    }
    return counts;
  }

  @Test
  void themeRowsListCoOccurringThemesNotThemselves() {
    for (Row r : table(Tables.THEME_TRENDS).filter(col("granularity").equalTo("month")).collectAsList()) {
      for (Row top : r.<Row>getList(r.fieldIndex("top_themes"))) {
        assertFalse(top.getString(0).equals(r.getAs("theme")));
      }
    }
  }

  @Test
  void argumentativeShareIsNullWithoutArgRoleAndCountedWithIt() {
    // The sample run has the argument stage's arg_role: its trends count claims and premises.
    long argumentative = sentences.filter(col(Trends.ARG_ROLE_COLUMN).isin("claim", "premise")).count();
    Row counted = table(Tables.AUTHOR_TRENDS).filter(col("granularity").equalTo("month"))
        .agg(org.apache.spark.sql.functions.sum("argumentative_n")).first();
    assertEquals(argumentative, counted.getLong(0));

    // Without the column the measures are null, not zero.
    Row row = Trends.aggregate(sentences.drop(Trends.ARG_ROLE_COLUMN), "author").first();
    assertNull(row.getAs("argumentative_n"));
    assertNull(row.getAs("argumentative_share"));

    // With an argument-role column (as the argument stage adds), claims and premises count, other roles do not.
    Dataset<Row> withRoles = sentences.withColumn(Trends.ARG_ROLE_COLUMN,
        when(col("autocracy_addressed"), "Claim").when(col("democracy_addressed"), "premise").otherwise("none"));
    Row all = Trends.aggregate(withRoles, periods -> periods.filter(col("granularity").equalTo("month")))
        .agg(org.apache.spark.sql.functions.sum("argumentative_n"), org.apache.spark.sql.functions.sum("sentences"))
        .first();
    long expected = sentences.filter(col("autocracy_addressed").or(col("democracy_addressed"))).count();
    assertEquals(expected, all.getLong(0));
    Row grouped = Trends.aggregate(withRoles, "author")
        .filter(col("author").equalTo("Robert A. Manning").and(col("granularity").equalTo("month"))).first();
    double share = grouped.getAs("argumentative_share");
    assertEquals((double) (Long) grouped.getAs("argumentative_n") / (Long) grouped.getAs("sentences"), share, 1e-12);
    assertTrue((Double) grouped.getAs("argumentative_share_ci_low") <= share
        && share <= (Double) grouped.getAs("argumentative_share_ci_high"));
  }
}
