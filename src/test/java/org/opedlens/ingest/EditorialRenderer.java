package org.opedlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders real editorials (JSONL with author and date, read at test time, never stored in the project) as the raw
 * files scrapers produce, in the styles ingest must parse: seed style ({@code date YYYY-MM-DD <headline>} on the
 * first line, a trailing bio), byline style (headline, {@code By NAME}, a date line, body) and path-dated files
 * ({@code .../YYYY/MM/DD/id.txt}, byline or bio). Bylines, bios and date lines rotate through many phrasings. The
 * expected author and date come from the JSONL fields, through {@link #expectedAuthor} and {@link #sameAuthor}: a
 * deliberately simple oracle, independent of the parser.
 */
final class EditorialRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Editorial(String id, String author, String date, String dateRaw, String title, String source, String url,
      String text) {
    /** The date of the JSONL field (its first ten characters, YYYY-MM-DD), or null when it has none. */
    LocalDate day() {
      try {
        return date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }

    Instant instant() {
      try {
        return Instant.parse(date);
      } catch (java.time.format.DateTimeParseException e) {
        return day().atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    }
  }

  static List<Editorial> read(Path jsonl) throws IOException {
    List<Editorial> editorials = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      editorials.add(new Editorial(n.path("id").asText(), n.path("author").asText(), n.path("date").asText(),
          n.path("date_raw").asText(), n.path("title").asText(), n.path("source").asText(), n.path("url").asText(),
          n.path("text").asText()));
    }
    return editorials;
  }

  // ---- the oracle -------------------------------------------------------------------------------------------

  private static final List<String> CREDENTIALS = List.of("m.d.", "md", "phd", "ph.d.", "jr.", "sr.");
  private static final List<String> HONORIFICS = List.of("dr", "sen", "senator", "sir", "prof", "professor", "rev",
      "mr", "mrs", "ms", "lt", "col", "gen", "maj", "capt", "gov", "rep", "amb", "ambassador", "judge", "father",
      "rabbi", "hon", "justice", "the");
  private static final List<String> TRAILING_CREDENTIALS = List.of("md", "phd", "mp", "qc", "obe", "cbe", "mbe",
      "esq", "jr", "sr");

  /** The names in an author field: split on commas, "and", "with", "|" and ";", repeats and credentials dropped. */
  static List<String> names(String field) {
    List<String> names = new ArrayList<>();
    for (String commaPart : field.replace(" with ", ",").replace("|", ",").replace(";", ",").split(",")) {
      for (String part : commaPart.split(" and ")) {
        String name = part.replaceAll("\\([^)]*\\)", "").strip();
        if (name.isEmpty() || CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
          continue;
        }
        boolean seen = false;
        for (String existing : names) {
          seen |= fold(existing).equals(fold(name));
        }
        if (!seen) {
          names.add(name);
        }
      }
    }
    return names;
  }

  static String expectedAuthor(Editorial e) {
    List<String> names = names(e.author());
    return names.isEmpty() ? null : names.get(0);
  }

  /** Case, spacing, periods and a leading honorific do not matter: "Dr. K.T. McFarland" = "k t mcfarland". */
  static String fold(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('.', ' ')
        .replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
    String[] words = folded.split(" ");
    int start = 0;
    while (start < words.length - 1 && HONORIFICS.contains(words[start])) {
      start++;
    }
    int end = words.length;
    while (end > start + 1 && TRAILING_CREDENTIALS.contains(words[end - 1])) {
      end--;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
  }

  /** The same person: equal after folding, or equal first and last words once initials and "Jr." are set aside. */
  static boolean sameAuthor(String recovered, Editorial e) {
    String expected = expectedAuthor(e);
    return recovered != null && expected != null
        && (fold(recovered).equals(fold(expected)) || person(recovered).equals(person(expected)));
  }

  private static String person(String name) {
    List<String> words = new ArrayList<>();
    for (String word : fold(name).split(" ")) {
      if (word.length() > 1 && !List.of("jr", "sr", "ii", "iii").contains(word)) {
        words.add(word);
      }
    }
    return words.isEmpty() ? fold(name) : words.get(0) + " " + words.get(words.size() - 1);
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  private static final Map<String, String> OUTLETS =
      Map.of("foxnews", "Fox News", "guardian", "The Guardian", "aljazeera", "Al Jazeera");

  static String outlet(Editorial e) {
    return OUTLETS.getOrDefault(e.source(), e.source());
  }

  private static String joined(List<String> names, String and) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
  }

  /** A bio in one of many phrasings; plural when there are several authors. */
  static String bio(Editorial e, int i) {
    List<String> names = names(e.author());
    if (names.isEmpty()) {
      return "";
    }
    String n = joined(names, "and");
    String s = outlet(e);
    if (names.size() > 1) {
      return switch (i % 4) {
        case 0 -> n + " are researchers at the Heritage Foundation.";
        case 1 -> n + " are contributors to " + s + ".";
        case 2 -> n + " write about politics for " + s + ". Follow them on Twitter @" + handle(names.get(0)) + ".";
        default -> n.toUpperCase(Locale.ROOT) + " ARE SENIOR FELLOWS AT THE HUDSON INSTITUTE.";
      };
    }
    String handle = handle(n);
    return switch (i % 14) {
      case 0 -> n + " is a columnist for " + s + ".";
      case 1 -> n + ", a former " + s + " correspondent, writes about politics and foreign affairs.";
      case 2 -> n + " is a senior fellow at the Atlantic Council. Follow them on Twitter @ " + handle + ".";
      case 3 -> n + " (@" + handle + ") is a contributing writer at " + s + ".";
      case 4 -> "\u2014 " + n + " is the author of several books on modern history.";
      case 5 -> n + " teaches political science at the University of London.";
      case 6 -> n + " writes for " + s + ".";
      case 7 -> n + ", who has reported from the region for a decade, is a contributor to " + s + ".";
      case 8 -> "About the author: " + n + " is an analyst and writer based in Washington.";
      case 9 -> n + " has been a journalist for twenty years and is now an editor at " + s + ".";
      case 10 -> n.toUpperCase(Locale.ROOT) + " is a professor of economics at a university in Boston.";
      case 11 -> n + " was formerly an adviser to the United Nations and is now a commentator for " + s + ".";
      case 12 -> n + ", 52, is the director of a think tank in Brussels and a columnist.";
      default -> n + " is an opinion contributor to " + s + ". The views expressed are the author's own.";
    };
  }

  private static String handle(String name) {
    StringBuilder h = new StringBuilder();
    for (char c : Normalizer.normalize(name, Normalizer.Form.NFD).toCharArray()) {
      if (c < 128 && Character.isLetter(c)) {
        h.append(c);
      }
    }
    return h.length() > 15 ? h.substring(0, 15) : h.toString();
  }

  static String byline(Editorial e, int i) {
    List<String> names = names(e.author());
    if (names.isEmpty()) {
      return "";
    }
    return switch (i % 6) {
      case 0 -> "By " + e.author();
      case 1 -> "By " + joined(names, "and");
      case 2 -> "BY " + joined(names, "and").toUpperCase(Locale.ROOT);
      case 3 -> "By " + joined(names, "and") + ", Special to " + outlet(e);
      case 4 -> "By " + joined(names, "&") + " | " + outlet(e);
      default -> "Written by " + joined(names, "and");
    };
  }

  static String dateLine(Editorial e, int i) {
    if (e.day() == null) {
      return "";
    }
    ZonedDateTime t = e.instant().atZone(ZoneOffset.UTC);
    return switch (i % 7) {
      case 0 -> "Published " + t.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
      case 1 -> "Date: " + t.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
      case 2 -> e.date();
      case 3 -> e.dateRaw();
      case 4 -> "Updated " + t.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy HH.mm", Locale.ENGLISH)) + " GMT";
      case 5 -> t.format(DateTimeFormatter.ofPattern("MMMM d, yyyy | h:mm a", Locale.ENGLISH)) + " ET";
      default -> "date " + e.day();
    };
  }

  /** Seed style: " date YYYY-MM-DD headline", the body, a trailing bio (with a social line sometimes). */
  static String seedStyle(Editorial e, int i) {
    String first = e.day() == null ? e.title() : " date " + e.day() + " " + e.title();
    return first + "\n\n" + e.text() + "\n\n" + bio(e, i) + "\n";
  }

  /** Byline style: headline, byline, date line, body; scrape noise in some files. */
  static String bylineStyle(Editorial e, int i) {
    StringBuilder out = new StringBuilder();
    out.append(i % 5 == 0 ? e.title().replace("&", "&amp;") : e.title()).append('\n');
    String byline = byline(e, i);
    String dateLine = dateLine(e, i);
    for (String line : i % 2 == 0 ? List.of(byline, dateLine) : List.of(dateLine, byline)) {
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    if (i % 3 == 0) {
      out.append("Share this article\n");
    }
    out.append('\n').append(e.text().replace("\n\n", i % 4 == 0 ? "\n\nADVERTISEMENT\n\n" : "\n\n")).append('\n');
    return out.toString();
  }

  /** Path-dated: the date only in the path; the author in a byline (even i) or a bio (odd i). */
  static String pathStyle(Editorial e, int i) {
    StringBuilder out = new StringBuilder(e.title()).append("\n\n");
    if (i % 2 == 0) {
      out.append(byline(e, i / 2)).append("\n\n");
    }
    out.append(e.text());
    if (i % 2 == 1) {
      out.append("\n\n").append(bio(e, i / 2));
    }
    return out.append('\n').toString();
  }

  static Path pathFor(Path root, Editorial e) {
    LocalDate d = e.day();
    if (d == null) {
      return root.resolve(e.source()).resolve("undated").resolve(e.id() + ".txt");
    }
    return root.resolve(e.source()).resolve(String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(),
        d.getDayOfMonth())).resolve(e.id() + ".txt");
  }
}
