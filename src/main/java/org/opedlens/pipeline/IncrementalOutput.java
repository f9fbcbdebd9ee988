package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.opedlens.analysis.SentenceAnalyzer;
import org.opedlens.analysis.SharedResources;
import org.opedlens.schema.Tables;

/**
 * An incremental run's output: this run's rows are merged into the tables already there.
 *
 * <p>Which stored rows this run replaces (the "removed" rows), decided when documents are written:
 * <ul>
 *   <li>without an input manifest, every stored document dated in the window: the window then holds exactly what
 *       this run's inputs hold for it;
 *   <li>with an input manifest, the stored documents dated in the window that came from a file this run read (files
 *       the manifest let it skip keep their rows);
 *   <li>always, a stored document with the doc_id of a document this run writes, wherever it is.
 * </ul>
 * Every month partition of {@code documents}, {@code sentences} (and any other table partitioned by
 * {@code pub_month}) that holds a new or removed row is rewritten as kept rows + new rows, staged first and then
 * swapped in by Spark's dynamic partition overwrite, so only those partitions change and each changes in one
 * rename. Trend rows are recomputed for the periods (day, week, month) of the new and removed documents' dates,
 * from the whole {@code sentences} table, and replace the stored rows of those periods; other periods keep their
 * rows. A new document whose text equals a stored canonical document is flagged {@code duplicate_of} it (within one
 * run, the earliest-dated copy stays canonical, as in a full run). Undated documents belong to no bounded window.
 */
final class IncrementalOutput implements RunOutput {
  private static final StructType PERIOD_KEY =
      Tables.schema("granularity", DataTypes.StringType, "period_start", DataTypes.DateType);

  private final SparkSession spark;
  private final String output;
  private final DateWindow window;
  private final boolean manifestDecidesReplacement;
  private final Dataset<Row> filesRead;
  private final Path staging;
  private final FileSystem fs;
  private final Map<String, Object> report = new LinkedHashMap<>();

  // Decided by the documents write; every later write relies on them.
  private List<String> touchedMonths;
  private List<LocalDate> touchedDates;
  private Dataset<Row> removedIds;
  private Dataset<Row> touchedPeriods;
  private Dataset<Row> newDocuments;

  IncrementalOutput(SparkSession spark, String output, String runId, IncrementalOptions options,
      List<InputFile> read) {
    this.spark = spark;
    this.output = output;
    this.window = options.window();
    this.manifestDecidesReplacement = options.inputManifest() != null;
    List<String> paths = read.stream().map(InputFile::path).toList();
    this.filesRead = spark.createDataset(paths, Encoders.STRING()).toDF("source_path");
    this.staging = new Path(output, "_staging/" + runId);
    try {
      this.fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    report.put("mode", "incremental");
    report.put("window", window.toString());
    report.put("replaces", manifestDecidesReplacement
        ? "stored documents in the window from the files this run read, and stored documents with a doc_id it wrote"
        : "every stored document in the window, and stored documents with a doc_id it wrote");
  }

  @Override
  public void write(Dataset<Row> rows, String table, boolean partitioned) {
    if (table.equals(Tables.DOCUMENTS)) {
      writeDocuments(rows);
      return;
    }
    if (touchedMonths == null) {
      throw new IllegalStateException("an incremental run writes documents first; " + table + " came earlier");
    }
    List<String> columns = Arrays.asList(rows.columns());
    if (partitioned) {
      mergeMonths(rows, table);
    } else if (columns.contains("granularity") && columns.contains("period_start")) {
      mergePeriods(rows, table);
    } else if (columns.contains("source_path")) {
      mergeInputs(rows, table);
    } else if (table.equals(Tables.TOPICS) || table.equals(Tables.DOCUMENT_TOPICS)) {
      // Topics and mixtures are refitted on every stored document: replaced whole.
      replaceTable(rows, table);
    } else if (columns.contains("doc_id")) {
      mergeByDocument(rows, table);
    } else {
      throw new IllegalStateException("no rule to merge table " + table + " incrementally");
    }
  }

  private Column inWindow(Column date) {
    Column in = date.isNotNull();
    if (window.since() != null) {
      in = in.and(date.geq(lit(Date.valueOf(window.since()))));
    }
    if (window.until() != null) {
      in = in.and(date.leq(lit(Date.valueOf(window.until()))));
    }
    return window.isBounded() ? in : lit(true);
  }

  private void writeDocuments(Dataset<Row> read) {
    Row counts = read.agg(count(lit(1)),
        sum(when(not(inWindow(col("date"))), 1).otherwise(0)),
        sum(when(not(inWindow(col("date"))).and(col("date").isNull()), 1).otherwise(0))).first();
    report.put("documents_read", counts.getLong(0));
    report.put("documents_outside_window", counts.isNullAt(1) ? 0L : counts.getLong(1));
    report.put("undated_outside_window", counts.isNullAt(2) ? 0L : counts.getLong(2));
    Dataset<Row> windowed = read.filter(inWindow(col("date")));

    Dataset<Row> stored = exists(Tables.DOCUMENTS) ? table(Tables.DOCUMENTS) : null;
    Dataset<Row> removed;
    if (stored == null) {
      removed = windowed.select("doc_id", Tables.PARTITION_COLUMN, "date").limit(0);
    } else {
      Dataset<Row> replaced = stored.filter(inWindow(col("date")));
      if (manifestDecidesReplacement) {
        replaced = replaced.join(filesRead, replaced.col("source_path").equalTo(filesRead.col("source_path")),
            "left_semi");
      }
      Dataset<Row> sameId = stored.join(windowed.select("doc_id"), stored.col("doc_id").equalTo(
          windowed.col("doc_id")), "left_semi");
      removed = replaced.select("doc_id", Tables.PARTITION_COLUMN, "date")
          .union(sameId.select("doc_id", Tables.PARTITION_COLUMN, "date")).distinct();
    }
    removed = stage(removed, "removed_documents");
    removedIds = removed.select("doc_id");

    Dataset<Row> fresh = windowed;
    if (stored != null) {
      Dataset<Row> canonical = stored.filter(col("duplicate_of").isNull())
          .join(removedIds, stored.col("doc_id").equalTo(removedIds.col("doc_id")), "left_anti")
          .groupBy(col("content_hash").as("_stored_hash")).agg(min("doc_id").as("_stored_canonical"));
      fresh = windowed.join(canonical, windowed.col("content_hash").equalTo(canonical.col("_stored_hash")), "left")
          .withColumn("duplicate_of", coalesce(col("_stored_canonical"), col("duplicate_of")));
      if (Arrays.asList(windowed.columns()).contains("duplicate_method")) {
        // Same content_hash as a stored document: an exact copy. (Near copies are found within a run only.)
        fresh = fresh.withColumn("duplicate_method",
            when(col("_stored_canonical").isNotNull(), lit("exact")).otherwise(col("duplicate_method")));
      }
      fresh = fresh.select(Arrays.stream(windowed.columns()).map(c -> col(c)).toArray(Column[]::new));
    }
    newDocuments = stage(fresh, "new_documents");

    TreeSet<String> months = new TreeSet<>();
    List<LocalDate> dates = new ArrayList<>();
    boolean undated = false;
    for (Row row : newDocuments.select(Tables.PARTITION_COLUMN, "date")
        .union(removed.select(Tables.PARTITION_COLUMN, "date")).distinct().collectAsList()) {
      months.add(row.getString(0));
      if (row.isNullAt(1)) {
        undated = true;
      } else {
        dates.add(row.getDate(1).toLocalDate());
      }
    }
    touchedMonths = new ArrayList<>(months);
    touchedDates = dates;
    touchedPeriods = broadcast(spark.createDataFrame(periodKeys(dates, undated), PERIOD_KEY)).cache();
    report.put("documents_written", newDocuments.count());
    report.put("documents_replaced_or_removed", removed.count());
    report.put("documents_written_as_duplicates", newDocuments.filter(col("duplicate_of").isNotNull()).count());
    report.put("months_rewritten", touchedMonths);
    report.put("trend_periods_recomputed", touchedPeriods.count());

    mergeMonths(newDocuments, Tables.DOCUMENTS);
  }

  /** The trend periods holding these dates: the day, the week from its Monday, the month; null for undated. */
  static List<Row> periodKeys(List<LocalDate> dates, boolean undated) {
    TreeSet<String> seen = new TreeSet<>();
    List<Row> keys = new ArrayList<>();
    for (LocalDate date : dates) {
      LocalDate[] starts = {date, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          date.withDayOfMonth(1)};
      String[] granularities = {"day", "week", "month"};
      for (int i = 0; i < starts.length; i++) {
        if (seen.add(granularities[i] + starts[i])) {
          keys.add(RowFactory.create(granularities[i], Date.valueOf(starts[i])));
        }
      }
    }
    if (undated) {
      for (String granularity : List.of("day", "week", "month")) {
        keys.add(RowFactory.create(granularity, null));
      }
    }
    return keys;
  }

  /** Month partitions a recomputed period can draw sentences from (a week may straddle two months). */
  private List<String> monthsOfTouchedPeriods() {
    TreeSet<String> months = new TreeSet<>();
    for (LocalDate date : touchedDates) {
      LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (LocalDate day : List.of(date, monday, monday.plusDays(6))) {
        months.add(String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
      }
    }
    if (touchedMonths.contains("unknown")) {
      months.add("unknown");
    }
    return new ArrayList<>(months);
  }

  /** Rewrites the touched month partitions of a per-document table as kept rows + this run's rows. */
  private void mergeMonths(Dataset<Row> rows, String table) {
    if (touchedMonths.isEmpty()) {
      return;
    }
    Dataset<Row> merged = rows;
    if (exists(table)) {
      Dataset<Row> stored = table(table);
      Dataset<Row> kept = stored.filter(col(Tables.PARTITION_COLUMN).isin(touchedMonths.toArray()))
          .join(removedIds, stored.col("doc_id").equalTo(removedIds.col("doc_id")), "left_anti");
      merged = kept.unionByName(rows, true);
    }
    Path staged = new Path(staging, table);
    merged.write().mode(SaveMode.Overwrite).partitionBy(Tables.PARTITION_COLUMN).parquet(staged.toString());
    List<String> stagedMonths = partitionsIn(staged);
    if (!stagedMonths.isEmpty()) {
      spark.read().parquet(staged.toString()).write().mode(SaveMode.Overwrite)
          .option("partitionOverwriteMode", "dynamic").partitionBy(Tables.PARTITION_COLUMN).parquet(path(table));
    }
    // A touched month with no row left is not written at all by the overwrite: remove it explicitly.
    for (String month : touchedMonths) {
      if (!stagedMonths.contains(month)) {
        delete(new Path(path(table), Tables.PARTITION_COLUMN + "=" + month));
      }
    }
  }

  /** Replaces the trend rows of the recomputed periods; rows of other periods stay. */
  private void mergePeriods(Dataset<Row> rows, String table) {
    Dataset<Row> merged = rows;
    if (exists(table)) {
      Dataset<Row> stored = table(table);
      Dataset<Row> kept = stored.join(touchedPeriods, samePeriod(stored, touchedPeriods), "left_anti");
      merged = kept.unionByName(rows, true);
    }
    replaceTable(merged, table);
  }

  /** Replaces the rows of the files this run read (rejects): rows of other files stay. */
  private void mergeInputs(Dataset<Row> rows, String table) {
    Dataset<Row> merged = rows;
    if (exists(table)) {
      Dataset<Row> stored = table(table);
      Dataset<Row> kept =
          stored.join(filesRead, stored.col("source_path").equalTo(filesRead.col("source_path")), "left_anti");
      merged = kept.unionByName(rows, true);
    }
    replaceTable(merged, table);
  }

  /**
   * Per-document tables (document_themes, document_topics): the run's documents replace their earlier rows, and
   * documents the run removed (replaced in its window and not written again) lose theirs.
   */
  private void mergeByDocument(Dataset<Row> rows, String table) {
    Dataset<Row> merged = rows;
    if (exists(table)) {
      Dataset<Row> stored = table(table);
      Dataset<Row> ids = rows.select("doc_id").union(removedIds).distinct();
      merged = stored.join(ids, stored.col("doc_id").equalTo(ids.col("doc_id")), "left_anti").unionByName(rows, true);
    }
    replaceTable(merged, table);
  }

  private static Column samePeriod(Dataset<Row> rows, Dataset<Row> periods) {
    return rows.col("granularity").equalTo(periods.col("granularity"))
        .and(rows.col("period_start").eqNullSafe(periods.col("period_start")));
  }

  @Override
  public Dataset<Row> documentsWritten() {
    return newDocuments;
  }

  @Override
  public Dataset<Row> sentencesToAggregate() {
    if (!exists(Tables.SENTENCES)) {
      StructType schema = SentenceAnalyzer.schema(SharedResources.get());
      return spark.createDataFrame(List.of(), schema).withColumn("run_id", lit(null).cast("string"));
    }
    return table(Tables.SENTENCES).filter(col(Tables.PARTITION_COLUMN).isin(monthsOfTouchedPeriods().toArray()));
  }

  @Override
  public Dataset<Row> periodsToAggregate(Dataset<Row> periodSentences) {
    return periodSentences.join(touchedPeriods, samePeriod(periodSentences, touchedPeriods), "left_semi");
  }

  @Override
  public long rows(String table) {
    return exists(table) ? table(table).count() : 0L;
  }

  @Override
  public void finish() {
    delete(staging);
    try {
      Path parent = staging.getParent();
      if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
        fs.delete(parent, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (touchedPeriods != null) {
      touchedPeriods.unpersist();
    }
  }

  @Override
  public Map<String, Object> report() {
    return report;
  }

  /** Writes rows to the run's scratch folder and reads them back: later steps no longer depend on stored tables. */
  private Dataset<Row> stage(Dataset<Row> rows, String name) {
    String path = new Path(staging, name).toString();
    rows.write().mode(SaveMode.Overwrite).parquet(path);
    return spark.read().parquet(path);
  }

  /**
   * Swaps a rewritten unpartitioned table in: staged, then renamed into place (the old copy is moved aside first
   * and deleted after), so readers see the old or the new table, never a half-written one.
   */
  private void replaceTable(Dataset<Row> merged, String table) {
    Path staged = new Path(staging, table);
    merged.write().mode(SaveMode.Overwrite).parquet(staged.toString());
    Path target = new Path(path(table));
    Path aside = new Path(staging, table + ".replaced");
    try {
      if (fs.exists(target) && !fs.rename(target, aside)) {
        throw new IOException("cannot move " + target + " aside");
      }
      if (!fs.rename(staged, target)) {
        throw new IOException("cannot move " + staged + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    delete(aside);
  }

  private List<String> partitionsIn(Path dir) {
    List<String> months = new ArrayList<>();
    String prefix = Tables.PARTITION_COLUMN + "=";
    try {
      if (fs.exists(dir)) {
        for (FileStatus status : fs.listStatus(dir)) {
          String name = status.getPath().getName();
          if (status.isDirectory() && name.startsWith(prefix)) {
            months.add(name.substring(prefix.length()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return months;
  }

  private boolean exists(String table) {
    return RunOutput.hasData(fs, new Path(path(table)));
  }

  private void delete(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(path(name));
  }

  private String path(String table) {
    return output + "/" + table;
  }
}
