package org.opedlens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StructField;

/**
 * Compares two run outputs table by table, ignoring {@code run_id}. Row tables (documents, sentences, rejects)
 * must be equal exactly, every score included. Aggregate tables (those with a {@code granularity} column) must have
 * the same keys and counts; their doubles may differ by summation order across partitions, so they are compared
 * to 1e-9 relative.
 */
public final class OutputComparison {
  private static final double TOLERANCE = 1e-9;

  private OutputComparison() {}

  public static void assertSameOutput(SparkSession spark, Path expected, Path actual, List<String> tables) {
    for (String table : tables) {
      Path expectedTable = expected.resolve(table);
      Path actualTable = actual.resolve(table);
      assertTrue(Files.isDirectory(expectedTable), "missing " + expectedTable);
      assertTrue(Files.isDirectory(actualTable), "missing " + actualTable);
      Dataset<Row> want = comparable(spark.read().parquet(expectedTable.toString()));
      Dataset<Row> got = comparable(spark.read().parquet(actualTable.toString()));
      assertEquals(Arrays.asList(want.columns()), Arrays.asList(got.columns()), table + ": columns");
      if (Arrays.asList(want.columns()).contains("granularity")) {
        assertSameAggregates(want, got, table);
      } else {
        assertSameRows(want, got, table);
      }
    }
  }

  /** Columns in name order, without run_id: outputs of different runs line up column by column. */
  public static Dataset<Row> comparable(Dataset<Row> table) {
    Column[] columns = Arrays.stream(table.columns()).filter(c -> !c.equals("run_id")).sorted()
        .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    return table.select(columns);
  }

  public static void assertSameRows(Dataset<Row> want, Dataset<Row> got, String table) {
    long wantCount = want.count();
    long gotCount = got.count();
    List<Row> missing = want.exceptAll(got).limit(3).collectAsList();
    List<Row> extra = got.exceptAll(want).limit(3).collectAsList();
    if (wantCount != gotCount || !missing.isEmpty() || !extra.isEmpty()) {
      fail(table + ": " + wantCount + " rows expected, " + gotCount + " found; e.g. missing " + abbreviate(missing)
          + ", unexpected " + abbreviate(extra));
    }
  }

  public static void assertSameAggregates(Dataset<Row> want, Dataset<Row> got, String table) {
    StructField[] fields = want.schema().fields();
    List<Row> wantRows = sorted(want.collectAsList(), fields);
    List<Row> gotRows = sorted(got.collectAsList(), fields);
    assertEquals(wantRows.size(), gotRows.size(), table + ": rows");
    for (int r = 0; r < wantRows.size(); r++) {
      Row a = wantRows.get(r);
      Row b = gotRows.get(r);
      for (int i = 0; i < fields.length; i++) {
        Object x = a.get(i);
        Object y = b.get(i);
        if (fields[i].dataType() instanceof DoubleType && x != null && y != null) {
          double dx = (Double) x;
          double dy = (Double) y;
          double scale = Math.max(1.0, Math.max(Math.abs(dx), Math.abs(dy)));
          assertTrue(Math.abs(dx - dy) <= TOLERANCE * scale,
              table + "." + fields[i].name() + ": " + dx + " vs " + dy + " in " + a);
        } else {
          assertEquals(x, y, table + "." + fields[i].name() + " in " + a + " vs " + b);
        }
      }
    }
  }

  /** Rows ordered by their non-double columns (the keys and counts), which do not depend on summation order. */
  private static List<Row> sorted(List<Row> rows, StructField[] fields) {
    List<Row> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(row -> key(row, fields)));
    return copy;
  }

  private static String key(Row row, StructField[] fields) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (!(fields[i].dataType() instanceof DoubleType)) {
        key.append(row.isNullAt(i) ? "\u0000" : String.valueOf(row.get(i))).append('\u0001');
      }
    }
    return key.toString();
  }

  private static String abbreviate(List<Row> rows) {
    String text = rows.toString();
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }
}
