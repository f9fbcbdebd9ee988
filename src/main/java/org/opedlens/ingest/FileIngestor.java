package org.opedlens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;

/**
 * Turns one input file into ingest outcomes, streaming: one document per text file, one per JSON line, JSON array
 * item or CSV/TSV row; everything that cannot be used becomes a reject with a reason. Memory is bounded by the
 * limits, never by the file: a text file is read up to its size limit, records one at a time, and a gzip file is
 * never expanded beyond what the limits allow. Never throws for bad content: one bad file must not stop a job.
 */
public final class FileIngestor {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Opens the file's bytes (on the executor, once). */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final IngestOptions options;

  public FileIngestor(IngestOptions options) {
    this.options = options;
  }

  /** The most bytes a text file may have: UTF-16 needs two per char, markup and noise take more. */
  long maxTextBytes() {
    return (long) options.maxChars() * 4L + 65_536L;
  }

  /** The most bytes one JSON line or CSV record may have (JSON escapes such as \u00e9 take six bytes per char). */
  int maxRecordBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, (long) options.maxChars() * 6L + 65_536L);
  }

  /** How far past an over-long record ingest looks for its end before abandoning the rest of the file. */
  long maxSkipBytes() {
    return 4L * maxRecordBytes();
  }

  /** The outcomes of a whole in-memory file (packed inputs, tests). */
  public List<Row> ingest(String path, byte[] bytes) {
    List<Row> rows = new ArrayList<>();
    ingest(path, bytes.length, () -> new ByteArrayInputStream(bytes)).forEachRemaining(rows::add);
    return rows;
  }

  /**
   * The outcomes of one file, produced lazily as the iterator is consumed; the file is closed when the iterator
   * is exhausted (callers that may stop early close it through {@link Outcomes.Stream#close()}).
   */
  public Outcomes.Stream ingest(String path, long length, Opener opener) {
    InputFormat format = InputFormat.of(path);
    boolean gzip = InputFormat.isGzip(path);
    Outcomes.Source fileSource = new Outcomes.Source(path, format.code(), "");
    if (length < 0) {
      return Outcomes.Stream.of(Outcomes.reject(fileSource, RejectReason.READ_ERROR,
          "listed, but gone or unreadable when its size was looked up", null, 0));
    }
    if (format == InputFormat.UNKNOWN || format == InputFormat.PARQUET) {
      String detail = format == InputFormat.PARQUET
          ? "a Parquet file inside a pack or a gzip file; pass Parquet files to ingest directly"
          : "file type not read by ingest (supported: .txt, .jsonl, .json, .csv, .tsv, .parquet, each optionally .gz)";
      return Outcomes.Stream.of(Outcomes.reject(fileSource, RejectReason.UNSUPPORTED_FORMAT, detail, null, length));
    }
    if (format == InputFormat.TXT) {
      return Outcomes.Stream.of(ingestTextFile(fileSource, length, gzip, opener));
    }
    try {
      InputStream raw = opener.open();
      InputStream in = gzip ? new GZIPInputStream(raw, 65_536) : raw;
      ByteSource source = new ByteSource(in);
      if (source.looksBinary()) {
        source.close();
        return Outcomes.Stream.of(Outcomes.reject(fileSource, RejectReason.BINARY,
            "NUL or control bytes in the first 8 KB", null, length));
      }
      RecordStream records = switch (format) {
        case CSV -> new CsvRecords(fileSource, source, ',', length);
        case TSV -> new CsvRecords(fileSource, source, '\t', length);
        case JSON -> source.firstNonBlank() == '['
            ? new JsonArrayRecords(fileSource, source, length) : new JsonLineRecords(fileSource, source, length);
        default -> new JsonLineRecords(fileSource, source, length);
      };
      return records;
    } catch (IOException e) {
      RejectReason reason = gzip ? RejectReason.UNDECODABLE : RejectReason.READ_ERROR;
      return Outcomes.Stream.of(Outcomes.reject(fileSource, reason,
          (gzip ? "broken gzip: " : "cannot read: ") + firstLine(e.getMessage()), null, length));
    }
  }

  private Row ingestTextFile(Outcomes.Source source, long length, boolean gzip, Opener opener) {
    long limit = maxTextBytes();
    if (!gzip && length > limit) {
      return Outcomes.reject(source, RejectReason.TOO_LONG,
          length + " bytes, more than the " + limit + " a text of at most " + options.maxChars() + " chars may take",
          head(opener, false), length);
    }
    byte[] content;
    try (InputStream raw = opener.open(); InputStream in = gzip ? new GZIPInputStream(raw, 65_536) : raw) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    } catch (IOException e) {
      return Outcomes.reject(source, gzip ? RejectReason.UNDECODABLE : RejectReason.READ_ERROR,
          (gzip ? "broken gzip: " : "cannot read: ") + firstLine(e.getMessage()), null, length);
    }
    if (content.length > limit) {
      return Outcomes.reject(source, RejectReason.TOO_LONG,
          "gzip expands to more than " + limit + " bytes; not expanded further", head(opener, gzip), length);
    }
    return ingestText(source, content);
  }

  /** The first bytes of a file, decoded leniently, for a reject's excerpt. */
  private static String head(Opener opener, boolean gzip) {
    try (InputStream raw = opener.open(); InputStream in = gzip ? new GZIPInputStream(raw, 65_536) : raw) {
      byte[] head = in.readNBytes(1024);
      return TextDecoder.looksBinary(head) ? null : new String(head, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private Row ingestText(Outcomes.Source source, byte[] content) {
    if (isBlank(content)) {
      return Outcomes.reject(source, RejectReason.EMPTY, content.length + " bytes, no text", null, content.length);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (!decoded.ok()) {
      return Outcomes.reject(source, decoded.reject(), decoded.detail(), null, content.length);
    }
    ParsedDocument parsed = RawTextParser.parse(decoded.text(), source.path());
    return Outcomes.document(source, fileName(source.path()), parsed, decoded.encoding(), options, content.length);
  }

  /** A lazily produced sequence of outcomes from one open file; closes the file at its end. */
  private abstract static class RecordStream extends Outcomes.Stream {
    final Outcomes.Source fileSource;
    final ByteSource source;
    final long fileLength;
    int produced;
    private Row next;
    private boolean finished;

    RecordStream(Outcomes.Source fileSource, ByteSource source, long fileLength) {
      this.fileSource = fileSource;
      this.source = source;
      this.fileLength = fileLength;
    }

    /** The next outcome, or null when the file has no more; may call {@link #finish()} after returning one. */
    abstract Row compute() throws IOException;

    /** The reject for a file that yielded no record at all. */
    abstract Row emptyFile();

    void finish() {
      finished = true;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (finished) {
        return false;
      }
      try {
        next = compute();
      } catch (IOException e) {
        finish();
        next = Outcomes.reject(fileSource, RejectReason.UNDECODABLE,
            "the file broke off after " + produced + " records (" + firstLine(e.getMessage())
                + "); the rest could not be read", null, fileLength);
      } catch (RuntimeException | StackOverflowError e) {
        next = Outcomes.reject(new Outcomes.Source(fileSource.path(), fileSource.format(), "record " + (produced + 1)),
            RejectReason.READ_ERROR, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), null, 0);
      }
      if (next == null) {
        finish();
        if (produced == 0) {
          next = emptyFile();
        }
      }
      if (next == null) {
        close();
        return false;
      }
      produced++;
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    @Override
    public void close() {
      finish();
      try {
        source.close();
      } catch (IOException ignored) {
        // Closing a read-only stream: nothing to recover.
      }
    }

    /** Decodes a record's bytes: per record UTF-8 or windows-1252 unless the file's BOM said otherwise. */
    TextDecoder.Decoded decode(byte[] bytes) {
      String bom = source.encoding();
      if (bom != null) {
        return new TextDecoder.Decoded(new String(bytes, StandardCharsets.UTF_8), bom, null, null);
      }
      return TextDecoder.decode(bytes);
    }

    Row tooLong(Outcomes.Source at, long length, byte[] head, boolean abandoned, String what) {
      if (abandoned) {
        finish();
      }
      String detail = what + " of more than " + length + " bytes, over the limit"
          + (abandoned ? "; no end within the skip limit, so the rest of the file was not read" : "");
      return Outcomes.reject(at, RejectReason.TOO_LONG, detail, new String(head, StandardCharsets.UTF_8), length);
    }
  }

  private final class JsonLineRecords extends RecordStream {
    private final LineReader lines;

    JsonLineRecords(Outcomes.Source fileSource, ByteSource source, long fileLength) {
      super(new Outcomes.Source(fileSource.path(), InputFormat.JSONL.code(), ""), source, fileLength);
      this.lines = new LineReader(source, maxRecordBytes(), maxSkipBytes());
    }

    @Override
    Row compute() throws IOException {
      while (true) {
        LineReader.Line line = lines.next();
        if (line == null) {
          return null;
        }
        Outcomes.Source at = new Outcomes.Source(fileSource.path(), fileSource.format(), "line " + line.number());
        if (line.tooLong()) {
          return tooLong(at, line.length(), line.bytes(), line.abandoned(), "a line");
        }
        if (isBlank(line.bytes())) {
          continue;
        }
        TextDecoder.Decoded decoded = decode(line.bytes());
        if (!decoded.ok()) {
          return Outcomes.reject(at, decoded.reject(), decoded.detail(), null, line.length());
        }
        return jsonRecord(at, fileName(fileSource.path()) + "#" + line.number(), decoded.text().strip(),
            line.length(), decoded.encoding());
      }
    }

    @Override
    Row emptyFile() {
      return Outcomes.reject(fileSource, RejectReason.EMPTY, "no non-blank lines", null, fileLength);
    }
  }

  private Row jsonRecord(Outcomes.Source at, String fallbackKey, String text, long bytes, String encoding) {
    JsonNode record;
    try {
      record = JSON.readTree(text);
    } catch (IOException e) {
      return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD, "invalid JSON: " + firstLine(e.getMessage()),
          text, bytes);
    }
    if (record == null || !record.isObject()) {
      return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD, "a JSON record must be an object", text, bytes);
    }
    return ingestRecord(at, fallbackKey, new JsonRecord(record, options), bytes, encoding);
  }

  /** A {@code .json} file holding one array of records; read whole, so it must fit the array size limit. */
  private final class JsonArrayRecords extends RecordStream {
    private JsonParser parser;
    private int item;

    JsonArrayRecords(Outcomes.Source fileSource, ByteSource source, long fileLength) {
      super(fileSource, source, fileLength);
    }

    @Override
    Row compute() throws IOException {
      if (parser == null) {
        long limit = maxSkipBytes();
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        for (int b = source.read(); b >= 0; b = source.read()) {
          if (whole.size() >= limit) {
            finish();
            return Outcomes.reject(fileSource, RejectReason.TOO_LONG, "a JSON array file of more than " + limit
                + " bytes; write it as JSON lines (.jsonl) to stream it", null, fileLength);
          }
          whole.write(b);
        }
        TextDecoder.Decoded decoded = decode(whole.toByteArray());
        if (!decoded.ok()) {
          finish();
          return Outcomes.reject(fileSource, decoded.reject(), decoded.detail(), null, fileLength);
        }
        parser = JSON.createParser(decoded.text());
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          finish();
          return Outcomes.reject(fileSource, RejectReason.UNPARSEABLE_RECORD, "not a JSON array", null, fileLength);
        }
      }
      item++;
      Outcomes.Source at = new Outcomes.Source(fileSource.path(), fileSource.format(), "item " + item);
      try {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
          return null;
        }
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
          return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD, "an array item must be an object",
              String.valueOf(node), 0);
        }
        return ingestRecord(at, fileName(fileSource.path()) + "#" + item, new JsonRecord(node, options),
            node.toString().length(), "UTF-8");
      } catch (IOException e) {
        finish();
        return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD,
            "invalid JSON from this item on; the rest of the array was not read: " + firstLine(e.getMessage()),
            null, 0);
      }
    }

    @Override
    Row emptyFile() {
      return Outcomes.reject(fileSource, RejectReason.EMPTY, "an empty JSON array", null, fileLength);
    }
  }

  private final class CsvRecords extends RecordStream {
    private final CsvScanner scanner;
    private List<String> header;
    private long dataRow;

    CsvRecords(Outcomes.Source fileSource, ByteSource source, char delimiter, long fileLength) {
      super(fileSource, source, fileLength);
      this.scanner = new CsvScanner(source, delimiter, maxRecordBytes(), maxSkipBytes());
    }

    @Override
    Row compute() throws IOException {
      if (header == null) {
        CsvScanner.Record first = scanner.next();
        if (first == null) {
          return null;
        }
        if (first.tooLong() || first.unclosedQuote()) {
          finish();
          return Outcomes.reject(fileSource, RejectReason.UNPARSEABLE_RECORD,
              "the header row cannot be read (too long or an unclosed quote)",
              new String(first.head(), StandardCharsets.UTF_8), fileLength);
        }
        header = new ArrayList<>();
        for (byte[] field : first.fields()) {
          TextDecoder.Decoded name = decode(field);
          header.add(name.ok() ? name.text().strip() : "");
        }
      }
      CsvScanner.Record record = scanner.next();
      if (record == null) {
        return null;
      }
      dataRow++;
      Outcomes.Source at = new Outcomes.Source(fileSource.path(), fileSource.format(), "row " + dataRow);
      String head = new String(record.head(), StandardCharsets.UTF_8);
      if (record.tooLong()) {
        return tooLong(at, record.length(), record.head(), record.abandoned(), "a row");
      }
      if (record.unclosedQuote()) {
        finish();
        return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD,
            "a quote opened in this row is never closed; the rest of the file is this row", head, record.length());
      }
      if (record.fields().size() != header.size()) {
        return Outcomes.reject(at, RejectReason.UNPARSEABLE_RECORD,
            record.fields().size() + " fields where the header has " + header.size(), head, record.length());
      }
      Map<String, String> values = new HashMap<>();
      String encoding = null;
      for (int i = 0; i < header.size(); i++) {
        TextDecoder.Decoded value = record.fields().get(i).length == 0
            ? new TextDecoder.Decoded("", null, null, null) : decode(record.fields().get(i));
        if (!value.ok()) {
          return Outcomes.reject(at, value.reject(), "field '" + header.get(i) + "': " + value.detail(), null,
              record.length());
        }
        if (value.encoding() != null && (encoding == null || !value.encoding().startsWith("UTF-8"))) {
          encoding = value.encoding();
        }
        values.put(header.get(i), value.text());
      }
      return ingestRecord(at, fileName(fileSource.path()) + "#" + dataRow, new MapRecord(values, options),
          record.length(), encoding == null ? "UTF-8" : encoding);
    }

    @Override
    Row emptyFile() {
      return Outcomes.reject(fileSource, RejectReason.EMPTY,
          header == null ? "no header and no rows" : "a header and no rows", null, fileLength);
    }
  }

  /** A structured record's fields, read through the user's field mapping. */
  public interface Record {
    /** The field's value as text; null when the field is absent or null. */
    String get(String field);

    /** Every value of the field (a list field gives several). */
    List<String> getAll(String field);
  }

  /**
   * Shared by every structured format (JSON, CSV, Parquet): metadata fields win; the text is cleaned and, where a
   * field is missing, parsed like a raw op-ed (byline, date line, bio at the end) to recover what it can. Date
   * fallbacks, in order: the date field, a date line in the text, a date in the {@code url} field, the file path.
   */
  public Row ingestRecord(Outcomes.Source source, String fallbackKey, Record record, long bytes, String encoding) {
    String text = record.get("text");
    if (text == null) {
      return Outcomes.reject(source, RejectReason.MISSING_FIELD,
          "no '" + options.field("text") + "' field", null, bytes);
    }
    if (text.isBlank()) {
      return Outcomes.reject(source, RejectReason.EMPTY, "the text field is empty", null, bytes);
    }
    if (text.length() > (long) options.maxChars() * 4L) {
      return Outcomes.reject(source, RejectReason.TOO_LONG,
          text.length() + " chars in the text field, far over the maximum " + options.maxChars(), text, bytes);
    }
    ParsedDocument fromText = RawTextParser.parse(text, null);
    List<String> authors = new ArrayList<>();
    for (String author : record.getAll("author")) {
      for (String name : AuthorNames.split(author)) {
        if (!authors.contains(name)) {
          authors.add(name);
        }
      }
    }
    StringJoiner sources = new StringJoiner(";");
    if (!authors.isEmpty()) {
      sources.add("author=field");
    } else if (fromText.author() != null) {
      authors.addAll(fromText.authors());
      sources.add("author=" + sourceOf(fromText.metadataSource(), "author"));
    }
    String dateValue = record.get("date");
    LocalDate date = DateParser.parse(dateValue);
    if (date == null && dateValue != null) {
      date = DateParser.find(dateValue);
    }
    if (date != null) {
      sources.add("date=field");
    } else if (fromText.date() != null) {
      date = fromText.date();
      sources.add("date=" + sourceOf(fromText.metadataSource(), "date"));
    } else if ((date = DateParser.fromPath(record.get("url"))) != null) {
      sources.add("date=url");
    } else if ((date = DateParser.fromPath(source.path())) != null) {
      sources.add("date=path");
    }
    String title = blankToNull(record.get("title"));
    String body = fromText.body();
    if (title != null) {
      sources.add("title=field");
      // The record's own title: a headline-like first line of the text is either that title repeated (dropped)
      // or the start of the body (kept).
      if (fromText.title() != null && body != null && !sameText(fromText.title(), title)) {
        body = TextCleaner.clean(fromText.title() + "\n\n" + body);
      }
    } else if (fromText.title() != null) {
      title = fromText.title();
      sources.add("title=header");
    }
    ParsedDocument parsed = new ParsedDocument(title, authors, date, fromText.bio(), body, sources.toString());
    String id = blankToNull(record.get("id"));
    return Outcomes.document(source, id != null ? id : fallbackKey, parsed, encoding, options, bytes);
  }

  private static boolean sameText(String a, String b) {
    return TextCleaner.collapseSpaces(a).equalsIgnoreCase(TextCleaner.collapseSpaces(b));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String sourceOf(String metadataSource, String key) {
    for (String part : metadataSource.split(";")) {
      if (part.startsWith(key + "=")) {
        return part.substring(key.length() + 1);
      }
    }
    return "text";
  }

  /**
   * The record's name for our field: the mapped name, else our own name (so one mapping can serve inputs that
   * already use ours); each exactly, then case-insensitively ("Author" for "author").
   */
  static String resolve(Iterable<String> names, IngestOptions options, String ours) {
    String mapped = resolve(names, options.field(ours));
    return mapped != null ? mapped : resolve(names, ours);
  }

  static String resolve(Iterable<String> names, String wanted) {
    String folded = null;
    for (String name : names) {
      if (name.equals(wanted)) {
        return name;
      }
      if (folded == null && name.equalsIgnoreCase(wanted)) {
        folded = name;
      }
    }
    return folded;
  }

  /** A JSON object as a Record; array values (e.g. several authors) are kept as lists. */
  private record JsonRecord(JsonNode node, IngestOptions options) implements Record {
    private JsonNode value(String field) {
      String name = resolve(node::fieldNames, options, field);
      return name == null ? null : node.get(name);
    }

    @Override
    public String get(String field) {
      JsonNode value = value(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isArray()) {
        return value.isEmpty() ? null : value.get(0).asText();
      }
      return value.isValueNode() ? value.asText() : value.toString();
    }

    @Override
    public List<String> getAll(String field) {
      JsonNode value = value(field);
      List<String> values = new ArrayList<>();
      if (value == null || value.isNull()) {
        return values;
      }
      if (value.isArray()) {
        value.forEach(item -> values.add(item.asText()));
      } else {
        values.add(value.asText());
      }
      return values;
    }
  }

  /** A CSV row (or any flat record) as a Record. */
  record MapRecord(Map<String, String> values, IngestOptions options) implements Record {
    @Override
    public String get(String field) {
      String name = resolve(values.keySet(), options, field);
      return name == null ? null : values.get(name);
    }

    @Override
    public List<String> getAll(String field) {
      String value = get(field);
      return value == null ? List.of() : List.of(value);
    }
  }

  private static boolean isBlank(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b & 0xFF) && b != 0) {
        return false;
      }
    }
    return true;
  }

  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
