package org.opedlens.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.opedlens.util.Hashing;

/**
 * Builds the rows ingest emits: a document (through the same checks whatever the input format) or a reject with
 * a reason code and an excerpt.
 */
public final class Outcomes {
  private Outcomes() {}

  public static final String DOCUMENT = "document";
  public static final String REJECT = "reject";
  private static final int EXCERPT_CHARS = 200;

  /** Where a record came from: file, format, and the record's key inside the file ("" for one-document files). */
  public record Source(String path, String format, String recordKey) {}

  /** The outcomes of one input file, produced lazily; {@link #close()} releases the file if not exhausted. */
  public abstract static class Stream implements Iterator<Row>, AutoCloseable {
    @Override
    public abstract void close();

    /** A stream of outcomes already computed (a whole-file document or reject). */
    public static Stream of(Row... rows) {
      return new Stream() {
        private int index;

        @Override
        public boolean hasNext() {
          return index < rows.length;
        }

        @Override
        public Row next() {
          if (index >= rows.length) {
            throw new NoSuchElementException();
          }
          return rows[index++];
        }

        @Override
        public void close() {
          index = rows.length;
        }
      };
    }
  }

  public static Row reject(Source source, RejectReason reason, String detail, String sample, long bytes) {
    Row reject =
        RowFactory.create(source.path(), source.format(), source.recordKey(), reason.code(), detail,
            excerpt(sample), bytes);
    return RowFactory.create(REJECT, null, reject);
  }

  /**
   * A document from parsed content, or a reject when its text is too short, too long or empty after cleanup.
   * {@code stableKey} identifies the record at its source (a record's own id, or file name plus line); with the
   * text it makes the doc_id, so ids never depend on run order.
   */
  public static Row document(
      Source source, String stableKey, ParsedDocument parsed, String encoding, IngestOptions options, long bytes) {
    String text = parsed.body();
    if (text == null || text.isBlank()) {
      return reject(source, RejectReason.NO_TEXT_AFTER_CLEANUP, "no body text left after removing noise", null, bytes);
    }
    if (text.length() > options.maxChars()) {
      return reject(source, RejectReason.TOO_LONG,
          text.length() + " chars of text, more than the maximum " + options.maxChars(), text, bytes);
    }
    if (text.length() < options.minChars()) {
      return reject(source, RejectReason.TOO_SHORT,
          text.length() + " chars of text, fewer than the minimum " + options.minChars(), text, bytes);
    }
    LocalDate date = parsed.date();
    List<String> authors = parsed.authors();
    Row document =
        RowFactory.create(
            Hashing.shortId(stableKey, text),
            source.path(),
            source.format(),
            source.recordKey(),
            parsed.title(),
            parsed.author(),
            authors.toArray(new String[0]),
            date == null ? null : Date.valueOf(date),
            parsed.bio(),
            text,
            text.length(),
            encoding,
            parsed.metadataSource(),
            contentHash(text),
            date == null ? "unknown" : String.format("%04d-%02d", date.getYear(), date.getMonthValue()));
    return RowFactory.create(DOCUMENT, document, null);
  }

  /** A hash of the text with case and white space folded: syndicated copies that differ only in layout match. */
  public static String contentHash(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && folded.length() > 0) {
          folded.append(' ');
        }
        space = false;
        folded.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return Hashing.sha256Hex(folded.toString());
  }

  static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    String flat = TextCleaner.collapseSpaces(text.replace('\uFFFD', '?'));
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS);
  }
}
