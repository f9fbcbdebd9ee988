package org.opedlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises bylines into author names: "By JANE DOE and JOHN ROE, Special to the Herald" → ["Jane Doe", "John
 * Roe"]. Handles "A, B and C" lists, honorifics ("Dr.", "Sir", "Sen." are dropped so one person has one name),
 * credentials ("M.D.", "PhD"), generational suffixes ("Jr." stays), particles ("von der", "al-", "de"), initials,
 * apostrophes, hyphens, accents, and all-caps or all-lowercase names (title-cased). Procedural, no regular
 * expressions: cost is linear in the input.
 */
public final class AuthorNames {
  private AuthorNames() {}

  /** A name has at most this many words (after honorifics and credentials are removed). */
  static final int MAX_WORDS = 6;

  private static final List<String> BYLINE_PREFIXES =
      List.of("written by", "words by", "opinion by", "story by", "text by", "commentary by", "analysis by", "by",
          "authors", "author", "byline");
  /** Where a byline's names end: "By Jane Doe | Fox News", "By Jane Doe for the Herald", "Jane Doe (@jd)". */
  private static final List<String> BYLINE_ENDS =
      List.of(" | ", " \u2022 ", " \u00b7 ", " - ", " \u2013 ", " \u2014 ", "(", "[", " special to ", " for the ",
          " for ", " in ", " on ", " at ", " via ", " @", " updated ", " published ", " posted ");
  private static final Set<String> HONORIFICS =
      Set.of("dr", "doctor", "prof", "professor", "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "sen", "senator",
          "rep", "representative", "gov", "governor", "rev", "reverend", "hon", "honourable", "honorable", "gen",
          "general", "lt", "col", "maj", "capt", "cmdr", "adm", "amb", "ambassador", "pres", "president", "judge",
          "justice", "rabbi", "imam", "fr", "father", "sheikh", "sgt", "cpl", "pvt", "msgr");
  private static final Set<String> CREDENTIALS =
      Set.of("md", "m.d", "phd", "ph.d", "dphil", "d.phil", "jd", "j.d", "esq", "mba", "mph", "rn", "mp", "mep", "qc",
          "kc", "obe", "cbe", "mbe", "kbe", "dbe", "frs", "cpa", "dds", "facp", "faan", "lld", "ll.d", "msc",
          "m.sc", "bsc", "usn", "usmc", "ret", "retired");
  private static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv", "v");
  /** Words that mark a role or an outlet, not a name ("By Jane Doe, Contributor"). */
  private static final Set<String> ROLE_WORDS =
      Set.of("columnist", "columnists", "contributor", "contributors", "contributing", "correspondent",
          "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers", "staff", "special",
          "guest", "opinion", "analyst", "commentator", "journalist", "journalists", "news", "newsroom",
          "associated", "press", "reuters", "afp", "bureau", "desk", "wire", "wires", "agencies", "agency",
          "updated", "published", "posted", "minutes", "min", "read", "ago", "hours", "hour", "photo", "photos",
          "illustration", "video");
  /** Lower-case words that belong inside a name ("Ursula von der Leyen", "Bill de Blasio"). */
  static final Set<String> PARTICLES =
      Set.of("de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter",
          "ten", "la", "le", "al", "el", "bin", "ibn", "bint", "ben", "y", "e", "zu", "af", "st", "st.", "op");
  /** Words that are never part of a personal name: a candidate containing one is a sentence, not a byline. */
  static final Set<String> STOPWORDS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i",
          "his", "her", "their", "our", "my", "your", "there", "here", "what", "when", "where", "why", "how", "who",
          "which", "all", "some", "many", "most", "no", "not", "every", "each", "and", "or", "but", "if", "in", "on",
          "at", "of", "to", "with", "from", "as", "so", "is", "was", "are", "were", "be", "been", "being", "has",
          "have", "had", "would", "could", "should", "must", "does", "did", "now", "then", "today", "yesterday",
          "tomorrow", "everyone", "everybody", "nobody", "someone", "somebody", "nothing", "something", "both",
          "such", "only", "also", "yet", "still", "just", "after", "before", "during", "while", "because", "since",
          "although", "though", "however", "meanwhile", "moreover", "indeed", "instead", "perhaps", "about", "into",
          "over", "under", "than", "very", "more", "less", "any", "other", "another", "one", "two", "three",
          "me", "him", "them", "us", "whose", "whom", "says", "according", "like", "unlike", "despite",
          "against", "between", "among", "through", "without", "within", "across", "year", "years", "week",
          "month", "people", "government", "country", "world", "new", "last", "first", "next");

  /** The names in a byline or author field, each normalised; empty when none survives. */
  public static List<String> split(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    String s = stripBylinePrefix(TextCleaner.collapseSpaces(byline));
    s = cutAtBylineEnd(s);
    List<String> parts = new ArrayList<>();
    for (String commaPart : s.replace(" & ", ", ").replace(" + ", ", ").replace(" with ", ", ").split("[,;]")) {
      parts.addAll(splitOnAnd(commaPart));
    }
    String institution = null;
    for (String part : parts) {
      String trimmed = part.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String core = trimmed.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
      if (GENERATIONAL.contains(core) && !names.isEmpty()) {
        // "Martin Luther King, Jr." - the suffix belongs to the name before it.
        String previous = names.remove(names.size() - 1);
        names.add(previous + " " + normaliseCase(trimmed));
        continue;
      }
      String name = clean(trimmed, false);
      if (name != null && !containsIgnoreCase(names, name)) {
        names.add(name);
      } else if (name == null && institution == null && names.isEmpty()) {
        institution = clean(trimmed, true);
      }
    }
    if (names.isEmpty() && institution != null) {
      // "By Guardian staff", "By Reuters": no person, but the byline still names who wrote it.
      names.add(institution);
    }
    return names;
  }

  /** Whether a word marks a role or an outlet ("Contributor", "staff", "agencies"), not a person's name. */
  static boolean isRoleWord(String word) {
    return ROLE_WORDS.contains(key(word));
  }

  /** Whether a word is an honorific ("Dr.", "Sen.") or a credential ("PhD", "M.D."), not part of a name. */
  static boolean isTitleOrCredential(String word) {
    String key = key(word);
    return HONORIFICS.contains(key) || CREDENTIALS.contains(key);
  }

  /**
   * One name: honorifics and credentials removed, case normalised; null when it does not look like a name, or
   * (unless {@code institutional}) when it holds a role or outlet word ("Contributor", "Fox News").
   */
  static String clean(String candidate, boolean institutional) {
    String spaced = trimPunctuation(TextCleaner.collapseSpaces(candidate));
    List<String> words = new ArrayList<>(List.of(spaced.split(" ")));
    while (words.size() > 1 && HONORIFICS.contains(key(words.get(0)))) {
      words.remove(0);
    }
    while (words.size() > 1 && CREDENTIALS.contains(key(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    String last = words.get(words.size() - 1);
    if (last.endsWith(".") && key(last).length() > 2 && !GENERATIONAL.contains(key(last))) {
      // "By Jane Doe." - a sentence's period, not an initial's.
      words.set(words.size() - 1, last.substring(0, last.length() - 1));
    }
    for (String word : words) {
      if (ROLE_WORDS.contains(key(word)) && !institutional) {
        return null;
      }
    }
    if (words.size() == 1 && (CREDENTIALS.contains(key(words.get(0))) || HONORIFICS.contains(key(words.get(0))))) {
      return null;
    }
    String name = normaliseCase(trimPunctuation(String.join(" ", words)));
    return looksLikeName(name) ? name : null;
  }

  private static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    while (lower.endsWith(".") || lower.endsWith(",")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  private static String stripBylinePrefix(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String prefix : BYLINE_PREFIXES) {
      if (lower.startsWith(prefix)) {
        int end = prefix.length();
        if (end < s.length() && (s.charAt(end) == ':' || s.charAt(end) == ' ')) {
          String rest = s.substring(end + 1).strip();
          // "By the Editorial Board": the article is not part of the name.
          return rest.toLowerCase(Locale.ROOT).startsWith("the ") ? rest.substring(4) : rest;
        }
      }
    }
    return s;
  }

  private static String cutAtBylineEnd(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int cut = s.length();
    for (String marker : BYLINE_ENDS) {
      int at = lower.indexOf(marker);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return s.substring(0, cut);
  }

  /** Splits on the word "and" (any case), never inside a word ("Anderson", "Sandra"). */
  private static List<String> splitOnAnd(String s) {
    List<String> parts = new ArrayList<>();
    String lower = s.toLowerCase(Locale.ROOT);
    int from = 0;
    int at = lower.indexOf(" and ");
    while (at >= 0) {
      parts.add(s.substring(from, at));
      from = at + 5;
      at = lower.indexOf(" and ", from);
    }
    String rest = s.substring(from);
    if (rest.toLowerCase(Locale.ROOT).startsWith("and ")) {
      rest = rest.substring(4);
    }
    parts.add(rest);
    return parts;
  }

  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean containsIgnoreCase(List<String> names, String name) {
    for (String existing : names) {
      if (existing.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a list holds the same person as {@code name}: same first and last word, ignoring case, initials and
   * generational suffixes ("John R. Lott Jr." and "John Lott").
   */
  public static boolean containsPerson(List<String> names, String name) {
    String key = personKey(name);
    for (String existing : names) {
      if (personKey(existing).equals(key)) {
        return true;
      }
    }
    return false;
  }

  static String personKey(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      String key = key(word);
      if (key.length() > 1 && !GENERATIONAL.contains(key) && !(key.length() == 3 && key.charAt(1) == '.')) {
        words.add(key);
      }
    }
    if (words.isEmpty()) {
      return name.toLowerCase(Locale.ROOT);
    }
    return words.get(0) + " " + words.get(words.size() - 1);
  }

  /** "JANE  DOE" → "Jane Doe"; mixed-case names keep their case ("Robert A. Manning", "SNM Abdi"). */
  public static String normalise(String name) {
    return normaliseCase(trimPunctuation(TextCleaner.collapseSpaces(name)));
  }

  static String normaliseCase(String spaced) {
    boolean upper = spaced.equals(spaced.toUpperCase(Locale.ROOT));
    boolean lower = spaced.equals(spaced.toLowerCase(Locale.ROOT));
    if (!upper && !lower) {
      return spaced;
    }
    String[] words = spaced.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w > 0) {
        out.append(' ');
      }
      if (w > 0 && w < words.length - 1 && PARTICLES.contains(word)) {
        out.append(word);
        continue;
      }
      out.append(titleCaseWord(word));
    }
    return out.toString();
  }

  /** "o'brien" → "O'Brien", "abdul-rahman" → "Abdul-Rahman", "mcfarland" → "McFarland", "k.t." → "K.T.". */
  private static String titleCaseWord(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    int segmentStart = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      if (c == '-' || c == '.') {
        start = true;
        segmentStart = i + 1;
      } else if (c == '\'' || c == '\u2019') {
        start = i - segmentStart == 1; // O'Brien, D'Souza; not "Ng'ang'a"-style inner apostrophes
        segmentStart = i + 1;
      } else {
        start = false;
      }
    }
    if (out.length() > 2 && out.charAt(0) == 'M' && out.charAt(1) == 'c' && Character.isLetter(out.charAt(2))) {
      out.setCharAt(2, Character.toUpperCase(out.charAt(2)));
    }
    return out.toString();
  }

  /**
   * One to six words; the first starts with a capital letter; only letters, marks, periods, hyphens and
   * apostrophes; no word that never appears in a personal name ("the", "is", "and", ...). Single capitals are
   * initials ("Jason A Johnson"), except a leading "A" or "I", which starts a sentence.
   */
  public static boolean looksLikeName(String name) {
    // A capital first letter, or a letter of a script without case (Arabic, Chinese).
    if (name == null || name.isEmpty() || name.length() > 80 || !Character.isLetter(name.charAt(0))
        || Character.isLowerCase(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == ' ' || c == '.'
          || c == '-' || c == '\'' || c == '\u2019')) {
        return false;
      }
    }
    String[] words = name.split(" ");
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String key = key(word);
      if (key.isEmpty() || !Character.isLetter(word.charAt(0))) {
        return false;
      }
      boolean shortForm = word.length() == 1 || (word.length() == 2 && word.charAt(1) == '.')
          || (word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT)));
      boolean initial = shortForm && Character.isUpperCase(word.charAt(0));
      if (initial && !(w == 0 && (word.equals("A") || word.equals("I")) && words.length > 1)) {
        continue;
      }
      if (STOPWORDS.contains(key) && !(PARTICLES.contains(key) && w > 0)) {
        return false;
      }
    }
    return true;
  }
}
