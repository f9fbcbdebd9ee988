package org.opedlens.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * Limits, field mapping and duplicate detection for ingest. {@code fieldMapping} maps our field names (id, author,
 * date, title, text, url) to the names a user's JSONL/CSV/Parquet uses, e.g. {@code author -> byline}.
 * {@code nearDuplicateSimilarity} is the Jaccard similarity of word 5-gram shingles from which two texts count as
 * copies of one op-ed (0 or 1 turns near-duplicate detection off; exact duplicates are always flagged).
 */
public record IngestOptions(int minChars, int maxChars, Map<String, String> fieldMapping,
    double nearDuplicateSimilarity) implements Serializable {
  public static final int DEFAULT_MIN_CHARS = 200;
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  public static final double DEFAULT_NEAR_DUPLICATE_SIMILARITY = 0.8;

  public IngestOptions(int minChars, int maxChars, Map<String, String> fieldMapping) {
    this(minChars, maxChars, fieldMapping, DEFAULT_NEAR_DUPLICATE_SIMILARITY);
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS, Map.of());
  }

  /** The name of a field in the user's records: the mapped name, or our own. */
  public String field(String ours) {
    return fieldMapping.getOrDefault(ours, ours);
  }

  public boolean nearDuplicatesEnabled() {
    return nearDuplicateSimilarity > 0 && nearDuplicateSimilarity < 1;
  }
}
