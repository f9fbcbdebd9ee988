package org.opedlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;

/**
 * Turns one input file's bytes into ingest outcomes: one document per text file, one per JSON line; everything
 * that cannot be used becomes a reject with a reason. Never throws for bad content: one bad file must not stop a
 * job.
 */
public final class FileIngestor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestOptions options;

  public FileIngestor(IngestOptions options) {
    this.options = options;
  }

  public List<Row> ingest(String path, byte[] bytes) {
    List<Row> out = new ArrayList<>();
    String name = path.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String inner = gzip ? name.substring(0, name.length() - 3) : name;
    String format = formatOf(inner);
    Outcomes.Source fileSource = new Outcomes.Source(path, format, "");
    if (format == null) {
      out.add(Outcomes.reject(new Outcomes.Source(path, "unknown", ""), RejectReason.UNSUPPORTED_FORMAT,
          "file type not read by ingest (supported: .txt, .jsonl, .json, optionally .gz)", null, bytes.length));
      return out;
    }
    byte[] content = bytes;
    if (gzip) {
      try {
        content = gunzip(bytes, maxBytes());
      } catch (TooLargeException e) {
        out.add(Outcomes.reject(fileSource, RejectReason.TOO_LONG, e.getMessage(), null, bytes.length));
        return out;
      } catch (IOException e) {
        out.add(Outcomes.reject(fileSource, RejectReason.UNDECODABLE, "broken gzip: " + e.getMessage(), null,
            bytes.length));
        return out;
      }
    }
    if (format.equals("txt")) {
      out.add(ingestText(fileSource, content));
    } else {
      ingestJsonLines(path, content, out);
    }
    return out;
  }

  static String formatOf(String name) {
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return "txt";
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return "jsonl";
    }
    return null;
  }

  /** A text file may hold at most maxChars characters; UTF-16 needs two bytes each, plus slack for noise. */
  private long maxBytes() {
    return (long) options.maxChars() * 4L + 65_536L;
  }

  private Row ingestText(Outcomes.Source source, byte[] content) {
    if (isBlank(content)) {
      return Outcomes.reject(source, RejectReason.EMPTY, content.length + " bytes, no text", null, content.length);
    }
    if (content.length > maxBytes()) {
      return Outcomes.reject(source, RejectReason.TOO_LONG,
          content.length + " bytes, more than the maximum text size allows", null, content.length);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (!decoded.ok()) {
      return Outcomes.reject(source, decoded.reject(), decoded.detail(), null, content.length);
    }
    ParsedDocument parsed = RawTextParser.parse(decoded.text(), source.path());
    return Outcomes.document(source, fileName(source.path()), parsed, decoded.encoding(), options, content.length);
  }

  private void ingestJsonLines(String path, byte[] content, List<Row> out) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (!decoded.ok()) {
      out.add(Outcomes.reject(new Outcomes.Source(path, "jsonl", ""), decoded.reject(), decoded.detail(), null,
          content.length));
      return;
    }
    String[] lines = decoded.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Outcomes.Source source = new Outcomes.Source(path, "jsonl", "line " + (i + 1));
      long bytes = line.length();
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (IOException e) {
        out.add(Outcomes.reject(source, RejectReason.UNPARSEABLE_RECORD, "invalid JSON: " + firstLine(e.getMessage()),
            line, bytes));
        continue;
      }
      if (record == null || !record.isObject()) {
        out.add(Outcomes.reject(source, RejectReason.UNPARSEABLE_RECORD, "a JSON line must be an object", line, bytes));
        continue;
      }
      out.add(ingestRecord(source, fileName(path) + "#" + (i + 1), new JsonRecord(record, options), bytes,
          decoded.encoding()));
    }
  }

  /** A structured record's fields, read through the user's field mapping. */
  public interface Record {
    String get(String field);

    List<String> getAll(String field);
  }

  /**
   * Shared by every structured format: metadata fields win; the text is cleaned and, where a field is missing,
   * parsed like a raw op-ed (bio at the end) to recover what it can.
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
    ParsedDocument fromText = RawTextParser.parse(text, source.path());
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
    LocalDate date = DateParser.parse(record.get("date"));
    if (date != null) {
      sources.add("date=field");
    } else if (fromText.date() != null) {
      date = fromText.date();
      sources.add("date=" + sourceOf(fromText.metadataSource(), "date"));
    }
    String title = record.get("title");
    String body = fromText.body();
    if (title != null) {
      sources.add("title=field");
      // The record's own title means the text's first line is body, not a headline.
      body = fromText.title() != null && body != null
          ? TextCleaner.clean(fromText.title() + "\n\n" + body) : body;
    } else if (fromText.title() != null) {
      title = fromText.title();
      sources.add("title=header");
    }
    ParsedDocument parsed = new ParsedDocument(title, authors, date, fromText.bio(), body, sources.toString());
    String id = record.get("id");
    return Outcomes.document(source, id != null ? id : fallbackKey, parsed, encoding, options, bytes);
  }

  private static String sourceOf(String metadataSource, String key) {
    for (String part : metadataSource.split(";")) {
      if (part.startsWith(key + "=")) {
        return part.substring(key.length() + 1);
      }
    }
    return "text";
  }

  /** A JSON object as a Record; array values (e.g. several authors) are kept as lists. */
  private record JsonRecord(JsonNode node, IngestOptions options) implements Record {
    @Override
    public String get(String field) {
      JsonNode value = node.get(options.field(field));
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
      JsonNode value = node.get(options.field(field));
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

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  static final class TooLargeException extends IOException {
    TooLargeException(String message) {
      super(message);
    }
  }

  /** Decompresses at most {@code limit} bytes: a gzip bomb is rejected without being expanded whole. */
  static byte[] gunzip(byte[] compressed, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) {
          throw new TooLargeException("gzip expands to more than " + limit + " bytes; not expanded further");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
