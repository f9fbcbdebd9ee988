package org.opedlens.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/**
 * The two-step trends aggregation (per document, then per group) against Spark's own countDistinct, avg and
 * stddev_samp over the sample run's sentences: same groups, same counts, same means and deviations.
 */
class TrendsAggregateTest {
  private static Dataset<Row> sentences;

  @BeforeAll
  static void load() {
    SampleRun.get();
    sentences = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.SENTENCES).toString());
  }

  /** The straightforward aggregation: sentences split into periods, then one pass with distinct count. */
  private static Dataset<Row> reference(Dataset<Row> units, String... groupColumns) {
    Dataset<Row> data = Trends.withPeriods(units);
    List<Column> keys = new ArrayList<>();
    for (String name : groupColumns) {
      keys.add(col(name));
    }
    keys.add(col("granularity"));
    keys.add(col("period_start"));
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(count(lit(1)).as("sentences"));
    for (String target : Trends.TARGETS) {
      Column addressed = col(target + "_addressed");
      aggregates.add(sum(when(addressed, 1).otherwise(0)).as(target + "_addressed_n"));
      aggregates.add(avg(when(addressed, col(target + "_score"))).as(target + "_mean_score"));
      aggregates.add(stddev_samp(when(addressed, col(target + "_score"))).as(target + "_sd"));
    }
    aggregates.add(avg("sentiment").as("sentiment_mean"));
    aggregates.add(stddev_samp("sentiment").as("sentiment_sd"));
    return data.groupBy(keys.toArray(new Column[0]))
        .agg(countDistinct("doc_id").as("docs"), aggregates.toArray(new Column[0]));
  }

  private static String key(Row row, String... groupColumns) {
    StringBuilder key = new StringBuilder();
    for (String name : groupColumns) {
      key.append(Objects.toString(row.getAs(name))).append('|');
    }
    return key.append((String) row.getAs("granularity")).append('|').append(Objects.toString(row.getAs("period_start")))
        .toString();
  }

  private static void assertClose(Object expected, Object actual, String what) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
      return;
    }
    assertEquals(((Number) expected).doubleValue(), ((Number) actual).doubleValue(), 1e-9, what);
  }

  private static void compare(Dataset<Row> data, String... groupColumns) {
    Map<String, Row> expected = new HashMap<>();
    for (Row row : reference(data, groupColumns).collectAsList()) {
      expected.put(key(row, groupColumns), row);
    }
    List<Row> actual = Trends.aggregate(data, groupColumns).collectAsList();
    assertEquals(expected.size(), actual.size(), "same groups");
    assertTrue(actual.size() > 20, "enough groups to mean something: " + actual.size());
    int withDeviation = 0;
    for (Row row : actual) {
      String key = key(row, groupColumns);
      Row want = expected.get(key);
      assertTrue(want != null, "group " + key + " exists in the reference");
      assertEquals((long) want.getAs("docs"), (long) row.getAs("docs"), "docs of " + key);
      assertEquals((long) want.getAs("sentences"), (long) row.getAs("sentences"), "sentences of " + key);
      for (String target : Trends.TARGETS) {
        assertEquals((long) want.getAs(target + "_addressed_n"), (long) row.getAs(target + "_addressed_n"), key);
        assertClose(want.getAs(target + "_mean_score"), row.getAs(target + "_mean_score"), target + " mean " + key);
        // The interval's half width is 1.96·sd/√n: equal half widths mean equal deviations.
        Object low = row.getAs(target + "_mean_score_ci_low");
        Double sd = want.getAs(target + "_sd");
        if (sd == null) {
          assertEquals(null, low, "no interval without a deviation, " + key);
        } else {
          double n = ((Number) want.getAs(target + "_addressed_n")).doubleValue();
          double mean = want.getAs(target + "_mean_score");
          assertClose(mean - 1.96 * sd / Math.sqrt(n), low, target + " ci_low " + key);
          withDeviation++;
        }
      }
      assertClose(want.getAs("sentiment_mean"), row.getAs("sentiment_mean"), "sentiment mean " + key);
      Double sd = want.getAs("sentiment_sd");
      if (sd != null) {
        double n = ((Number) want.getAs("sentences")).doubleValue();
        assertClose((double) want.getAs("sentiment_mean") + 1.96 * sd / Math.sqrt(n), row.getAs("sentiment_mean_ci_high"),
            "sentiment ci_high " + key);
      }
    }
    assertTrue(withDeviation > 0, "some groups have a deviation to compare");
  }

  @Test
  void authorTrendsMatchTheOnePassAggregation() {
    compare(sentences, "author");
  }

  @Test
  void themeTrendsMatchTheOnePassAggregation() {
    Dataset<Row> themed = Trends.explodeThemes(sentences);
    compare(themed, "theme");
    compare(themed, "author", "theme");
  }

  /**
   * What the run does: one set of per-document sums keyed by author and theme serves the theme table and the author
   * × theme table, and gives the author table its top themes. Every column, top items included, must equal what
   * each table gets from its own sums.
   */
  @Test
  void sharedSumsGiveTheSameTablesAsEachTablesOwn() {
    Dataset<Row> themed = Trends.explodeThemes(sentences);
    Trends.DocumentSums byTheme = Trends.documentSums(themed, "author", "theme");
    assertSameTable(Trends.aggregate(themed, "theme"),
        Trends.aggregate(byTheme, java.util.function.UnaryOperator.identity(), "theme"), "theme");
    assertSameTable(Trends.aggregate(themed, "author", "theme"),
        Trends.aggregate(byTheme, java.util.function.UnaryOperator.identity(), "author", "theme"), "author", "theme");
    Trends.DocumentSums byAuthor = Trends.documentSums(sentences, "author")
        .withThemes(Trends.itemCountsFromSums(byTheme, "theme", "author"));
    assertSameTable(Trends.aggregate(sentences, "author"),
        Trends.aggregate(byAuthor, java.util.function.UnaryOperator.identity(), "author"), "author");
  }

  private static void assertSameTable(Dataset<Row> expected, Dataset<Row> actual, String... groupColumns) {
    Map<String, Row> want = new HashMap<>();
    for (Row row : expected.collectAsList()) {
      want.put(key(row, groupColumns), row);
    }
    List<Row> rows = actual.collectAsList();
    assertEquals(want.size(), rows.size(), "same groups");
    int withTopThemes = 0;
    for (Row row : rows) {
      String key = key(row, groupColumns);
      Row expectedRow = want.get(key);
      assertTrue(expectedRow != null, "group " + key + " exists in the table from its own sums");
      for (String column : expected.columns()) {
        Object a = expectedRow.getAs(column);
        Object b = row.getAs(column);
        if (a instanceof Double || b instanceof Double) {
          assertClose(a, b, column + " of " + key);
        } else {
          assertEquals(a, b, column + " of " + key);
        }
      }
      if (!row.<Row>getList(row.fieldIndex("top_themes")).isEmpty()) {
        withTopThemes++;
      }
    }
    assertTrue(withTopThemes > 0, "some rows have top themes to compare");
  }
}
