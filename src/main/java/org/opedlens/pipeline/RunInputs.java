package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.opedlens.util.Hashing;

/**
 * The input files of a run: every file its inputs name (listed with size and mtime, for the run manifest), and the
 * ones it reads: all of them, unless an input manifest lets it skip files it has already processed for the window.
 */
final class RunInputs {
  private final SparkSession spark;
  private final List<String> inputs;
  private final IncrementalOptions options;
  private final List<InputFile> listed;
  private final List<InputFile> read;
  private final InputManifest manifest;
  private final Map<String, InputManifest.DateSpan> spans = new HashMap<>();

  private RunInputs(SparkSession spark, List<String> inputs, IncrementalOptions options) {
    this.spark = spark;
    this.inputs = inputs;
    this.options = options;
    this.listed = InputListing.list(spark, inputs);
    if (options.inputManifest() == null) {
      this.manifest = null;
      this.read = listed;
    } else {
      this.manifest = InputManifest.load(options.inputManifest(), spark.sparkContext().hadoopConfiguration());
      this.read = manifest.toRead(listed, options.window());
    }
  }

  static RunInputs plan(SparkSession spark, List<String> inputs, IncrementalOptions options) {
    return new RunInputs(spark, inputs, options);
  }

  List<InputFile> read() {
    return read;
  }

  /** What ingest loads: the inputs as given in a full run; exactly the chosen files in an incremental one. */
  List<String> ingestPaths() {
    return options.enabled() ? InputListing.asInputPaths(read) : inputs;
  }

  /** Notes the date span of each file's documents (one small row per file read), for the input manifest. */
  void noteDates(Dataset<Row> documents) {
    if (manifest == null) {
      return;
    }
    List<Row> rows = documents.groupBy("source_path")
        .agg(org.apache.spark.sql.functions.min("date"), max("date"), max(when(col("date").isNull(), true)
            .otherwise(false)))
        .collectAsList();
    for (Row row : rows) {
      spans.put(row.getString(0), new InputManifest.DateSpan(
          row.isNullAt(1) ? null : row.getDate(1).toLocalDate(),
          row.isNullAt(2) ? null : row.getDate(2).toLocalDate(),
          !row.isNullAt(3) && row.getBoolean(3)));
    }
  }

  /** After the run succeeded: the files read are recorded in the input manifest, with the run's window. */
  void commit(String runId) {
    if (manifest == null) {
      return;
    }
    for (InputFile file : read) {
      manifest.record(file, spans.getOrDefault(file.path(), InputManifest.DateSpan.NONE), options.window(), runId);
    }
    manifest.save(runId);
  }

  /**
   * Writes the list of files read (path, size, mtime; tab-separated) beside the run manifest and returns what the
   * manifest records about the inputs: counts, bytes, a digest of that list, and where the list is.
   */
  Map<String, Object> describe(String listPath) {
    StringBuilder list = new StringBuilder();
    long bytes = 0;
    for (InputFile file : read) {
      list.append(file.path()).append('\t').append(file.size()).append('\t').append(file.modifiedMillis())
          .append('\n');
      bytes += file.size();
    }
    Path path = new Path(listPath);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(list.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the input list " + listPath, e);
    }
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("files_listed", listed.size());
    description.put("files_read", read.size());
    description.put("files_skipped_by_input_manifest", listed.size() - read.size());
    description.put("bytes_read", bytes);
    description.put("files_read_sha256", Hashing.sha256Hex(list.toString()));
    description.put("files_read_list", listPath);
    if (manifest != null) {
      description.put("input_manifest", manifest.location());
    }
    return description;
  }
}
