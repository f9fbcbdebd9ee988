package org.opedlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises bylines: case, spacing, and "A, B and C" lists into separate names. */
public final class AuthorNames {
  private AuthorNames() {}

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*|,\\s*)");
  private static final Pattern TRAILING_ROLE =
      Pattern.compile("(?i),?\\s+(special to|for|contributing|staff|guest|columnist|opinion|the)\\b.*$");

  /** The names in a byline, each normalised; empty when none survives. */
  public static List<String> split(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    String cleaned = TRAILING_ROLE.matcher(byline.strip()).replaceFirst("");
    cleaned = cleaned.replaceFirst("(?i)^by\\s+", "");
    for (String part : LIST_SEPARATOR.split(cleaned)) {
      String name = normalise(part);
      if (looksLikeName(name) && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** "JANE  DOE" → "Jane Doe"; mixed-case names keep their case ("Robert A. Manning", "Ursula von der Leyen"). */
  public static String normalise(String name) {
    String spaced = TextCleaner.collapseSpaces(name).replaceAll("^[\\p{Punct}\\s]+|[,;:\\s]+$", "");
    if (!spaced.equals(spaced.toUpperCase(Locale.ROOT)) && !spaced.equals(spaced.toLowerCase(Locale.ROOT))) {
      return spaced;
    }
    StringBuilder out = new StringBuilder();
    boolean startOfWord = true;
    for (char c : spaced.toCharArray()) {
      out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
      startOfWord = c == ' ' || c == '-' || c == '\'' || c == '.';
    }
    return out.toString();
  }

  /** Two to six words, starting with a capital, no digits, not a sentence. */
  public static boolean looksLikeName(String name) {
    if (name == null || name.isEmpty() || name.length() > 60 || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (char c : name.toCharArray()) {
      if (Character.isDigit(c) || c == '@' || c == '?' || c == '!') {
        return false;
      }
    }
    return true;
  }
}
