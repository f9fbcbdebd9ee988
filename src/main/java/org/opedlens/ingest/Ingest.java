package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.opedlens.schema.Tables;
import org.opedlens.spark.HadoopConf;

/**
 * The ingest stage: input paths → outcomes (one per text file or record), split into {@code documents} (with
 * duplicates flagged in {@code duplicate_of}) and {@code rejects}. Every input record yields exactly one outcome,
 * so inputs = documents + rejects by construction, and the tests check it against independent counts.
 *
 * <p>Inputs are listed with Spark's file index (directories recursively, globs), without reading content. Text,
 * JSON, CSV and TSV files (gzip or not) are then opened and streamed on the executors by {@link FileIngestor};
 * Parquet files go through Spark's Parquet reader ({@link ParquetInput}). Nothing proportional to the corpus is
 * collected to the driver: only one row per Parquet file, for grouping by schema.
 */
public final class Ingest {
  private Ingest() {}

  /** The outcome rows and the near-duplicate edges are cached: documents and rejects are both read from them. */
  public record Result(Dataset<Row> outcomes, Dataset<Row> documents, Dataset<Row> rejects, List<Dataset<Row>> cached) {
    public void release() {
      for (Dataset<Row> dataset : cached) {
        dataset.unpersist();
      }
    }
  }

  public static Result run(SparkSession spark, List<String> inputs, IngestOptions options) {
    Dataset<Row> listing = list(spark, inputs).persist(StorageLevel.MEMORY_AND_DISK());
    Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    FlatMapFunction<Row, Row> ingestFile =
        file -> {
          String path = file.getString(0);
          long length = file.getLong(1);
          return ingestSafely(new FileIngestor(options), path, length, () -> {
            Path hadoopPath = new Path(path);
            FileSystem fs = hadoopPath.getFileSystem(conf.value().get());
            return fs.open(hadoopPath);
          });
        };
    Dataset<Row> fileOutcomes =
        listing.filter((FilterFunction<Row>) file -> !readBySpark(file.getString(0)))
            .flatMap(ingestFile, Encoders.row(Tables.OUTCOME_ROW));
    Dataset<Row> parquetOutcomes = ParquetInput.outcomes(spark,
        listing.filter((FilterFunction<Row>) file -> readBySpark(file.getString(0))), options, conf);
    Dataset<Row> outcomes =
        fileOutcomes.union(parquetOutcomes).persist(StorageLevel.MEMORY_AND_DISK());
    List<Dataset<Row>> cached = new ArrayList<>();
    cached.add(outcomes);
    cached.add(listing);
    Dataset<Row> documents = Duplicates.flag(
        outcomes.filter(col("kind").equalTo(Outcomes.DOCUMENT)).select("document.*"), options, cached);
    Dataset<Row> rejects = outcomes.filter(col("kind").equalTo(Outcomes.REJECT)).select("reject.*");
    return new Result(outcomes, documents, rejects, cached);
  }

  private static final StructType LISTING =
      Tables.schema("path", DataTypes.StringType, "length", DataTypes.LongType);
  /** Files per listing task when sizes are looked up on the executors. */
  private static final int FILES_PER_TASK = 500;

  /**
   * Every input file once, with its size. The paths come from Spark's file index (directories recursively, globs,
   * hidden files such as _SUCCESS and .crc skipped), which the driver holds anyway; sizes are looked up on the
   * executors. Spark's own file scans silently skip zero-byte files, so ingest does not list through a scan: an
   * empty file must become an {@code empty} reject, not vanish.
   */
  static Dataset<Row> list(SparkSession spark, List<String> inputs) {
    String[] files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
        .load(inputs.toArray(new String[0])).inputFiles();
    List<String> paths = new ArrayList<>(new java.util.TreeSet<>(
        java.util.Arrays.stream(files).map(file -> new Path(file).toString()).toList()));
    Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    int slices = Math.max(1, Math.min(10_000, paths.size() / FILES_PER_TASK + 1));
    slices = Math.max(slices, Math.min(paths.size(), spark.sparkContext().defaultParallelism()));
    JavaRDD<Row> sized = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(paths, Math.max(1, slices))
        .map(path -> {
          Path hadoopPath = new Path(path);
          try {
            return RowFactory.create(path, hadoopPath.getFileSystem(conf.value().get()).getFileStatus(hadoopPath)
                .getLen());
          } catch (java.io.IOException e) {
            // Gone or unreadable since it was listed: ingest turns the failed open into a read_error reject.
            return RowFactory.create(path, -1L);
          }
        });
    return spark.createDataFrame(sized, LISTING);
  }

  /** Uncompressed Parquet files are read by Spark's Parquet reader; everything else by {@link FileIngestor}. */
  static boolean readBySpark(String path) {
    return InputFormat.of(path) == InputFormat.PARQUET && !InputFormat.isGzip(path);
  }

  /**
   * The outcomes of one file, streamed. A bug or an unexpected failure on one file becomes a reject for that file,
   * never a failed job; the file is closed when the task ends even if the iterator is not exhausted.
   */
  static Iterator<Row> ingestSafely(FileIngestor ingestor, String path, long length, FileIngestor.Opener opener) {
    try {
      Outcomes.Stream stream = ingestor.ingest(path, length, opener);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> stream.close());
      }
      return stream;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(Outcomes.reject(new Outcomes.Source(path, InputFormat.of(path).code(), ""),
          RejectReason.READ_ERROR, e.getClass().getSimpleName() + ": " + FileIngestor.firstLine(e.getMessage()),
          null, length)).iterator();
    }
  }
}
