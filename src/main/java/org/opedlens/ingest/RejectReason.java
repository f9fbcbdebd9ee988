package org.opedlens.ingest;

/** Why an input could not become a document. Codes are stable: they are the values of {@code rejects.reason}. */
public enum RejectReason {
  EMPTY("the input has no bytes or only white space"),
  BINARY("the bytes are not text (NUL or control bytes)"),
  UNDECODABLE("the bytes are in no supported encoding"),
  TOO_SHORT("less text than the minimum after cleanup"),
  TOO_LONG("more text than the maximum"),
  NO_TEXT_AFTER_CLEANUP("nothing but scrape noise"),
  UNPARSEABLE_RECORD("a structured record (JSON line, CSV row) that cannot be parsed"),
  MISSING_FIELD("a structured record without its text field"),
  UNSUPPORTED_FORMAT("a file type the job does not read"),
  READ_ERROR("the file could not be read");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }
}
