// Helpers the OpEdLens notebooks share: DuckDB over the Parquet output, HTML tables, and small Java2D charts.
// Loaded with `%load lib/opedlens.jsh` from a notebook in notebooks/. Plain Java: nothing to install but the
// DuckDB JDBC jar that notebooks/run-notebooks puts on the kernel's classpath.
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The run's Parquet tables as DuckDB views named like the tables (documents, sentences, author_trends, ...). */
class Db {
  static Connection connection;
  static String output;

  /** Opens the output folder named by OPEDLENS_OUTPUT (default ../output) and creates one view per table. */
  static void open() throws SQLException {
    output = System.getenv().getOrDefault("OPEDLENS_OUTPUT", "../output");
    connection = DriverManager.getConnection("jdbc:duckdb:");
    List<String> tables = List.of("documents", "rejects", "sentences", "author_trends", "theme_trends",
        "author_theme_trends", "actor_trends", "document_themes", "topics", "document_topics");
    for (String table : tables) {
      Path dir = Path.of(output, table);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      // hive_partitioning reads pub_month back from the folder names of partitioned tables.
      String glob = dir + "/**/*.parquet";
      try (Statement s = connection.createStatement()) {
        s.execute("create or replace view " + table + " as select * from read_parquet('" + glob
            + "', hive_partitioning = true, union_by_name = true)");
      } catch (SQLException e) {
        // An empty table (e.g. topics skipped on a tiny corpus) has no Parquet files with rows to read.
        System.out.println("(" + table + ": no rows)");
      }
    }
  }

  /** The rows of a query as maps from column name to value, in column order. */
  static List<Map<String, Object>> rows(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  static Object value(String sql) throws SQLException {
    List<Map<String, Object>> rows = rows(sql);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  /** Shows a query's rows as an HTML table (numbers rounded to 3 decimals). */
  static void show(String sql) throws SQLException {
    Html.table(rows(sql));
  }
}

class Html {
  static String escape(Object value) {
    String s = value == null ? "" : value.toString();
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String cell(Object value) {
    if (value instanceof Double d) {
      return String.format("%.3f", d);
    }
    if (value instanceof java.sql.Array a) {
      try {
        return escape(java.util.Arrays.toString((Object[]) a.getArray()));
      } catch (SQLException e) {
        return escape(a);
      }
    }
    return escape(value);
  }

  /** Shows HTML as the cell's output (display's return value is swallowed). */
  static void show(String html) {
    display("text/html", html);
  }

  static void table(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      display("text/html", "<p><i>no rows</i></p>");
      return;
    }
    StringBuilder html = new StringBuilder("<table><thead><tr>");
    for (String column : rows.get(0).keySet()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Map<String, Object> row : rows) {
      html.append("<tr>");
      for (Object value : row.values()) {
        html.append("<td style=\"text-align:left\">").append(cell(value)).append("</td>");
      }
      html.append("</tr>");
    }
    display("text/html", html.append("</tbody></table>").toString());
  }
}

/** Small charts drawn with Java2D and shown as PNG images in the notebook. */
class Chart {
  static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
      new Color(0x7f7f7f), new Color(0xbcbd22)};

  /** One point of a series: its x category, value and 95 % interval (low/high may be null), hollow if weak. */
  record Point(String x, double y, Double low, Double high, boolean weak) {}

  /** Shows the image as a PNG output of the cell (and nothing else: display's return value is swallowed). */
  static void show(BufferedImage image) {
    display(image);
  }

  /** Series from a query with columns series, x, y, lo, hi, weak (lo/hi may be null; weak is a boolean). */
  static Map<String, List<Point>> series(String sql) throws SQLException {
    Map<String, List<Point>> series = new LinkedHashMap<>();
    for (Map<String, Object> r : Db.rows(sql)) {
      series.computeIfAbsent(String.valueOf(r.get("series")), k -> new ArrayList<>()).add(new Point(
          String.valueOf(r.get("x")), ((Number) r.get("y")).doubleValue(), number(r.get("lo")), number(r.get("hi")),
          Boolean.TRUE.equals(r.get("weak"))));
    }
    return series;
  }

  static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return g;
  }

  /**
   * Lines over ordered x categories with 95 % error bars; weak points (low support) are drawn hollow. The y axis
   * spans [yMin, yMax].
   */
  static BufferedImage lines(String title, String yLabel, Map<String, List<Point>> series, double yMin,
      double yMax) {
    int width = 900;
    int height = 460;
    int left = 70;
    int right = 230;
    int top = 40;
    int bottom = 70;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    TreeSet<String> xs = new TreeSet<>();
    series.values().forEach(points -> points.forEach(p -> xs.add(p.x())));
    List<String> categories = new ArrayList<>(xs);
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    java.util.function.DoubleUnaryOperator yPix = v -> top + plotH * (1 - (v - yMin) / (yMax - yMin));
    java.util.function.IntUnaryOperator xPix =
        i -> left + (categories.size() == 1 ? plotW / 2 : i * plotW / (categories.size() - 1));
    axes(g, title, yLabel, left, top, plotW, plotH, yMin, yMax);
    g.setColor(Color.DARK_GRAY);
    int step = Math.max(1, categories.size() / 12);
    for (int i = 0; i < categories.size(); i += step) {
      g.drawString(categories.get(i), xPix.applyAsInt(i) - 30, top + plotH + 18 + (i / step % 2) * 14);
    }
    if (yMin < 0 && yMax > 0) {
      g.setColor(Color.GRAY);
      g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f}, 0f));
      int zero = (int) yPix.applyAsDouble(0);
      g.drawLine(left, zero, left + plotW, zero);
    }
    int s = 0;
    for (Map.Entry<String, List<Point>> entry : series.entrySet()) {
      Color color = PALETTE[s % PALETTE.length];
      g.setColor(color);
      int prevX = -1;
      int prevY = -1;
      for (Point p : entry.getValue()) {
        int x = xPix.applyAsInt(categories.indexOf(p.x())) + (s - series.size() / 2) * 3;
        int y = (int) yPix.applyAsDouble(p.y());
        g.setStroke(new BasicStroke(2f));
        if (prevX >= 0) {
          g.drawLine(prevX, prevY, x, y);
        }
        g.setStroke(new BasicStroke(1f));
        if (p.low() != null && p.high() != null) {
          int lo = (int) yPix.applyAsDouble(Math.max(yMin, p.low()));
          int hi = (int) yPix.applyAsDouble(Math.min(yMax, p.high()));
          g.drawLine(x, lo, x, hi);
          g.drawLine(x - 3, lo, x + 3, lo);
          g.drawLine(x - 3, hi, x + 3, hi);
        }
        if (p.weak()) {
          g.setColor(Color.WHITE);
          g.fillOval(x - 4, y - 4, 8, 8);
          g.setColor(color);
          g.drawOval(x - 4, y - 4, 8, 8);
        } else {
          g.fillOval(x - 4, y - 4, 8, 8);
        }
        prevX = x;
        prevY = y;
      }
      g.fillRect(left + plotW + 20, top + 10 + s * 20, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(entry.getKey(), left + plotW + 38, top + 21 + s * 20);
      s++;
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString("bars: 95 % interval; hollow: low support (< 30 sentences)", left, height - 12);
    g.dispose();
    return image;
  }

  /** Horizontal bars, one per label, longest first as given. */
  static BufferedImage bars(String title, List<String> labels, List<Double> values, String valueFormat) {
    int rowH = 22;
    int width = 900;
    int left = 300;
    int top = 40;
    int height = top + rowH * labels.size() + 30;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.setColor(Color.BLACK);
    g.drawString(title, 10, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    int plotW = width - left - 90;
    for (int i = 0; i < labels.size(); i++) {
      int y = top + i * rowH;
      int w = (int) Math.round(plotW * values.get(i) / (max <= 0 ? 1 : max));
      g.setColor(PALETTE[0]);
      g.fillRect(left, y + 3, Math.max(1, w), rowH - 6);
      g.setColor(Color.BLACK);
      String label = labels.get(i);
      g.drawString(label.length() > 45 ? label.substring(0, 44) + "…" : label, 10, y + rowH - 7);
      g.drawString(String.format(valueFormat, values.get(i)), left + w + 6, y + rowH - 7);
    }
    g.dispose();
    return image;
  }

  /** A heat map: rows × columns, darker = larger; empty cells stay white. */
  static BufferedImage heatmap(String title, List<String> rows, List<String> columns, Map<String, Double> cells,
      String legend) {
    int cellW = Math.max(28, Math.min(70, 700 / Math.max(1, columns.size())));
    int cellH = 20;
    int left = 230;
    int top = 50;
    int width = left + cellW * columns.size() + 40;
    int height = top + cellH * rows.size() + 90;
    BufferedImage image = new BufferedImage(Math.max(width, 600), height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.setColor(Color.BLACK);
    g.drawString(title, 10, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    double max = cells.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    for (int r = 0; r < rows.size(); r++) {
      g.setColor(Color.BLACK);
      g.drawString(rows.get(r), 10, top + r * cellH + 14);
      for (int c = 0; c < columns.size(); c++) {
        Double v = cells.get(rows.get(r) + "\u0000" + columns.get(c));
        if (v != null && v > 0) {
          float t = (float) Math.min(1, v / max);
          g.setColor(new Color(1 - 0.85f * t, 1 - 0.55f * t, 1 - 0.25f * t));
          g.fillRect(left + c * cellW, top + r * cellH, cellW - 1, cellH - 1);
        }
      }
    }
    g.setColor(Color.DARK_GRAY);
    for (int c = 0; c < columns.size(); c++) {
      Graphics2D rotated = (Graphics2D) g.create();
      rotated.translate(left + c * cellW + cellW / 2 + 4, top + rows.size() * cellH + 8);
      rotated.rotate(Math.PI / 2);
      rotated.drawString(columns.get(c), 0, 0);
      rotated.dispose();
    }
    g.drawString(legend + String.format(" (darkest = %.2f)", max), 10, height - 10);
    g.dispose();
    return image;
  }

  private static void axes(Graphics2D g, String title, String yLabel, int left, int top, int plotW, int plotH,
      double yMin, double yMax) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.setColor(Color.BLACK);
    g.drawString(title, left, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(0xdddddd));
    for (int i = 0; i <= 4; i++) {
      int y = top + plotH * i / 4;
      g.drawLine(left, y, left + plotW, y);
    }
    g.setColor(Color.DARK_GRAY);
    for (int i = 0; i <= 4; i++) {
      double v = yMax - (yMax - yMin) * i / 4;
      g.drawString(String.format("%.2f", v), left - 45, top + plotH * i / 4 + 4);
    }
    g.drawRect(left, top, plotW, plotH);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.translate(16, top + plotH / 2 + 40);
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(yLabel, 0, 0);
    rotated.dispose();
  }
}
