package org.opedlens.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Parses a raw scraped op-ed (one per text file): a header zone (date line, headline, byline, in any order), the
 * body, and a trailing author bio. Header forms: {@code date 2022-01-13 <headline>} (the seed's), {@code Date:
 * January 13, 2022}, {@code Published 13 Jan 2022}, ISO timestamps, a bare date line, {@code By NAME[, Special to
 * ...]}, {@code Author: NAME}; the first line is the title when it reads as a headline. A date in the path
 * ({@code .../2022/01/13/...}) is the fallback. Cleanup of the body is {@link TextCleaner}'s job.
 */
public final class RawTextParser {
  private RawTextParser() {}

  /** How many leading non-empty lines may hold headline, byline and date. */
  private static final int HEADER_LINES = 8;
  private static final int MAX_HEADER_LINE_CHARS = 300;

  private static final List<String> DATE_LABELS =
      List.of("date", "dated", "published", "publication date", "published on", "posted", "posted on", "updated",
          "last updated", "first published", "originally published", "pubdate", "pub date", "dateline", "created",
          "written");
  /** The section label a scraper leaves between a seed-style headline and its tag list. */
  private static final java.util.regex.Pattern SECTION_MARKER =
      java.util.regex.Pattern.compile("(?<= )(?:Opinion|Opinions|Analysis|Commentary|Editorial|Perspective|Op-Ed)(?= )");
  private static final int MAX_SEED_HEADLINE_CHARS = 200;
  private static final List<String> AUTHOR_LABELS = List.of("author", "authors", "byline", "writer", "written by");

  public static ParsedDocument parse(String rawText, String sourcePath) {
    String[] lines = TextCleaner.normaliseLineEnds(TextCleaner.unmark(rawText)).split("\n", -1);
    String title = null;
    // Body text that shared the seed-style date line with the headline: it opens the body.
    String lede = null;
    LocalDate date = null;
    List<String> authors = new ArrayList<>();
    String authorSource = null;
    String dateSource = null;

    int bodyStart = 0;
    int seen = 0;
    boolean onlyMetadataSoFar = true;
    for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
      String line = TextCleaner.collapseSpaces(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > MAX_HEADER_LINE_CHARS && !startsWithLabel(line, List.of("date"))) {
        break;
      }
      seen++;
      if (TextCleaner.isNoiseLine(line)) {
        bodyStart = i + 1;
        continue;
      }
      // "date 2022-01-13 <headline fused with tag noise>"
      String afterSeedLabel = afterLabel(line, List.of("date"));
      DateParser.Prefix prefix = afterSeedLabel == null ? null : DateParser.parsePrefix(afterSeedLabel);
      if (prefix != null && date == null) {
        date = prefix.date();
        dateSource = "header";
        String rest = afterSeedLabel.substring(prefix.length()).strip();
        if (!rest.isEmpty()) {
          String[] headlineAndLede = seedHeadline(rest);
          if (title == null) {
            title = headlineAndLede[0];
          }
          lede = headlineAndLede[1];
        }
        bodyStart = i + 1;
        continue;
      }
      LocalDate lineDate = dateLine(line);
      if (lineDate != null) {
        if (date == null) {
          date = lineDate;
          dateSource = "header";
        }
        bodyStart = i + 1;
        continue;
      }
      List<String> bylineNames = authors.isEmpty() ? byline(line) : List.of();
      if (!bylineNames.isEmpty()) {
        authors.addAll(bylineNames);
        authorSource = "byline";
        LocalDate bylineDate = date == null ? DateParser.find(afterBylineNames(line)) : null;
        if (bylineDate != null) {
          date = bylineDate;
          dateSource = "header";
        }
        bodyStart = i + 1;
        continue;
      }
      List<String> bareNames = authors.isEmpty() && title != null ? bareByline(line, lines, i) : List.of();
      if (!bareNames.isEmpty()) {
        authors.addAll(bareNames);
        authorSource = "byline";
        bodyStart = i + 1;
        continue;
      }
      if (title == null && onlyMetadataSoFar && looksLikeHeadline(line)) {
        title = line;
        onlyMetadataSoFar = false;
        bodyStart = i + 1;
        continue;
      }
      break;
    }

    String remaining = String.join("\n", Arrays.copyOfRange(lines, bodyStart, lines.length));
    String body = TextCleaner.cleanUnmarked(lede == null ? remaining : lede + "\n\n" + remaining);
    String bio = null;
    List<String> paragraphs = new ArrayList<>(Arrays.asList(body.split("\n\n", -1)));
    AuthorBio.Split split = paragraphs.size() > 1 ? AuthorBio.split(paragraphs) : null;
    if (split != null) {
      bio = split.bio();
      body = String.join("\n\n", split.body());
      if (authors.isEmpty()) {
        authors.addAll(split.authors());
        authorSource = "bio";
      }
    }
    if (date == null && sourcePath != null) {
      date = DateParser.fromPath(sourcePath);
      if (date != null) {
        dateSource = "path";
      }
    }
    StringJoiner sources = new StringJoiner(";");
    if (authorSource != null) {
      sources.add("author=" + authorSource);
    }
    if (dateSource != null) {
      sources.add("date=" + dateSource);
    }
    if (title != null) {
      sources.add("title=header");
    }
    return new ParsedDocument(title, authors, date, bio, body, sources.toString());
  }

  /** A date line: "Published: 13 Jan 2022 10:32 GMT", "Updated Tue 13 Jan ...", or a line that is only a date. */
  static LocalDate dateLine(String line) {
    String labelled = afterLabel(line, DATE_LABELS);
    if (labelled != null) {
      return DateParser.find(labelled);
    }
    return DateParser.line(line);
  }

  /** The names of a byline ("By Jane Doe", "Author: Jane Doe"), or empty when the line is not one. */
  static List<String> byline(String line) {
    if (line.length() > 200) {
      return List.of();
    }
    String lower = line.toLowerCase(Locale.ROOT);
    String labelled = afterLabel(line, AUTHOR_LABELS);
    if (labelled == null && !(lower.startsWith("by ") || lower.startsWith("by: ") || lower.startsWith("written by ")
        || lower.startsWith("opinion by ") || lower.startsWith("words by "))) {
      return List.of();
    }
    return AuthorNames.split(labelled != null ? labelled : line);
  }

  /**
   * A byline without "By": a line that is only a name ("Helen Whitaker"), trusted only when the next non-empty line
   * is a date line, as in a scraped header; a headline-case subtitle is not followed by one.
   */
  private static List<String> bareByline(String line, String[] lines, int index) {
    if (line.length() > 80) {
      return List.of();
    }
    String next = null;
    for (int j = index + 1; j < lines.length && next == null; j++) {
      String candidate = TextCleaner.collapseSpaces(lines[j]);
      if (!candidate.isEmpty()) {
        next = candidate;
      }
    }
    if (next == null || dateLine(next) == null) {
      return List.of();
    }
    for (String word : line.split(" ")) {
      // A name's words are capitalised (or particles); a headline-case line with "'s" is not a name.
      boolean capital = Character.isUpperCase(word.charAt(0)) || AuthorNames.PARTICLES.contains(word)
          || word.equalsIgnoreCase("and");
      if (!capital || word.endsWith("'s") || word.endsWith("\u2019s")) {
        return List.of();
      }
    }
    List<String> names = AuthorNames.split(line);
    int words = 0;
    for (String name : names) {
      words += name.split(" ").length;
    }
    // Every word of the line must be part of a name: "Analysis and opinion" is not a byline.
    return words >= line.split(" ").length - names.size() + 1 && !names.isEmpty() ? names : List.of();
  }

  /** What follows the names in "By Jane Doe | January 13, 2022", where a date may be. */
  private static String afterBylineNames(String line) {
    for (String separator : List.of(" | ", " \u2022 ", " \u00b7 ", " - ", " \u2013 ", " \u2014 ")) {
      int at = line.indexOf(separator);
      if (at > 0) {
        return line.substring(at + separator.length());
      }
    }
    return "";
  }

  private static boolean startsWithLabel(String line, List<String> labels) {
    return afterLabel(line, labels) != null;
  }

  /** The text after a label ("Published on: ", "Date "), or null when the line does not start with one. */
  static String afterLabel(String line, List<String> labels) {
    String lower = line.toLowerCase(Locale.ROOT);
    String best = null;
    for (String label : labels) {
      if (lower.startsWith(label) && line.length() > label.length()) {
        char next = line.charAt(label.length());
        if (next == ':' || next == ' ' || next == '\t' || next == '-' || next == '\u2014') {
          String rest = line.substring(label.length() + 1).strip();
          if (rest.startsWith(":") || rest.startsWith("-")) {
            rest = rest.substring(1).strip();
          }
          if (best == null || rest.length() < best.length()) {
            best = rest;
          }
        }
      }
    }
    return best;
  }

  /**
   * Splits what follows the date on a seed-style first line into {headline, lede}; either may be null. Scrapers
   * fuse the headline, the section's tag list and the opening paragraph on that line ("ukraine's fight is
   * democracy's fight Opinion Russia-Ukraine war Europe ... NATO Nine days into ..."). A line that reads as a
   * headline is one. Otherwise the headline is what comes before the section marker (Opinion, Analysis,
   * Commentary, ...), less a run of three or more capitalised tag words just before it, and everything from
   * there on is body: the tag words stay in front of the first sentence, since where the tags end and the lede
   * begins cannot be told reliably, and dropping the lede would lose the author's opening argument. Without a
   * marker the whole line is body and there is no title (the seed's first line is its lede with tags fused in).
   */
  static String[] seedHeadline(String rest) {
    if (looksLikeHeadline(rest)) {
      return new String[] {rest, null};
    }
    java.util.regex.Matcher marker = SECTION_MARKER.matcher(rest);
    if (!marker.find() || marker.start() == 0 || marker.start() > MAX_SEED_HEADLINE_CHARS) {
      return new String[] {null, rest};
    }
    String[] words = rest.substring(0, marker.start()).strip().split(" ");
    int end = words.length;
    int capitalised = 0;
    while (capitalised < end && Character.isUpperCase(words[end - 1 - capitalised].codePointAt(0))) {
      capitalised++;
    }
    if (capitalised >= 3 && capitalised < end) {
      end -= capitalised;
    }
    String headline = String.join(" ", Arrays.copyOfRange(words, 0, end));
    String lede = String.join(" ", Arrays.copyOfRange(words, end, words.length)) + " " + rest.substring(marker.start());
    return new String[] {headline, lede.strip()};
  }

  /** A first line that reads as a headline: short, and not ending like a body sentence. */
  static boolean looksLikeHeadline(String line) {
    if (line.length() > 200 || line.indexOf(' ') < 0 && line.length() > 40) {
      return false;
    }
    int end = line.length();
    while (end > 0 && "\"'\u201d\u2019)]*_".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = line.charAt(end - 1);
    return last != '.' && last != ',' && last != ';' && last != ':';
  }
}
