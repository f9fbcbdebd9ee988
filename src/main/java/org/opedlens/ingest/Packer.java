package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.opedlens.schema.Tables;
import org.opedlens.spark.HadoopConf;

/**
 * Packs many small input files into a few Parquet files ({@code path}, {@code length}, {@code content}): reading a
 * million tiny files costs a file open each (slow on HDFS and S3), reading a pack costs a few large sequential
 * reads. Ingest reads a pack's rows exactly as the files they were (same source_path, doc_id and outcomes). Files
 * over the size limit are stored without content (ingest rejects them as too long) and unreadable files with their
 * error (a read_error reject), so nothing goes missing silently. Pack small files; pass big ones to ingest as they
 * are.
 */
public final class Packer {
  private Packer() {}

  public static final String PATH = "path";
  public static final String LENGTH = "length";
  public static final String CONTENT = "content";
  public static final String ERROR = "read_error";
  public static final StructType PACK_ROW =
      Tables.schema(PATH, DataTypes.StringType, LENGTH, DataTypes.LongType, CONTENT, DataTypes.BinaryType, ERROR,
          DataTypes.StringType);
  /** Aim for Parquet files of about this many bytes. */
  static final long TARGET_PART_BYTES = 128L << 20;

  /** The largest file packed with content: the largest text file ingest would read with these options. */
  public static long maxFileBytes(IngestOptions options) {
    return new FileIngestor(options).maxTextBytes();
  }

  /** What a pack run did. */
  public record Summary(long files, long bytes, long withoutContent, int parts) {}

  public static Summary pack(SparkSession spark, List<String> inputs, String output, long maxFileBytes) {
    Dataset<Row> listing = Ingest.list(spark, inputs).cache();
    Row totals = listing.agg(sum(col("length")), sum(col("length").gt(maxFileBytes).cast("long")),
        org.apache.spark.sql.functions.count(col("path"))).first();
    long bytes = totals.isNullAt(0) ? 0 : totals.getLong(0);
    long over = totals.isNullAt(1) ? 0 : totals.getLong(1);
    long files = totals.getLong(2);
    int parts = (int) Math.max(1, Math.min(10_000, (bytes + TARGET_PART_BYTES - 1) / TARGET_PART_BYTES));
    Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    Dataset<Row> packed =
        listing.repartition(parts, col("path"))
            .sortWithinPartitions("path")
            .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> read(rows, maxFileBytes, conf.value()),
                Encoders.row(PACK_ROW));
    packed.write().mode(SaveMode.ErrorIfExists).option("compression", "zstd").parquet(output);
    listing.unpersist();
    return new Summary(files, bytes, over, parts);
  }

  private static Iterator<Row> read(Iterator<Row> files, long maxFileBytes, HadoopConf conf) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row file = files.next();
        String path = file.getString(0);
        long length = file.getLong(1);
        if (length > maxFileBytes) {
          return RowFactory.create(path, length, null, null);
        }
        if (length < 0) {
          return RowFactory.create(path, 0L, null, "gone or unreadable when its size was looked up");
        }
        Path hadoopPath = new Path(path);
        try {
          FileSystem fs = hadoopPath.getFileSystem(conf.get());
          try (InputStream in = fs.open(hadoopPath)) {
            return RowFactory.create(path, length, in.readNBytes((int) length), null);
          }
        } catch (java.io.IOException e) {
          // Unreadable now: packed with the error, so that ingest reports it as a read_error instead of losing it.
          return RowFactory.create(path, length, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    };
  }
}
