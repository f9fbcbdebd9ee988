package org.opedlens.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the rows our code builds by hand. The data dictionary (src/main/resources/data-dictionary.md)
 * documents every output table; SchemaDictionaryTest checks the Parquet actually written against it.
 */
public final class Tables {
  private Tables() {}

  public static final String DOCUMENTS = "documents";
  public static final String REJECTS = "rejects";
  public static final String SENTENCES = "sentences";
  public static final String AUTHOR_TRENDS = "author_trends";
  public static final String THEME_TRENDS = "theme_trends";
  public static final String AUTHOR_THEME_TRENDS = "author_theme_trends";
  public static final String ACTOR_TRENDS = "actor_trends";
  public static final String DOCUMENT_THEMES = "document_themes";
  public static final String TOPICS = "topics";
  public static final String DOCUMENT_TOPICS = "document_topics";

  /** Every table a run writes, in the order the run summary lists them. */
  public static final List<String> ALL =
      List.of(DOCUMENTS, REJECTS, SENTENCES, AUTHOR_TRENDS, THEME_TRENDS, AUTHOR_THEME_TRENDS, ACTOR_TRENDS,
          DOCUMENT_THEMES, TOPICS, DOCUMENT_TOPICS);

  /** Tables partitioned by publication month. */
  public static final String PARTITION_COLUMN = "pub_month";

  public static final DataType STRINGS = createArrayType(StringType, true);

  /** A document as ingest builds it (run_id is added when the table is written). */
  public static final StructType DOCUMENT_ROW =
      schema(
          "doc_id", StringType,
          "source_path", StringType,
          "source_format", StringType,
          "record_key", StringType,
          "title", StringType,
          "author", StringType,
          "authors", STRINGS,
          "date", DateType,
          "bio", StringType,
          "text", StringType,
          "char_count", IntegerType,
          "encoding", StringType,
          "metadata_source", StringType,
          "content_hash", StringType,
          "pub_month", StringType);

  public static final StructType REJECT_ROW =
      schema(
          "source_path", StringType,
          "source_format", StringType,
          "record_key", StringType,
          "reason", StringType,
          "detail", StringType,
          "excerpt", StringType,
          "byte_count", LongType);

  /** One ingest outcome: a document or a reject, told apart by {@code kind}. */
  public static final StructType OUTCOME_ROW =
      new StructType()
          .add("kind", StringType, false)
          .add("document", DOCUMENT_ROW, true)
          .add("reject", REJECT_ROW, true);

  /** Builds a nullable schema from alternating names and types. */
  public static StructType schema(Object... namesAndTypes) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.add(new StructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true,
          org.apache.spark.sql.types.Metadata.empty()));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }
}
