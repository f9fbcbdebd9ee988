package org.opedlens.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Aggregates scored sentences into the trends tables: per group (author, theme, or both) and per period (day, week
 * starting Monday, month), sentence-weighted. Every share and mean comes with a 95 % interval (Wilson for shares,
 * normal approximation for means); groups with fewer than {@value #MIN_SENTENCES} sentences are flagged
 * {@code low_support}, not hidden. Undated documents form their own rows with a null {@code period_start}.
 */
public final class Trends {
  public static final int MIN_SENTENCES = 30;
  public static final List<String> GRANULARITIES = List.of("day", "week", "month");
  public static final List<String> TARGETS = List.of("autocracy", "democracy");
  private static final double Z = 1.96;

  private Trends() {}

  /** Sentences with one row per granularity and its period start. */
  public static Dataset<Row> withPeriods(Dataset<Row> sentences) {
    Column granularities = org.apache.spark.sql.functions.array(
        GRANULARITIES.stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new));
    return sentences
        .withColumn("granularity", explode(granularities))
        .withColumn("period_start", to_date(date_trunc("day", col("date"))))
        .withColumn("period_start",
            when(col("granularity").equalTo("week"), to_date(date_trunc("week", col("date"))))
                .when(col("granularity").equalTo("month"), to_date(date_trunc("month", col("date"))))
                .otherwise(col("period_start")));
  }

  /** Aggregates sentences (already carrying granularity and period_start) by the given columns plus the period. */
  public static Dataset<Row> aggregate(Dataset<Row> periodSentences, String... groupColumns) {
    List<Column> keys = new ArrayList<>();
    for (String name : groupColumns) {
      keys.add(col(name));
    }
    keys.add(col("granularity"));
    keys.add(col("period_start"));

    List<Column> aggregates = new ArrayList<>();
    aggregates.add(countDistinct("doc_id").as("docs"));
    aggregates.add(count(lit(1)).as("sentences"));
    for (String target : TARGETS) {
      Column addressed = col(target + "_addressed");
      aggregates.add(sum(when(addressed, 1).otherwise(0)).as(target + "_addressed_n"));
      aggregates.add(avg(when(addressed, col(target + "_score"))).as(target + "_mean_score"));
      aggregates.add(stddev_samp(when(addressed, col(target + "_score"))).as("_" + target + "_score_sd"));
      aggregates.add(sum(when(col(target + "_stance").equalTo("FAVOR"), 1).otherwise(0)).as("_" + target + "_favor_n"));
      aggregates.add(
          sum(when(col(target + "_stance").equalTo("AGAINST"), 1).otherwise(0)).as("_" + target + "_against_n"));
    }
    aggregates.add(avg("sentiment").as("sentiment_mean"));
    aggregates.add(stddev_samp("sentiment").as("_sentiment_sd"));

    Dataset<Row> grouped =
        periodSentences.groupBy(keys.toArray(new Column[0]))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]));

    Column n = col("sentences");
    for (String target : TARGETS) {
      Column addressedN = col(target + "_addressed_n");
      grouped = withShare(grouped, target + "_addressed_share", addressedN, n);
      grouped = withMeanInterval(grouped, target + "_mean_score", "_" + target + "_score_sd", addressedN);
      grouped = withShare(grouped, target + "_favor_share", col("_" + target + "_favor_n"), addressedN);
      grouped = withShare(grouped, target + "_against_share", col("_" + target + "_against_n"), addressedN);
    }
    grouped = withMeanInterval(grouped, "sentiment_mean", "_sentiment_sd", n);
    grouped = grouped.withColumn("low_support", n.lt(MIN_SENTENCES));
    return grouped.select(outputColumns(groupColumns).stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
  }

  /** The measure columns in the documented order (the data dictionary lists them the same way). */
  static List<String> outputColumns(String... groupColumns) {
    List<String> columns = new ArrayList<>(List.of(groupColumns));
    columns.addAll(List.of("granularity", "period_start", "docs", "sentences"));
    for (String target : TARGETS) {
      columns.add(target + "_addressed_n");
      for (String measure : List.of("_addressed_share", "_mean_score", "_favor_share", "_against_share")) {
        columns.add(target + measure);
        columns.add(target + measure + "_ci_low");
        columns.add(target + measure + "_ci_high");
      }
    }
    columns.addAll(List.of("sentiment_mean", "sentiment_mean_ci_low", "sentiment_mean_ci_high", "low_support"));
    return columns;
  }

  /** share = x / n with its Wilson 95 % interval; null when n = 0. */
  static Dataset<Row> withShare(Dataset<Row> data, String name, Column x, Column n) {
    Column p = when(n.gt(0), x.cast("double").divide(n));
    Column z2n = lit(Z * Z).divide(n);
    Column centre = p.plus(z2n.divide(2)).divide(lit(1).plus(z2n));
    Column half =
        lit(Z).multiply(sqrt(p.multiply(lit(1).minus(p)).divide(n).plus(lit(Z * Z).divide(n.multiply(n).multiply(4)))))
            .divide(lit(1).plus(z2n));
    return data.withColumn(name, p)
        .withColumn(name + "_ci_low", when(n.gt(0), centre.minus(half)))
        .withColumn(name + "_ci_high", when(n.gt(0), centre.plus(half)));
  }

  /** mean ± 1.96·sd/√n; the interval is null below two observations. */
  static Dataset<Row> withMeanInterval(Dataset<Row> data, String mean, String sd, Column n) {
    Column half = lit(Z).multiply(col(sd)).divide(sqrt(n.cast("double")));
    return data.withColumn(mean + "_ci_low", when(n.gt(1), col(mean).minus(half)))
        .withColumn(mean + "_ci_high", when(n.gt(1), col(mean).plus(half)));
  }

  /** Sentences with one row per theme they match (sentences without a theme drop out of theme tables). */
  public static Dataset<Row> explodeThemes(Dataset<Row> periodSentences) {
    return periodSentences.withColumn("theme", explode(coalesce(col("themes"), org.apache.spark.sql.functions.array())));
  }
}
