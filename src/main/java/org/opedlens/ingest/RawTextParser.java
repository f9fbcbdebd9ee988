package org.opedlens.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a raw scraped op-ed (one per text file): a header zone (date line, headline, byline), the body, and a
 * trailing author bio. Runs on decoded text; cleanup of the body is {@link TextCleaner}'s job.
 */
public final class RawTextParser {
  private RawTextParser() {}

  /** How many leading non-empty lines may hold headline, byline and date. */
  private static final int HEADER_LINES = 6;

  private static final Pattern SEED_DATE_LINE = Pattern.compile("(?i)^date[:\\s]\\s*");
  private static final Pattern DATE_LABEL =
      Pattern.compile("(?i)^(?:date|published|publication date|posted|updated|first published)(?: on)?:?\\s+");
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S");
  private static final String NAME_WORD = "(?:[A-Z][\\p{L}'\u2019.-]*|de|da|del|van|von|der|den|al|bin|el|la|le|du|ibn)";
  private static final Pattern BIO =
      Pattern.compile(
          "^(?:[-\u2014\u2013]\\s*)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,5})"
              + "(?:,\\s+(?:a|an|the|who|formerly)\\s|\\s+(?:is|was|teaches|writes|has been|served|directs|chairs|heads|leads|covers|lives|works)\\s)");

  public static ParsedDocument parse(String rawText, String sourcePath) {
    String[] lines = rawText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    String title = null;
    LocalDate date = null;
    List<String> authors = new ArrayList<>();
    StringJoiner sources = new StringJoiner(";");
    String authorSource = null;
    String dateSource = null;
    boolean titleFound = false;

    int bodyStart = 0;
    int seen = 0;
    for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
      String line = TextCleaner.collapseSpaces(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher seed = SEED_DATE_LINE.matcher(line);
      DateParser.Prefix prefix = seed.lookingAt() ? DateParser.parsePrefix(line.substring(seed.end())) : null;
      if (prefix != null && date == null) {
        // "date 2022-01-13 <headline fused with tag noise>"
        date = prefix.date();
        dateSource = "header";
        String rest = line.substring(seed.end() + prefix.length()).strip();
        if (!rest.isEmpty() && !titleFound) {
          title = rest;
          titleFound = true;
        }
        bodyStart = i + 1;
        continue;
      }
      Matcher label = DATE_LABEL.matcher(line);
      LocalDate labelled = label.lookingAt() ? dateAtStart(line.substring(label.end())) : null;
      LocalDate bare = labelled == null ? DateParser.parse(line) : null;
      if ((labelled != null || bare != null) && date == null) {
        date = labelled != null ? labelled : bare;
        dateSource = "header";
        bodyStart = i + 1;
        continue;
      }
      if (BYLINE.matcher(line).lookingAt() && line.length() <= 160 && authors.isEmpty()) {
        authors.addAll(AuthorNames.split(line));
        if (!authors.isEmpty()) {
          authorSource = "byline";
        }
        bodyStart = i + 1;
        continue;
      }
      if (!titleFound && seen == 1 && looksLikeHeadline(line)) {
        title = line;
        titleFound = true;
        bodyStart = i + 1;
        continue;
      }
      break;
    }

    String body = TextCleaner.clean(String.join("\n", Arrays.copyOfRange(lines, bodyStart, lines.length)));
    String bio = null;
    List<String> paragraphs = new ArrayList<>(Arrays.asList(body.split("\n\n", -1)));
    if (paragraphs.size() > 1) {
      String last = paragraphs.get(paragraphs.size() - 1);
      Matcher m = BIO.matcher(last);
      if (m.lookingAt() && last.length() <= 1500) {
        bio = last;
        paragraphs.remove(paragraphs.size() - 1);
        body = String.join("\n\n", paragraphs);
        if (authors.isEmpty()) {
          authors.addAll(AuthorNames.split(m.group(1)));
          if (!authors.isEmpty()) {
            authorSource = "bio";
          }
        }
      }
    }
    if (date == null && sourcePath != null) {
      date = DateParser.fromPath(sourcePath);
      if (date != null) {
        dateSource = "path";
      }
    }
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

  private static LocalDate dateAtStart(String text) {
    DateParser.Prefix prefix = DateParser.parsePrefix(text.strip());
    return prefix == null ? null : prefix.date();
  }

  /** A first line that reads as a headline: short, and not ending like a body sentence. */
  private static boolean looksLikeHeadline(String line) {
    return line.length() <= 200 && !line.endsWith(".") && !line.endsWith(",");
  }
}
