package org.opedlens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a delimited file (RFC 4180 CSV, or TSV) into records, streaming: quoted fields may hold delimiters, line
 * ends and doubled quotes ({@code "He said ""no"""}). A record over {@code maxRecordBytes} is reported as too long
 * and skipped to its end without being kept; when its end does not come within {@code maxSkipBytes} (an unclosed
 * quote, a gzip bomb) the rest of the file is abandoned. An unclosed quote at the end of the file is reported as
 * malformed. Lenient where real exports are sloppy: a quote inside an unquoted field is kept as a character.
 */
final class CsvScanner {
  /** One record: its fields' bytes, or flags saying why it has none. */
  record Record(long number, List<byte[]> fields, long length, boolean tooLong, boolean abandoned,
      boolean unclosedQuote, byte[] head) {}

  private static final int HEAD_BYTES = 512;

  private final ByteSource source;
  private final int delimiter;
  private final int maxRecordBytes;
  private final long maxSkipBytes;
  private long number;

  CsvScanner(ByteSource source, char delimiter, int maxRecordBytes, long maxSkipBytes) {
    this.source = source;
    this.delimiter = delimiter;
    this.maxRecordBytes = maxRecordBytes;
    this.maxSkipBytes = maxSkipBytes;
  }

  /** The next record that is not a blank line, or null at the end. */
  Record next() throws IOException {
    while (true) {
      if (source.peek() < 0) {
        return null;
      }
      Record record = scan();
      boolean blank = record.fields().size() == 1 && record.fields().get(0).length == 0 && !record.tooLong()
          && !record.unclosedQuote();
      if (!blank) {
        return record;
      }
      number--;
    }
  }

  private Record scan() throws IOException {
    number++;
    List<byte[]> fields = new ArrayList<>();
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    long length = 0;
    boolean quoted = false;
    boolean atFieldStart = true;
    boolean tooLong = false;
    while (true) {
      int b = source.read();
      if (b < 0) {
        if (quoted) {
          return new Record(number, fields, length, tooLong, false, true, head.toByteArray());
        }
        break;
      }
      length++;
      if (head.size() < HEAD_BYTES) {
        head.write(b);
      }
      if (length > maxRecordBytes) {
        if (!tooLong) {
          tooLong = true;
          field = new ByteArrayOutputStream();
          fields.clear();
        }
        if (length - maxRecordBytes > maxSkipBytes) {
          return new Record(number, List.of(), length, true, true, false, head.toByteArray());
        }
      }
      if (quoted) {
        if (b == '"') {
          if (source.peek() == '"') {
            source.read();
            length++;
            write(field, '"', tooLong);
          } else {
            quoted = false;
          }
        } else {
          write(field, b, tooLong);
        }
        continue;
      }
      if (b == '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        continue;
      }
      if (b == delimiter) {
        addField(fields, field, tooLong);
        field = new ByteArrayOutputStream();
        atFieldStart = true;
        continue;
      }
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        if (source.peek() == '\n') {
          continue;
        }
        break;
      }
      atFieldStart = false;
      write(field, b, tooLong);
    }
    addField(fields, field, tooLong);
    if (tooLong) {
      return new Record(number, List.of(), length, true, false, false, head.toByteArray());
    }
    return new Record(number, fields, length, false, false, false, head.toByteArray());
  }

  private static void write(ByteArrayOutputStream field, int b, boolean tooLong) {
    if (!tooLong) {
      field.write(b);
    }
  }

  private static void addField(List<byte[]> fields, ByteArrayOutputStream field, boolean tooLong) {
    if (!tooLong) {
      fields.add(field.toByteArray());
    }
  }
}
