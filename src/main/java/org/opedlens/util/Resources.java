package org.opedlens.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's data files. A name like {@code datasets/themes/themes.tsv} resolves to the classpath copy
 * (inside the job jar, so executors on a cluster have it); an existing file path wins, so users can point at
 * their own lexicons.
 */
public final class Resources {
  private Resources() {}

  public static InputStream open(String name) throws IOException {
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return Files.newInputStream(file);
    }
    String resource = name.startsWith("/") ? name : "/" + name;
    InputStream in = Resources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("not found as a file or on the classpath: " + name);
    }
    return in;
  }

  public static List<String> lines(String name) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a TSV with a header line; blank lines and lines starting with '#' are skipped. */
  public static List<String[]> tsvRows(String name) {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines(name)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(line.split("\t", -1));
    }
    return rows;
  }
}
