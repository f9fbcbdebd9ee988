package org.opedlens.themes;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.opedlens.schema.Tables;

/**
 * Themes weighted per document, from the per-sentence theme matches: a theme's weight in a document is the number
 * of the document's sentences that match it, divided by the matches of all themes in the document (so a
 * document's weights sum to 1, as in GDELT's per-article theme counts); {@code sentence_share} is the same count
 * over all the document's sentences (multi-label: these do not sum to 1). Documents without any theme have no rows.
 */
public final class DocumentThemes {
  static final StructType LABEL_ROW = Tables.schema("theme", StringType, "theme_label", StringType);

  private DocumentThemes() {}

  /** One row per (document, theme it matches), in the data dictionary's column order (run_id added on write). */
  public static Dataset<Row> weigh(SparkSession spark, Dataset<Row> sentences, ThemeTaxonomy taxonomy) {
    Dataset<Row> perDocument = sentences.groupBy("doc_id")
        .agg(first("author", true).as("author"), first("date", true).as("date"), count(lit(1)).as("doc_sentences"));
    Dataset<Row> matches = sentences.select(col("doc_id"), explode(col("themes")).as("theme"))
        .groupBy("doc_id", "theme").agg(count(lit(1)).as("sentences"));
    Dataset<Row> totals = matches.groupBy("doc_id").agg(sum("sentences").as("_matches"));
    return matches.join(totals, "doc_id").join(perDocument, "doc_id")
        .join(labels(spark, taxonomy), new String[] {"theme"}, "left")
        .withColumn("weight", col("sentences").divide(col("_matches")))
        .withColumn("sentence_share", col("sentences").divide(col("doc_sentences")))
        .withColumn("rank", row_number().over(
            Window.partitionBy("doc_id").orderBy(col("sentences").desc(), col("theme"))))
        .select("doc_id", "author", "date", "theme", "theme_label", "rank", "sentences", "doc_sentences",
            "sentence_share", "weight");
  }

  /** The taxonomy's codes and labels: a few dozen rows, built on the driver. */
  static Dataset<Row> labels(SparkSession spark, ThemeTaxonomy taxonomy) {
    List<Row> rows = new ArrayList<>();
    for (ThemeTaxonomy.Theme theme : taxonomy.themes()) {
      rows.add(RowFactory.create(theme.code(), theme.label()));
    }
    return spark.createDataFrame(rows, LABEL_ROW);
  }
}
