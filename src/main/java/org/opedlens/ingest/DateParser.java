package org.opedlens.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a publication date in the forms op-ed scrapes use. All patterns are anchored and linear-time. */
public final class DateParser {
  private DateParser() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]{0,15}(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)(?:[a-z]{3,9},? )?" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(?:[a-z]{3,9},? )?(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})");
  private static final Pattern PATH_DATE = Pattern.compile("(?:^|/)((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

  /** Parses a string that is only a date, in any of the supported forms (surrounding white space allowed). */
  public static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      return of(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return of(m.group(3), month(m.group(2)), m.group(1));
    }
    return null;
  }

  /** A date at the start of a string ("2022-01-13 the upheaval ..."), with the length it took. */
  public record Prefix(LocalDate date, int length) {}

  public static Prefix parsePrefix(String value) {
    for (Pattern pattern : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED}) {
      Matcher m = pattern.matcher(value);
      if (m.lookingAt()) {
        LocalDate date = parse(m.group());
        if (date != null) {
          return new Prefix(date, m.end());
        }
      }
    }
    return null;
  }

  /** A date in a path such as {@code .../2022/01/13/slug.txt}. */
  public static LocalDate fromPath(String path) {
    Matcher m = PATH_DATE.matcher(path);
    return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer number = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    return number == null ? null : Integer.toString(number);
  }

  private static LocalDate of(String year, String month, String day) {
    if (month == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return date.getYear() >= 1800 && date.getYear() <= 2100 ? date : null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
