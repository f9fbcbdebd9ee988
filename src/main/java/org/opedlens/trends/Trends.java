package org.opedlens.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.storage.StorageLevel;

/**
 * Aggregates scored sentences into the trends tables: per group (author, theme, or both) and per period (day, week
 * starting Monday, month), sentence-weighted. Every share and mean comes with a 95 % interval (Wilson for shares,
 * normal approximation for means); groups with fewer than {@value #MIN_SENTENCES} sentences are flagged
 * {@code low_support}, not hidden. Undated documents form their own rows with a null {@code period_start}.
 *
 * <p>Each row also names its most frequent themes and actors ({@code top_themes}, {@code top_actors}) and, when the
 * sentences carry an argument role ({@value #ARG_ROLE_COLUMN}), the share of argumentative sentences.
 */
public final class Trends {
  public static final int MIN_SENTENCES = 30;
  public static final List<String> GRANULARITIES = List.of("day", "week", "month");
  public static final List<String> TARGETS = List.of("autocracy", "democracy");
  private static final double Z = 1.96;

  /**
   * The sentence column holding the argument role, when the argument-mining stage runs; a sentence counts as
   * argumentative when its role (case-insensitive) is one of {@link #ARGUMENTATIVE_ROLES}. Without the column,
   * the argumentative columns are null.
   */
  public static final String ARG_ROLE_COLUMN = "arg_role";
  public static final List<String> ARGUMENTATIVE_ROLES = List.of("claim", "premise", "major_claim");
  /** How many themes and actors each row names. */
  public static final int TOP_ITEMS = 5;
  static final DataType TOP_THEMES_TYPE = DataType.fromDDL("array<struct<theme:string,sentences:bigint>>");
  static final DataType TOP_ACTORS_TYPE = DataType.fromDDL("array<struct<actor:string,sentences:bigint>>");

  private Trends() {}

  /** Rows (per-document partial sums, or sentences) with one row per granularity and its period start. */
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

  /** {@link #aggregate(Dataset, UnaryOperator, String...)} over every period. */
  public static Dataset<Row> aggregate(Dataset<Row> units, String... groupColumns) {
    return aggregate(units, UnaryOperator.identity(), groupColumns);
  }

  /**
   * Aggregates units (one row per sentence, or per sentence and theme or actor; not yet split into periods) by the
   * given columns plus the period; {@code periods} picks the (granularity, period_start) rows to compute (an
   * incremental run keeps only the periods it touched). The same as {@link #documentSums} of the units followed by
   * {@link #aggregate(DocumentSums, UnaryOperator, String...)}.
   */
  public static Dataset<Row> aggregate(Dataset<Row> units, UnaryOperator<Dataset<Row>> periods,
      String... groupColumns) {
    return aggregate(documentSums(units, groupColumns), periods, groupColumns);
  }

  /**
   * The first step of the aggregation, per document within each group: the partial sums of the measures, and how
   * many units name each theme and each actor ({@code themes} or {@code actors} is null when the units have no such
   * array column). Keyed by the key columns plus doc_id and date.
   *
   * <p>A document has one author and one date, so its units land in exactly one group-period per granularity: the
   * sums are split into the three periods only after this step, and {@code docs} is then a plain count of
   * per-document rows; means and standard deviations come from counts, sums and sums of squares. This is far
   * cheaper than {@code countDistinct} next to other aggregates, which makes Spark expand every row once per
   * distinct expression and aggregate twice.
   */
  public record DocumentSums(Dataset<Row> measures, Dataset<Row> themes, Dataset<Row> actors) {
    /**
     * Kept (memory, spilling to disk) for several tables: the theme and author × theme tables share one set of
     * sums keyed by author and theme, so the sentences are exploded into theme rows and theme pairs once.
     */
    public DocumentSums persist() {
      for (Dataset<Row> table : tables()) {
        table.persist(StorageLevel.MEMORY_AND_DISK());
      }
      return this;
    }

    public void unpersist() {
      for (Dataset<Row> table : tables()) {
        table.unpersist();
      }
    }

    /** The same sums with other theme counts (for instance taken from the sums of theme rows). */
    public DocumentSums withThemes(Dataset<Row> themeCounts) {
      return new DocumentSums(measures, themeCounts, actors);
    }

    private List<Dataset<Row>> tables() {
      return java.util.stream.Stream.of(measures, themes, actors).filter(java.util.Objects::nonNull).toList();
    }
  }

  /**
   * Units summed per document within each group. Besides the group columns, the key columns may carry columns that
   * are constant within a document (the author), so that one set of sums serves several groupings: sums keyed by
   * author and theme give both the theme table and the author × theme table.
   */
  public static DocumentSums documentSums(Dataset<Row> units, String... keyColumns) {
    List<Column> perDoc = new ArrayList<>();
    perDoc.add(count(lit(1)).as("_n"));
    for (String target : TARGETS) {
      Column addressed = col(target + "_addressed");
      Column score = when(addressed, col(target + "_score"));
      perDoc.add(sum(when(addressed, 1).otherwise(0)).as("_" + target + "_addressed"));
      perDoc.add(count(score).as("_" + target + "_score_n"));
      perDoc.add(sum(score).as("_" + target + "_score_sum"));
      perDoc.add(sum(score.multiply(score)).as("_" + target + "_score_sumsq"));
      perDoc.add(sum(when(col(target + "_stance").equalTo("FAVOR"), 1).otherwise(0)).as("_" + target + "_favor"));
      perDoc.add(sum(when(col(target + "_stance").equalTo("AGAINST"), 1).otherwise(0)).as("_" + target + "_against"));
    }
    perDoc.add(count(col("sentiment")).as("_sentiment_n"));
    perDoc.add(sum(col("sentiment")).as("_sentiment_sum"));
    perDoc.add(sum(col("sentiment").multiply(col("sentiment"))).as("_sentiment_sumsq"));
    if (hasColumn(units, ARG_ROLE_COLUMN)) {
      Column argumentative = lower(col(ARG_ROLE_COLUMN)).isin(ARGUMENTATIVE_ROLES.toArray());
      perDoc.add(sum(when(argumentative, 1L).otherwise(0L)).as("_argumentative"));
    }
    Dataset<Row> measures = units.groupBy(documentKeys(keyColumns).toArray(new Column[0]))
        .agg(perDoc.get(0), perDoc.subList(1, perDoc.size()).toArray(new Column[0]));
    return new DocumentSums(measures, itemCounts(units, "themes", "theme", keyColumns),
        itemCounts(units, "actors", "actor", keyColumns));
  }

  /**
   * Per document within each group, how many units name each item of an array column (themes or actors), as
   * {@code _item, _doc_n}; a unit of one theme (or actor) does not count itself. Null without the array column.
   */
  static Dataset<Row> itemCounts(Dataset<Row> units, String arrayColumn, String itemName, String... keyColumns) {
    if (!hasColumn(units, arrayColumn)) {
      return null;
    }
    Dataset<Row> items = units.withColumn("_item", explode(col(arrayColumn)));
    if (hasColumn(units, itemName)) {
      items = items.filter(col("_item").notEqual(col(itemName)));
    }
    List<Column> docItemKeys = documentKeys(keyColumns);
    docItemKeys.add(col("_item"));
    return items.groupBy(docItemKeys.toArray(new Column[0])).agg(count(lit(1)).as("_doc_n"));
  }

  /**
   * Item counts read off the sums of units exploded by that item: the sums of theme rows keyed by author and theme
   * hold, per document, how many of its sentences name each theme, which is what the author table's top themes
   * count.
   */
  public static Dataset<Row> itemCountsFromSums(DocumentSums explodedSums, String itemName, String... keyColumns) {
    List<Column> columns = documentKeys(keyColumns);
    columns.add(col(itemName).as("_item"));
    columns.add(col("_n").as("_doc_n"));
    return explodedSums.measures().select(columns.toArray(new Column[0]));
  }

  /**
   * The second step: per-document sums (keyed by at least the group columns) split into periods, {@code periods}
   * applied, and summed per group and period into the trends columns.
   */
  public static Dataset<Row> aggregate(DocumentSums sums, UnaryOperator<Dataset<Row>> periods,
      String... groupColumns) {
    List<Column> keys = periodKeys(groupColumns);
    List<Column> perGroup = new ArrayList<>();
    perGroup.add(count(lit(1)).as("docs"));
    perGroup.add(sum("_n").as("sentences"));
    for (String target : TARGETS) {
      perGroup.add(sum("_" + target + "_addressed").as(target + "_addressed_n"));
      perGroup.add(sum("_" + target + "_score_n").as("_" + target + "_score_n"));
      perGroup.add(sum("_" + target + "_score_sum").as("_" + target + "_score_sum"));
      perGroup.add(sum("_" + target + "_score_sumsq").as("_" + target + "_score_sumsq"));
      perGroup.add(sum("_" + target + "_favor").as("_" + target + "_favor_n"));
      perGroup.add(sum("_" + target + "_against").as("_" + target + "_against_n"));
    }
    perGroup.add(sum("_sentiment_n").as("_sentiment_n"));
    perGroup.add(sum("_sentiment_sum").as("_sentiment_sum"));
    perGroup.add(sum("_sentiment_sumsq").as("_sentiment_sumsq"));
    boolean hasRoles = hasColumn(sums.measures(), "_argumentative");
    if (hasRoles) {
      perGroup.add(sum("_argumentative").as("argumentative_n"));
    }

    Dataset<Row> documents = periods.apply(withPeriods(sums.measures()));
    Dataset<Row> grouped = documents.groupBy(keys.toArray(new Column[0]))
        .agg(perGroup.get(0), perGroup.subList(1, perGroup.size()).toArray(new Column[0]));
    for (String target : TARGETS) {
      grouped = withMoments(grouped, target + "_mean_score", "_" + target + "_score_sd", "_" + target + "_score");
    }
    grouped = withMoments(grouped, "sentiment_mean", "_sentiment_sd", "_sentiment");

    Column n = col("sentences");
    for (String target : TARGETS) {
      Column addressedN = col(target + "_addressed_n");
      grouped = withShare(grouped, target + "_addressed_share", addressedN, n);
      grouped = withMeanInterval(grouped, target + "_mean_score", "_" + target + "_score_sd", addressedN);
      grouped = withShare(grouped, target + "_favor_share", col("_" + target + "_favor_n"), addressedN);
      grouped = withShare(grouped, target + "_against_share", col("_" + target + "_against_n"), addressedN);
    }
    grouped = withMeanInterval(grouped, "sentiment_mean", "_sentiment_sd", n);
    grouped = withArgumentativeShare(grouped, hasRoles);
    grouped = withTopItems(grouped, sums.themes(), periods, groupColumns, "theme", "top_themes", TOP_THEMES_TYPE);
    grouped = withTopItems(grouped, sums.actors(), periods, groupColumns, "actor", "top_actors", TOP_ACTORS_TYPE);
    grouped = grouped.withColumn("low_support", n.lt(MIN_SENTENCES));
    return grouped.select(outputColumns(groupColumns).stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
  }

  /** The group columns plus the document and its date: a document's units share one row of partial sums. */
  private static List<Column> documentKeys(String... groupColumns) {
    return keys(groupColumns, "doc_id", "date");
  }

  private static List<Column> periodKeys(String... groupColumns) {
    return keys(groupColumns, "granularity", "period_start");
  }

  private static List<Column> keys(String[] groupColumns, String... more) {
    List<Column> keys = new ArrayList<>();
    for (String name : groupColumns) {
      keys.add(col(name));
    }
    for (String name : more) {
      keys.add(col(name));
    }
    return keys;
  }

  private static boolean hasColumn(Dataset<Row> data, String name) {
    return List.of(data.columns()).contains(name);
  }

  /** The share of argumentative sentences (argumentative_n is summed with the other measures); null without roles. */
  static Dataset<Row> withArgumentativeShare(Dataset<Row> grouped, boolean hasRoles) {
    if (!hasRoles) {
      Column none = lit(null).cast("double");
      return grouped.withColumn("argumentative_n", lit(null).cast("bigint"))
          .withColumn("argumentative_share", none)
          .withColumn("argumentative_share_ci_low", none)
          .withColumn("argumentative_share_ci_high", none);
    }
    return withShare(grouped, "argumentative_share", col("argumentative_n"), col("sentences"));
  }

  /**
   * The group's {@value #TOP_ITEMS} most frequent items (themes or actors) with their sentence counts, most
   * frequent first, ties by name, from the per-document item counts. A row of one theme (or actor) lists the
   * others, not itself. Empty when no sentence of the group has one; null when the sentences have no such column.
   */
  static Dataset<Row> withTopItems(Dataset<Row> grouped, Dataset<Row> itemCounts, UnaryOperator<Dataset<Row>> periods,
      String[] groupColumns, String itemName, String outputName, DataType outputType) {
    if (itemCounts == null) {
      return grouped.withColumn(outputName, lit(null).cast(outputType));
    }
    List<Column> keys = periodKeys(groupColumns);
    Dataset<Row> perDocument = periods.apply(withPeriods(itemCounts));
    List<Column> itemKeys = new ArrayList<>(keys);
    itemKeys.add(col("_item"));
    Dataset<Row> counts = perDocument.groupBy(itemKeys.toArray(new Column[0])).agg(sum("_doc_n").as("_n"));
    counts = counts.withColumn("_rank",
            row_number().over(Window.partitionBy(keys.toArray(new Column[0])).orderBy(col("_n").desc(), col("_item"))))
        .filter(col("_rank").leq(TOP_ITEMS));
    Dataset<Row> top = counts.groupBy(keys.toArray(new Column[0]))
        .agg(sort_array(collect_list(struct(col("_rank"), col("_item"), col("_n")))).as("_top"))
        .withColumn(outputName, expr("transform(_top, x -> named_struct('" + itemName + "', x._item, 'sentences', x._n))"))
        .drop("_top");
    Dataset<Row> joined = joinOnKeys(grouped, top, keys);
    return joined.withColumn(outputName, coalesce(col(outputName), expr("array()").cast(outputType)));
  }

  /** Left join on the group keys, null-safe (unknown authors and undated periods are keys too). */
  private static Dataset<Row> joinOnKeys(Dataset<Row> left, Dataset<Row> right, List<Column> keys) {
    Dataset<Row> renamed = right;
    Column condition = lit(true);
    List<String> renamedKeys = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String name = keys.get(i).toString();
      String alias = "_key" + i;
      renamed = renamed.withColumnRenamed(name, alias);
      renamedKeys.add(alias);
      condition = condition.and(left.col(name).eqNullSafe(renamed.col(alias)));
    }
    return left.join(renamed, condition, "left").drop(renamedKeys.toArray(new String[0]));
  }

  /**
   * Mean (null without values) and sample standard deviation (null below two values, as stddev_samp) from the
   * count, sum and sum of squares in {@code <prefix>_n/_sum/_sumsq}. Rounding can make the variance of equal values
   * a hair below zero: it is clamped at zero.
   */
  static Dataset<Row> withMoments(Dataset<Row> data, String mean, String sd, String prefix) {
    Column count = col(prefix + "_n").cast("double");
    Column total = col(prefix + "_sum");
    Column variance = col(prefix + "_sumsq").minus(total.multiply(total).divide(count)).divide(count.minus(1));
    return data.withColumn(mean, when(count.gt(0), total.divide(count)))
        .withColumn(sd, when(count.gt(1), sqrt(greatest(variance, lit(0.0)))));
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
    columns.addAll(List.of("sentiment_mean", "sentiment_mean_ci_low", "sentiment_mean_ci_high",
        "argumentative_n", "argumentative_share", "argumentative_share_ci_low", "argumentative_share_ci_high",
        "top_themes", "top_actors", "low_support"));
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

  /**
   * Sentences with one row per actor they name, with the actor's type from the gazetteer (sentences naming no
   * actor drop out of actor tables).
   */
  public static Dataset<Row> explodeActors(Dataset<Row> sentences, Dataset<Row> actorTypes) {
    Dataset<Row> exploded =
        sentences.withColumn("actor", explode(coalesce(col("actors"), org.apache.spark.sql.functions.array())));
    return exploded.join(org.apache.spark.sql.functions.broadcast(actorTypes), "actor");
  }

  /** Sentences with one row per theme they match (sentences without a theme drop out of theme tables). */
  public static Dataset<Row> explodeThemes(Dataset<Row> sentences) {
    return sentences.withColumn("theme", explode(coalesce(col("themes"), org.apache.spark.sql.functions.array())));
  }
}
