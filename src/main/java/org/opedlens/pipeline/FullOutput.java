package org.opedlens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.opedlens.schema.Tables;

/** A full run: every table is replaced by this run's rows. */
final class FullOutput implements RunOutput {
  private final SparkSession spark;
  private final String output;
  private final Map<String, StructType> written = new HashMap<>();

  FullOutput(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
  }

  @Override
  public void write(Dataset<Row> rows, String table, boolean partitioned) {
    // Static overwrite even if the session defaults to dynamic: a full run must not leave stale months behind.
    DataFrameWriter<Row> writer = rows.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "static");
    if (partitioned) {
      writer = writer.partitionBy(Tables.PARTITION_COLUMN);
    }
    writer.parquet(output + "/" + table);
    written.put(table, rows.schema());
  }

  @Override
  public Dataset<Row> documentsWritten() {
    return read(Tables.DOCUMENTS);
  }

  @Override
  public Dataset<Row> sentencesToAggregate() {
    return read(Tables.SENTENCES);
  }

  @Override
  public Dataset<Row> periodsToAggregate(Dataset<Row> periodSentences) {
    return periodSentences;
  }

  @Override
  public long rows(String table) {
    return read(table).count();
  }

  @Override
  public void finish() {}

  @Override
  public Map<String, Object> report() {
    return Map.of("mode", "full");
  }

  /** A table written with no rows (no document survived ingest, say) reads as empty, not as an error. */
  private Dataset<Row> read(String table) {
    Path path = new Path(output + "/" + table);
    FileSystem fs;
    try {
      fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!RunOutput.hasData(fs, path) && written.containsKey(table)) {
      return spark.createDataFrame(List.of(), written.get(table));
    }
    return spark.read().parquet(path.toString());
  }
}
