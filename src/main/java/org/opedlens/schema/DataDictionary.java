package org.opedlens.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opedlens.util.Resources;

/**
 * Reads the data dictionary ({@code data-dictionary.md}): one {@code ## table} section per table with a Markdown
 * table of columns. A row "(the measure columns of T, from A to B)" stands for those rows of table T.
 */
public final class DataDictionary {
  public static final String RESOURCE = "data-dictionary.md";

  public record Column(String name, String type, String meaning) {}

  private final Map<String, List<Column>> tables = new LinkedHashMap<>();

  public static DataDictionary load() {
    return parse(Resources.lines(RESOURCE));
  }

  static DataDictionary parse(List<String> lines) {
    DataDictionary dictionary = new DataDictionary();
    List<Column> current = null;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        current = new ArrayList<>();
        dictionary.tables.put(line.substring(3).strip(), current);
        continue;
      }
      if (current == null || !line.startsWith("|")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 4) {
        continue;
      }
      String name = cells[1].strip();
      if (name.equals("column") || name.startsWith("---")) {
        continue;
      }
      if (name.startsWith("(the measure columns of ")) {
        current.addAll(dictionary.range(name));
        continue;
      }
      current.add(new Column(name, cells[2].strip(), cells[3].strip()));
    }
    return dictionary;
  }

  /** "(the measure columns of author_trends, from granularity to run_id)" → those columns of that table. */
  private List<Column> range(String reference) {
    String body = reference.substring("(the measure columns of ".length(), reference.length() - 1);
    String table = body.substring(0, body.indexOf(',')).strip();
    String from = body.substring(body.indexOf("from ") + 5, body.indexOf(" to ")).strip();
    String to = body.substring(body.indexOf(" to ") + 4).strip();
    List<Column> source = tables.get(table);
    if (source == null) {
      throw new IllegalStateException("data dictionary refers to unknown table " + table);
    }
    List<Column> out = new ArrayList<>();
    boolean inside = false;
    for (Column column : source) {
      inside |= column.name().equals(from);
      if (inside) {
        out.add(column);
      }
      if (column.name().equals(to)) {
        break;
      }
    }
    return out;
  }

  public List<String> tables() {
    return new ArrayList<>(tables.keySet());
  }

  public List<Column> columns(String table) {
    List<Column> columns = tables.get(table);
    if (columns == null) {
      throw new IllegalArgumentException("no table " + table + " in the data dictionary");
    }
    return columns;
  }
}
