package org.opedlens.ingest;

import java.util.Locale;

/** The input formats ingest reads, told by file name; any of them may be gzip-compressed ({@code .gz}). */
public enum InputFormat {
  TXT("txt"),
  JSONL("jsonl"),
  /** {@code .json}: a JSON array of records, or JSON lines. */
  JSON("json"),
  CSV("csv"),
  TSV("tsv"),
  PARQUET("parquet"),
  UNKNOWN("unknown");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The value of {@code source_format}. */
  public String code() {
    return code;
  }

  public static boolean isGzip(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  public static InputFormat of(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TXT;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    if (name.endsWith(".parquet") || name.endsWith(".parq")) {
      return PARQUET;
    }
    return UNKNOWN;
  }
}
