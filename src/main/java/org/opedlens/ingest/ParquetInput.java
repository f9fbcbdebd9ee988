package org.opedlens.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opedlens.schema.Tables;
import org.opedlens.spark.HadoopConf;

/**
 * Parquet inputs through Spark's own reader (columnar, split by row group). Each file's footer is checked first on
 * the executors: an unreadable file becomes one reject and a file without rows one {@code empty} reject, instead
 * of failing the job. Readable files are grouped by schema and each group is read with Spark; a table with
 * {@code path} and {@code content} (binary) columns is a <em>pack</em> (see {@code opedlens pack}) and each row goes
 * through {@link FileIngestor} as the file it was; any other table's rows are records mapped through the field
 * mapping, like JSON lines.
 */
final class ParquetInput {
  private ParquetInput() {}

  private static final String FILE_COLUMN = "__opedlens_file";
  private static final String ROW_COLUMN = "__opedlens_row";
  private static final StructType FOOTER =
      Tables.schema("path", DataTypes.StringType, "length", DataTypes.LongType, "schema", DataTypes.StringType,
          "rows", DataTypes.LongType, "error", DataTypes.StringType);

  static Dataset<Row> outcomes(SparkSession spark, Dataset<Row> parquetFiles, IngestOptions options,
      Broadcast<HadoopConf> conf) {
    Dataset<Row> footers =
        parquetFiles.map((MapFunction<Row, Row>) file -> footer(file.getString(0), file.getLong(1), conf.value()),
            Encoders.row(FOOTER));
    Dataset<Row> fileRejects =
        footers.filter(col("error").isNotNull().or(col("rows").equalTo(0L)))
            .map((MapFunction<Row, Row>) ParquetInput::fileReject, Encoders.row(Tables.OUTCOME_ROW));
    // One row per readable Parquet file (not per record): Spark needs the paths of each schema group.
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Row row : footers.filter(col("error").isNull().and(col("rows").gt(0L))).select("schema", "path")
        .collectAsList()) {
      groups.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row.getString(1));
    }
    Dataset<Row> outcomes = fileRejects;
    for (List<String> paths : groups.values()) {
      Dataset<Row> table = spark.read().parquet(paths.toArray(new String[0]));
      StructType schema = table.schema();
      Dataset<Row> located = table.select(col("*"), col("_metadata.file_path").as(FILE_COLUMN),
          col("_metadata.row_index").as(ROW_COLUMN));
      boolean packed = isPack(schema);
      Dataset<Row> groupOutcomes = packed
          ? located.flatMap((FlatMapFunction<Row, Row>) row -> packedRow(row, options),
              Encoders.row(Tables.OUTCOME_ROW))
          : located.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> records(rows, schema, options),
              Encoders.row(Tables.OUTCOME_ROW));
      outcomes = outcomes.union(groupOutcomes);
    }
    return outcomes;
  }

  /** A pack holds whole files: {@code path} (string) and {@code content} (binary, null when too large). */
  static boolean isPack(StructType schema) {
    int path = schema.getFieldIndex(Packer.PATH).isDefined() ? schema.fieldIndex(Packer.PATH) : -1;
    int content = schema.getFieldIndex(Packer.CONTENT).isDefined() ? schema.fieldIndex(Packer.CONTENT) : -1;
    return path >= 0 && content >= 0 && schema.fields()[path].dataType() instanceof StringType
        && schema.fields()[content].dataType() instanceof BinaryType;
  }

  private static Row footer(String path, long length, HadoopConf conf) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), conf.get()))) {
      return RowFactory.create(path, length, reader.getFooter().getFileMetaData().getSchema().toString(),
          reader.getRecordCount(), null);
    } catch (Exception | StackOverflowError e) {
      return RowFactory.create(path, length, null, 0L, e.getClass().getSimpleName() + ": "
          + FileIngestor.firstLine(e.getMessage()));
    }
  }

  private static Row fileReject(Row footer) {
    Outcomes.Source source = new Outcomes.Source(footer.getString(0), InputFormat.PARQUET.code(), "");
    String error = footer.getString(4);
    return error != null
        ? Outcomes.reject(source, RejectReason.UNPARSEABLE_RECORD, "not a readable Parquet file: " + error, null,
            footer.getLong(1))
        : Outcomes.reject(source, RejectReason.EMPTY, "a Parquet file without rows", null, footer.getLong(1));
  }

  private static Iterator<Row> packedRow(Row row, IngestOptions options) {
    String path = row.getAs(Packer.PATH);
    byte[] content = row.getAs(Packer.CONTENT);
    long length = row.schema().getFieldIndex(Packer.LENGTH).isDefined() && row.getAs(Packer.LENGTH) != null
        ? row.<Long>getAs(Packer.LENGTH) : content == null ? 0 : content.length;
    if (path == null) {
      path = row.getAs(FILE_COLUMN) + "#row" + (row.<Long>getAs(ROW_COLUMN) + 1);
    }
    Outcomes.Source source = new Outcomes.Source(path, InputFormat.of(path).code(), "");
    String error = row.schema().getFieldIndex(Packer.ERROR).isDefined() ? row.getAs(Packer.ERROR) : null;
    if (error != null) {
      return List.of(Outcomes.reject(source, RejectReason.READ_ERROR, "could not be read when packed: " + error, null,
          length)).iterator();
    }
    if (content == null) {
      return List.of(Outcomes.reject(source, RejectReason.TOO_LONG,
          length + " bytes: packed without content, over the pack's size limit; ingest the file itself", null,
          length))
          .iterator();
    }
    return Ingest.ingestSafely(new FileIngestor(options), path, length, () -> new ByteArrayInputStream(content));
  }

  private static Iterator<Row> records(Iterator<Row> rows, StructType schema, IngestOptions options) {
    FileIngestor ingestor = new FileIngestor(options);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String file = row.getAs(FILE_COLUMN);
        long number = row.<Long>getAs(ROW_COLUMN) + 1;
        Outcomes.Source source = new Outcomes.Source(file, InputFormat.PARQUET.code(), "row " + number);
        try {
          return ingestor.ingestRecord(source, FileIngestor.fileName(file) + "#" + number,
              new RowRecord(row, schema, options), 0, "UTF-8");
        } catch (RuntimeException | StackOverflowError e) {
          return Outcomes.reject(source, RejectReason.READ_ERROR,
              e.getClass().getSimpleName() + ": " + FileIngestor.firstLine(e.getMessage()), null, 0);
        }
      }
    };
  }

  /** A Parquet row as a record: values of any type as text, lists as lists. */
  private record RowRecord(Row row, StructType schema, IngestOptions options) implements FileIngestor.Record {
    private int index(String field) {
      List<String> names = List.of(schema.fieldNames());
      String name = FileIngestor.resolve(names, options, field);
      return name == null ? -1 : names.indexOf(name);
    }

    @Override
    public String get(String field) {
      List<String> all = getAll(field);
      return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public List<String> getAll(String field) {
      int i = index(field);
      List<String> values = new ArrayList<>();
      if (i < 0 || row.isNullAt(i)) {
        return values;
      }
      StructField type = schema.fields()[i];
      if (type.dataType() instanceof ArrayType) {
        for (Object item : row.getList(i)) {
          if (item != null) {
            values.add(text(item));
          }
        }
      } else {
        values.add(text(row.get(i)));
      }
      return values;
    }

    private static String text(Object value) {
      if (value instanceof byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return decoded.ok() ? decoded.text() : null;
      }
      if (value instanceof Timestamp timestamp) {
        return timestamp.toInstant().toString();
      }
      return value.toString();
    }
  }
}
