package org.opedlens.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a publication date in the forms op-ed scrapes use: ISO dates and timestamps ({@code 2022-01-13},
 * {@code 2022-01-13T08:15:00Z}), {@code January 13, 2022}, {@code Jan. 13 2022}, {@code 13 Jan 2022},
 * {@code Thu, 13 Jan 2022 08:15:00 GMT}, {@code 13th of January, 2022}, and numeric day/month forms only when they
 * are unambiguous ({@code 13/01/2022}; {@code 01/02/2022} could be either and is not guessed). Works on tokens, not
 * regular expressions, so its cost is linear in the input.
 */
public final class DateParser {
  private DateParser() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
          Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
          Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
          Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
          Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
  private static final Set<String> WEEKDAYS =
      Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs",
          "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");
  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
  /** Words that may follow a date on a date line: time markers and time zones. */
  private static final Set<String> TIME_WORDS =
      Set.of("t", "z", "am", "pm", "a", "p", "m", "at", "hrs", "h", "uhr", "gmt", "utc", "bst", "est", "edt", "cst",
          "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ct", "mt", "cet", "cest", "eet", "eest", "ist", "jst",
          "aest", "aedt", "msk", "sast", "wat", "eat", "hkt", "sgt", "updated", "last");

  /** The longest text searched for a date; header lines and field values are far shorter. */
  private static final int MAX_SCAN_CHARS = 400;

  private enum Kind { DIGITS, LETTERS, PUNCT }

  private record Token(String text, Kind kind, int start, int end, boolean spaceBefore) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String punct) {
      return kind == Kind.PUNCT && text.equals(punct);
    }
  }

  /** A date found at a token position; {@code next} is the index of the first token after it. */
  private record Match(LocalDate date, int next) {}

  /** A date at the start of a string ("2022-01-13 the upheaval ..."), with the number of chars it took. */
  public record Prefix(LocalDate date, int length) {}

  /**
   * Parses a string that is only a date: an optional weekday, a date, and optionally a time and zone ("Tue, 14 Mar
   * 2023 09:15:02 GMT"). Returns null for anything else.
   */
  public static LocalDate parse(String value) {
    if (value == null || value.length() > MAX_SCAN_CHARS) {
      return null;
    }
    List<Token> tokens = tokenize(value);
    int start = skipWeekday(tokens, 0);
    Match match = matchAt(tokens, start);
    if (match == null && start == 0 && tokens.size() == 1 && tokens.get(0).text().length() == 8) {
      String d = tokens.get(0).text();
      return tokens.get(0).kind() == Kind.DIGITS ? of(d.substring(0, 4), d.substring(4, 6), d.substring(6, 8)) : null;
    }
    if (match == null || !timeTail(tokens, match.next())) {
      return null;
    }
    return match.date();
  }

  /** A date at the very start of a string, then an optional adjacent time ("2022-01-13T08:15Z"). */
  public static Prefix parsePrefix(String value) {
    String head = value.length() > MAX_SCAN_CHARS ? value.substring(0, MAX_SCAN_CHARS) : value;
    List<Token> tokens = tokenize(head);
    Match match = matchAt(tokens, skipWeekday(tokens, 0));
    if (match == null) {
      return null;
    }
    int next = match.next();
    // An ISO timestamp's time is glued to the date: 2022-01-13T08:15:00Z.
    while (next < tokens.size() && !tokens.get(next).spaceBefore()
        && (tokens.get(next).kind() != Kind.LETTERS || TIME_WORDS.contains(tokens.get(next).lower()))) {
      next++;
    }
    return new Prefix(match.date(), tokens.get(next - 1).end());
  }

  /** Words a date line may hold besides the date: "Last modified on Thu 13 Jan 2022 07.10 GMT | 5 min read". */
  private static final Set<String> DATE_LINE_WORDS =
      Set.of("published", "updated", "posted", "modified", "last", "first", "on", "at", "date", "dated", "created",
          "written", "originally", "pub", "time", "edited", "min", "mins", "minute", "minutes", "read", "reading",
          "filed", "of", "and", "since", "ago", "hours", "hour", "today", "yesterday");

  /**
   * A short line that is a date with only date-line words around it: "Last modified on Thu 13 Jan 2022 07.10 GMT",
   * "13 January 2022 | 5 min read", "Jan. 13, 2022 | Updated Jan. 14, 2022" (the first date wins).
   */
  public static LocalDate line(String line) {
    if (line == null || line.length() > 120) {
      return null;
    }
    List<Token> tokens = tokenize(line);
    Match found = null;
    int foundAt = -1;
    for (int i = 0; i < tokens.size() && found == null; i++) {
      found = matchAt(tokens, i);
      foundAt = i;
    }
    if (found == null) {
      return null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= foundAt && i < found.next()) {
        continue;
      }
      Token t = tokens.get(i);
      boolean ok = switch (t.kind()) {
        case DIGITS -> t.text().length() <= 4;
        case PUNCT -> true;
        case LETTERS -> DATE_LINE_WORDS.contains(t.lower()) || TIME_WORDS.contains(t.lower())
            || WEEKDAYS.contains(t.lower()) || MONTHS.containsKey(t.lower()) || ORDINALS.contains(t.lower())
            || (t.text().length() <= 4 && t.text().equals(t.text().toUpperCase(Locale.ROOT)));
      };
      if (!ok) {
        return null;
      }
    }
    return found.date();
  }

  /** The first date anywhere in a short text ("Published: 10:32 AM ET, Tue January 13, 2015"), or null. */
  public static LocalDate find(String text) {
    if (text == null) {
      return null;
    }
    List<Token> tokens = tokenize(text.length() > MAX_SCAN_CHARS ? text.substring(0, MAX_SCAN_CHARS) : text);
    for (int i = 0; i < tokens.size(); i++) {
      Match match = matchAt(tokens, i);
      if (match != null) {
        return match.date();
      }
    }
    return null;
  }

  /**
   * A date in a path: {@code .../2022/01/13/slug.txt}, a segment {@code 2022-01-13} or {@code 20220113}, or a
   * file name that starts with one ({@code 2022-01-13-slug.txt}).
   */
  public static LocalDate fromPath(String path) {
    if (path == null) {
      return null;
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i + 2 < segments.length; i++) {
      if (isDigits(segments[i], 4, 4) && isDigits(segments[i + 1], 1, 2) && isDigits(segments[i + 2], 1, 2)) {
        LocalDate date = of(segments[i], segments[i + 1], segments[i + 2]);
        if (date != null) {
          return date;
        }
      }
    }
    for (String segment : segments) {
      LocalDate date = leadingDate(segment);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** {@code 2022-01-13…} or {@code 20220113…} at the start of a path segment, not followed by a digit. */
  private static LocalDate leadingDate(String segment) {
    if (segment.length() >= 10 && segment.charAt(4) == '-' && segment.charAt(7) == '-'
        && isDigits(segment.substring(0, 4), 4, 4) && isDigits(segment.substring(5, 7), 2, 2)
        && isDigits(segment.substring(8, 10), 2, 2)
        && (segment.length() == 10 || !Character.isDigit(segment.charAt(10)))) {
      return of(segment.substring(0, 4), segment.substring(5, 7), segment.substring(8, 10));
    }
    if (segment.length() >= 8 && isDigits(segment.substring(0, 8), 8, 8)
        && (segment.length() == 8 || !Character.isDigit(segment.charAt(8)))) {
      return of(segment.substring(0, 4), segment.substring(4, 6), segment.substring(6, 8));
    }
    return null;
  }

  private static boolean isDigits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    boolean space = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Kind kind;
      if (c >= '0' && c <= '9') {
        kind = Kind.DIGITS;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
      } else if (Character.isLetter(c)) {
        kind = Kind.LETTERS;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
      } else {
        kind = Kind.PUNCT;
        i++;
      }
      tokens.add(new Token(s.substring(start, i), kind, start, i, space || start == 0));
      space = false;
    }
    return tokens;
  }

  private static int skipWeekday(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).kind() == Kind.LETTERS && WEEKDAYS.contains(tokens.get(i).lower())) {
      i++;
      while (i < tokens.size() && (tokens.get(i).is(",") || tokens.get(i).is("."))) {
        i++;
      }
    }
    return i;
  }

  /** Whether the tokens from {@code i} are only a time and zone, or nothing. */
  private static boolean timeTail(List<Token> tokens, int i) {
    for (int j = i; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      boolean ok = switch (t.kind()) {
        case DIGITS -> t.text().length() <= 4;
        case PUNCT -> ":.,+-|()/\u2022\u00b7\u2013\u2014".indexOf(t.text().charAt(0)) >= 0;
        case LETTERS -> TIME_WORDS.contains(t.lower()) || WEEKDAYS.contains(t.lower())
            || (t.text().length() <= 4 && t.text().equals(t.text().toUpperCase(Locale.ROOT)));
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static Match matchAt(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.kind() == Kind.DIGITS) {
      Match m = t.text().length() == 4 ? yearFirst(tokens, i) : numericDayMonth(tokens, i);
      return m != null ? m : dayMonthYear(tokens, i);
    }
    if (t.kind() == Kind.LETTERS && MONTHS.containsKey(t.lower())) {
      return monthDayYear(tokens, i);
    }
    return null;
  }

  /** 2022-01-13, 2022/01/13, 2022.01.13 (no spaces inside). */
  private static Match yearFirst(List<Token> tokens, int i) {
    if (i + 4 >= tokens.size()) {
      return null;
    }
    Token sep1 = tokens.get(i + 1);
    Token sep2 = tokens.get(i + 3);
    Token month = tokens.get(i + 2);
    Token day = tokens.get(i + 4);
    boolean glued = !sep1.spaceBefore() && !month.spaceBefore() && !sep2.spaceBefore() && !day.spaceBefore();
    if (!glued || sep1.kind() != Kind.PUNCT || !sep1.text().equals(sep2.text()) || "-/.".indexOf(sep1.text()) < 0
        || !digits(month, 1, 2) || !digits(day, 1, 2)) {
      return null;
    }
    LocalDate date = of(tokens.get(i).text(), month.text(), day.text());
    return date == null ? null : new Match(date, i + 5);
  }

  /** 13/01/2022 or 01/13/2022: only when one of the first two numbers is over 12, so the order is certain. */
  private static Match numericDayMonth(List<Token> tokens, int i) {
    if (i + 4 >= tokens.size() || !digits(tokens.get(i), 1, 2)) {
      return null;
    }
    Token sep1 = tokens.get(i + 1);
    Token sep2 = tokens.get(i + 3);
    Token second = tokens.get(i + 2);
    Token year = tokens.get(i + 4);
    if (sep1.kind() != Kind.PUNCT || !sep1.text().equals(sep2.text()) || "/.-".indexOf(sep1.text()) < 0
        || !digits(second, 1, 2) || !digits(year, 4, 4) || second.spaceBefore() || year.spaceBefore()) {
      return null;
    }
    int a = Integer.parseInt(tokens.get(i).text());
    int b = Integer.parseInt(second.text());
    LocalDate date;
    if (a > 12 && b <= 12) {
      date = of(year.text(), second.text(), tokens.get(i).text());
    } else if (b > 12 && a <= 12) {
      date = of(year.text(), tokens.get(i).text(), second.text());
    } else {
      return null;
    }
    return date == null ? null : new Match(date, i + 5);
  }

  /** 13 January 2022, 13th of Jan. 2022, 13 Jan, 2022. */
  private static Match dayMonthYear(List<Token> tokens, int i) {
    if (!digits(tokens.get(i), 1, 2)) {
      return null;
    }
    int j = skipOrdinal(tokens, i + 1);
    if (j < tokens.size() && tokens.get(j).lower().equals("of")) {
      j++;
    }
    if (j >= tokens.size() || tokens.get(j).kind() != Kind.LETTERS || !MONTHS.containsKey(tokens.get(j).lower())) {
      return null;
    }
    int month = MONTHS.get(tokens.get(j).lower());
    j = skipPunct(tokens, j + 1);
    if (j >= tokens.size() || !digits(tokens.get(j), 4, 4)) {
      return null;
    }
    LocalDate date = of(tokens.get(j).text(), Integer.toString(month), tokens.get(i).text());
    return date == null ? null : new Match(date, j + 1);
  }

  /** January 13, 2022; Jan. 13 2022; January 13th, 2022. */
  private static Match monthDayYear(List<Token> tokens, int i) {
    int month = MONTHS.get(tokens.get(i).lower());
    int j = skipPunct(tokens, i + 1);
    if (j >= tokens.size() || !digits(tokens.get(j), 1, 2)) {
      return null;
    }
    int day = j;
    j = skipPunct(tokens, skipOrdinal(tokens, j + 1));
    if (j >= tokens.size() || !digits(tokens.get(j), 4, 4)) {
      return null;
    }
    LocalDate date = of(tokens.get(j).text(), Integer.toString(month), tokens.get(day).text());
    return date == null ? null : new Match(date, j + 1);
  }

  private static int skipOrdinal(List<Token> tokens, int j) {
    if (j < tokens.size() && !tokens.get(j).spaceBefore() && ORDINALS.contains(tokens.get(j).lower())) {
      return j + 1;
    }
    return j;
  }

  /** Skips one "." or "," (as in "Jan. 13" or "13, 2022"). */
  private static int skipPunct(List<Token> tokens, int j) {
    if (j < tokens.size() && (tokens.get(j).is(".") || tokens.get(j).is(","))) {
      return j + 1;
    }
    return j;
  }

  private static boolean digits(Token token, int min, int max) {
    return token.kind() == Kind.DIGITS && token.text().length() >= min && token.text().length() <= max;
  }

  private static LocalDate of(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return date.getYear() >= 1800 && date.getYear() <= 2100 ? date : null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
