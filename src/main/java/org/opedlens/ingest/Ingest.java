package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.opedlens.schema.Tables;

/**
 * The ingest stage: input paths → outcomes (one per text file or record), split into {@code documents} (with
 * duplicates flagged in {@code duplicate_of}) and {@code rejects}. Every input record yields exactly one outcome,
 * so inputs = documents + rejects by construction, and the tests check it against independent counts.
 */
public final class Ingest {
  private Ingest() {}

  /** The outcome rows are cached: documents and rejects are both read from them. */
  public record Result(Dataset<Row> outcomes, Dataset<Row> documents, Dataset<Row> rejects) {
    public void release() {
      outcomes.unpersist();
    }
  }

  public static Result run(SparkSession spark, List<String> inputs, IngestOptions options) {
    Dataset<Row> files =
        spark.read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(inputs.toArray(new String[0]))
            .select("path", "content")
            .dropDuplicates("path");
    FlatMapFunction<Row, Row> ingestFile =
        file -> {
          String path = file.getString(0);
          byte[] content = file.getAs(1);
          return ingestSafely(new FileIngestor(options), path, content).iterator();
        };
    Dataset<Row> outcomes =
        files.flatMap(ingestFile, Encoders.row(Tables.OUTCOME_ROW)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> documents = flagDuplicates(outcomes.filter(col("kind").equalTo(Outcomes.DOCUMENT)).select("document.*"));
    Dataset<Row> rejects = outcomes.filter(col("kind").equalTo(Outcomes.REJECT)).select("reject.*");
    return new Result(outcomes, documents, rejects);
  }

  /** A bug or an unexpected failure on one file becomes a reject for that file, never a failed job. */
  static List<Row> ingestSafely(FileIngestor ingestor, String path, byte[] content) {
    try {
      return ingestor.ingest(path, content);
    } catch (RuntimeException | StackOverflowError e) {
      List<Row> rows = new ArrayList<>();
      rows.add(Outcomes.reject(new Outcomes.Source(path, "unknown", ""), RejectReason.READ_ERROR,
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, content == null ? 0 : content.length));
      return rows;
    }
  }

  /**
   * Exact duplicates (same text after folding case and white space) keep one canonical document, the earliest
   * dated, then the smallest doc_id; the others point to it in {@code duplicate_of}.
   */
  static Dataset<Row> flagDuplicates(Dataset<Row> documents) {
    WindowSpec sameContent =
        Window.partitionBy("content_hash").orderBy(col("date").asc_nulls_last(), col("doc_id"), col("source_path"));
    Dataset<Row> withCanonical = documents.withColumn("_canonical", first("doc_id").over(sameContent))
        .withColumn("_first_path", first("source_path").over(sameContent))
        .withColumn("_first_key", first("record_key").over(sameContent));
    return withCanonical
        .withColumn("duplicate_of",
            when(col("source_path").notEqual(col("_first_path")).or(col("record_key").notEqual(col("_first_key"))),
                col("_canonical")))
        .drop("_canonical", "_first_path", "_first_key");
  }
}
