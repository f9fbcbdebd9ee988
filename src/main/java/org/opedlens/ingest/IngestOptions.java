package org.opedlens.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * Limits and field mapping for ingest. {@code fieldMapping} maps our field names (id, author, date, title, text,
 * source) to the names a user's JSONL/CSV/Parquet uses, e.g. {@code author -> byline}.
 */
public record IngestOptions(int minChars, int maxChars, Map<String, String> fieldMapping) implements Serializable {
  public static final int DEFAULT_MIN_CHARS = 200;
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS, Map.of());
  }

  /** The name of a field in the user's records: the mapped name, or our own. */
  public String field(String ours) {
    return fieldMapping.getOrDefault(ours, ours);
  }
}
