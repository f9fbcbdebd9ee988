package org.opedlens.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The input files of a run, listed the way ingest reads them (Spark's binaryFile source, recursive), with size and
 * modification time but without reading any content. One row per file reaches the driver.
 */
public final class InputListing {
  private InputListing() {}

  public static List<InputFile> list(SparkSession spark, List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<Row> rows = spark.read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs.toArray(new String[0]))
        .select(col("path"), col("length"), col("modificationTime"))
        .dropDuplicates("path")
        .orderBy("path")
        .collectAsList();
    for (Row row : rows) {
      files.add(new InputFile(row.getString(0), row.getLong(1), row.getTimestamp(2).getTime()));
    }
    return files;
  }

  /**
   * The files as paths Spark reads literally: glob characters in a file's name are escaped, so that
   * {@code report[1].txt} is that file and not a pattern.
   */
  public static List<String> asInputPaths(List<InputFile> files) {
    List<String> paths = new ArrayList<>(files.size());
    for (InputFile file : files) {
      StringBuilder escaped = new StringBuilder(file.path().length());
      for (char c : file.path().toCharArray()) {
        if ("{}[]*?\\".indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
      paths.add(escaped.toString());
    }
    return paths;
  }
}
