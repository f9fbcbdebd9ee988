package org.opedlens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where a run's rows go. A full run ({@link FullOutput}) replaces every table; an incremental run
 * ({@link IncrementalOutput}) merges its rows into the tables already there, rewriting only the partitions and
 * trend periods it touches.
 */
interface RunOutput {
  /** Writes a table; {@code partitioned}: by publication month, one row per document or sentence. */
  void write(Dataset<Row> rows, String table, boolean partitioned);

  /** The documents this run wrote: the ones the later stages analyse. */
  Dataset<Row> documentsWritten();

  /** The sentences the trend tables are (re)computed from. */
  Dataset<Row> sentencesToAggregate();

  /** Of rows split into periods (Trends.withPeriods), those whose periods this run recomputes. */
  Dataset<Row> periodsToAggregate(Dataset<Row> periodRows);

  /** Rows of a table in the output, or 0 when a run has not written the table yet. */
  long rows(String table);

  /** Removes the run's scratch data once every table is written. */
  void finish();

  /** What the run manifest should say about how the tables were written. */
  Map<String, Object> report();

  /**
   * Whether a table folder holds any data (a data file or a partition folder). A partitioned table written with
   * no rows is only a {@code _SUCCESS} marker, from which Spark cannot read a schema.
   */
  static boolean hasData(FileSystem fs, Path table) {
    try {
      if (!fs.exists(table)) {
        return false;
      }
      for (FileStatus status : fs.listStatus(table)) {
        String name = status.getPath().getName();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
