package org.opedlens.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input manifest of incremental runs ({@code --input-manifest FILE}, JSON Lines, one line per input file): which
 * files were processed, as what (size, mtime), for which date windows, and the dates their documents carry. A run
 * reads a file only when something of it can still be missing from the output for the run's window:
 * <ul>
 *   <li>the file is not listed, or its size or mtime changed: read it;
 *   <li>none of its documents can fall in the window (its dated documents lie outside it, and it has no undated
 *       ones or the window is bounded): skip it;
 *   <li>it was processed for a window that covers the part of this window its documents can fall in: skip it;
 *   <li>otherwise read it.
 * </ul>
 * So a daily run reads only new files, re-running a day reads nothing twice, and a back-fill of an older window
 * re-reads exactly the files with documents in that window. The file is replaced only after a run succeeded, via
 * Hadoop's FileSystem (it may live on HDFS or S3 beside the output); a failed run leaves it as it was, and the next
 * run reads those files again, which is safe because a run replaces what it reads.
 */
public final class InputManifest {
  private static final ObjectMapper LINES = new ObjectMapper();

  /** What the manifest knows about one file. Dates: the span of its dated documents (null when it has none). */
  public record Entry(String path, long size, long modifiedMillis, LocalDate firstDate, LocalDate lastDate,
      boolean undated, List<DateWindow> windows, String runId) {

    boolean sameFile(InputFile file) {
      return size == file.size() && modifiedMillis == file.modifiedMillis();
    }

    /** Whether this (unchanged) file may hold documents of the window that the output does not have yet. */
    boolean mayAddTo(DateWindow window) {
      DateWindow datedPart = firstDate == null ? null : window.clip(firstDate, lastDate);
      boolean undatedPart = undated && !window.isBounded();
      if (datedPart == null && !undatedPart) {
        return false;
      }
      for (DateWindow done : windows) {
        if ((datedPart == null || done.covers(datedPart)) && (!undatedPart || !done.isBounded())) {
          return false;
        }
      }
      return true;
    }
  }

  /** The date span of one file's documents, as the run found them. */
  public record DateSpan(LocalDate first, LocalDate last, boolean undated) {
    public static final DateSpan NONE = new DateSpan(null, null, false);
  }

  private final Path location;
  private final Configuration hadoop;
  private final Map<String, Entry> entries = new TreeMap<>();

  private InputManifest(Path location, Configuration hadoop) {
    this.location = location;
    this.hadoop = hadoop;
  }

  /** Reads the manifest at {@code location}; a missing file is an empty manifest (the first incremental run). */
  public static InputManifest load(String location, Configuration hadoop) {
    InputManifest manifest = new InputManifest(new Path(location), hadoop);
    try {
      FileSystem fs = manifest.location.getFileSystem(hadoop);
      Path source = fs.exists(manifest.location) ? manifest.location : manifest.backup();
      if (!fs.exists(source)) {
        return manifest;
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(fs.open(source), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            Entry entry = parse(LINES.readTree(line));
            manifest.entries.put(entry.path(), entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input manifest " + location, e);
    }
    return manifest;
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  public String location() {
    return location.toString();
  }

  /** The files of {@code listed} that the run for {@code window} must read. */
  public List<InputFile> toRead(List<InputFile> listed, DateWindow window) {
    List<InputFile> read = new ArrayList<>();
    for (InputFile file : listed) {
      Entry entry = entries.get(file.path());
      if (entry == null || !entry.sameFile(file) || entry.mayAddTo(window)) {
        read.add(file);
      }
    }
    return read;
  }

  /** Records that a run processed {@code file} for {@code window}; its documents' dates were {@code span}. */
  public void record(InputFile file, DateSpan span, DateWindow window, String runId) {
    Entry old = entries.get(file.path());
    List<DateWindow> windows = new ArrayList<>();
    if (old != null && old.sameFile(file)) {
      for (DateWindow done : old.windows()) {
        if (!window.covers(done)) {
          windows.add(done);
        }
      }
    }
    windows.add(window);
    entries.put(file.path(), new Entry(file.path(), file.size(), file.modifiedMillis(), span.first(), span.last(),
        span.undated(), windows, runId));
  }

  /**
   * Writes the manifest: a new file beside the old one, then renamed into place (the old one is kept as
   * {@code .bak} during the swap, and {@link #load} falls back to it if a crash hits between the renames).
   */
  public void save(String runId) {
    try {
      FileSystem fs = location.getFileSystem(hadoop);
      Path fresh = new Path(location.getParent(), location.getName() + ".new-" + runId);
      try (OutputStream out = fs.create(fresh, true)) {
        for (Entry entry : entries.values()) {
          out.write(LINES.writeValueAsBytes(toJson(entry)));
          out.write('\n');
        }
      }
      Path backup = backup();
      fs.delete(backup, false);
      if (fs.exists(location) && !fs.rename(location, backup)) {
        throw new IOException("cannot move " + location + " to " + backup);
      }
      if (!fs.rename(fresh, location)) {
        throw new IOException("cannot move " + fresh + " to " + location);
      }
      fs.delete(backup, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the input manifest " + location, e);
    }
  }

  private Path backup() {
    return new Path(location.getParent(), location.getName() + ".bak");
  }

  private static ObjectNode toJson(Entry entry) {
    ObjectNode node = LINES.createObjectNode();
    node.put("path", entry.path());
    node.put("size", entry.size());
    node.put("mtime", entry.modifiedMillis());
    node.put("first_date", entry.firstDate() == null ? null : entry.firstDate().toString());
    node.put("last_date", entry.lastDate() == null ? null : entry.lastDate().toString());
    node.put("undated", entry.undated());
    var windows = node.putArray("windows");
    entry.windows().forEach(window -> windows.add(window.toString()));
    node.put("run_id", entry.runId());
    return node;
  }

  private static Entry parse(JsonNode node) {
    List<DateWindow> windows = new ArrayList<>();
    node.path("windows").forEach(window -> windows.add(DateWindow.parse(window.asText())));
    return new Entry(node.get("path").asText(), node.get("size").asLong(), node.get("mtime").asLong(),
        date(node.get("first_date")), date(node.get("last_date")), node.path("undated").asBoolean(false), windows,
        node.path("run_id").asText(null));
  }

  private static LocalDate date(JsonNode node) {
    return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
  }
}
