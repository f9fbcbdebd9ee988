package org.opedlens.argument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Discourse markers that signal how a sentence attaches to the argument before it: {@code support} (a reason,
 * evidence, an added reason or a conclusion drawn), {@code contrast} (an attack, a rebuttal, a concession, a
 * reported opposing view) or {@code elaboration} (a restatement, detail, a closing summary). Markers are matched on
 * lower-cased tokens; most count only at the start of the sentence (after an optional "and"/"so"), where they
 * connect to the previous text, and a few ("because", "however", "therefore" ...) also inside it. The learned
 * relation classifier sees these matches as features; {@link #relation} is the plain rule baseline.
 */
public final class DiscourseMarkers {
  public static final String SUPPORT = "support";
  public static final String CONTRAST = "contrast";
  public static final String ELABORATION = "elaboration";
  public static final String NONE = "none";

  /** A marker: its tokens, the relation it signals, and whether it also counts inside the sentence. */
  public record Marker(String phrase, String[] tokens, String relation, boolean anywhere, Kind kind) {}

  /** What a marker says beyond its relation; the classifiers use it as a feature. */
  public enum Kind {
    REASON, EXAMPLE, ADDITION, CONCLUSION, CONTRAST, CONCESSION, OPPOSING_VIEW, RESTATEMENT, SUMMARY, SOURCE
  }

  /** A marker found in a sentence and the token it starts at. */
  public record Match(Marker marker, int start) {
    public boolean initial() {
      return start <= 1;
    }
  }

  private static final List<Marker> MARKERS = new ArrayList<>();
  /** The markers by their first token, each list in {@link #MARKERS} order: a position costs one hash probe. */
  private static final Map<String, List<Marker>> BY_FIRST_TOKEN = new HashMap<>();

  private static void add(String relation, Kind kind, boolean anywhere, String... phrases) {
    for (String phrase : phrases) {
      Marker marker = new Marker(phrase, phrase.split(" "), relation, anywhere, kind);
      MARKERS.add(marker);
      BY_FIRST_TOKEN.computeIfAbsent(marker.tokens()[0], k -> new ArrayList<>()).add(marker);
    }
  }

  static {
    // Longer phrases first: the first marker that matches at a position wins.
    add(CONTRAST, Kind.CONCESSION, false, "it is true that", "it 's true that", "it's true that", "to be sure", "that said",
        "granted ,", "admittedly", "of course", "true ,", "it is true", "none of this means", "even so",
        "no doubt");
    add(CONTRAST, Kind.OPPOSING_VIEW, false, "critics argue", "critics say", "critics claim", "critics of",
        "opponents argue", "opponents say", "opponents of", "some people think", "some people say",
        "some people argue", "some people believe", "some people claim", "some argue", "some say", "some claim",
        "others argue", "others say", "others believe", "others claim", "others worry", "others think",
        "supporters argue", "supporters say", "supporters of", "defenders of", "sceptics", "skeptics", "critics",
        "opponents");
    add(CONTRAST, Kind.CONTRAST, false, "on the other hand", "on the contrary", "in contrast", "by contrast",
        "even though", "even if", "in spite of", "rather than", "instead ,", "instead", "whereas", "while",
        "although", "though", "despite", "still ,", "still", "conversely", "unlike");
    add(CONTRAST, Kind.CONTRAST, true, "but", "yet", "however", "nevertheless", "nonetheless", "not because");
    add(ELABORATION, Kind.SUMMARY, false, "in conclusion", "to conclude", "to sum up", "to summarise",
        "to summarize", "in summary", "in short", "in sum", "all in all", "overall ,", "in the end", "ultimately");
    add(ELABORATION, Kind.RESTATEMENT, false, "in other words", "that is to say", "put simply", "in particular",
        "specifically", "namely", "similarly", "likewise", "in the same way", "also ,", "at the same time");
    add(SUPPORT, Kind.CONCLUSION, true, "that is why", "this is why", "which is why", "that 's why", "that's why",
        "therefore",
        "thus", "hence", "consequently", "as a result", "for this reason", "for these reasons", "it follows that");
    add(SUPPORT, Kind.CONCLUSION, false, "so ,", "so");
    add(SUPPORT, Kind.REASON, true, "because", "given that", "due to", "owing to");
    add(SUPPORT, Kind.REASON, false, "after all", "the reason is", "the main reason", "one reason",
        "another reason", "the first reason", "the second reason", "for one thing", "the problem is",
        "the point is", "the truth is", "in fact", "indeed");
    add(SUPPORT, Kind.EXAMPLE, false, "for example", "for instance", "take", "consider", "a case in point",
        "such as", "to illustrate");
    add(SUPPORT, Kind.ADDITION, false, "moreover", "furthermore", "in addition", "additionally", "besides",
        "what is more", "what 's more", "what's more", "first of all", "first ,", "firstly", "to begin with", "secondly",
        "second ,", "thirdly", "third ,", "finally", "lastly", "last but not least", "on top of that",
        "another", "not only", "on the one hand", "above all");
    add(SUPPORT, Kind.SOURCE, true, "according to", "studies show", "research shows", "evidence shows",
        "data show", "figures show", "a study", "a survey", "a report", "surveys show");
  }

  private DiscourseMarkers() {}

  public static List<Marker> markers() {
    return List.copyOf(MARKERS);
  }

  /** Lower-cases and folds the tokens a marker is compared with. */
  public static String[] lower(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = tokens[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
    return out;
  }

  /** Where the sentence's own words begin: past a leading "and"/"and yet" or opening quote/dash. */
  static int start(String[] lower) {
    int i = 0;
    while (i < lower.length && (lower[i].equals("\"") || lower[i].equals("-") || lower[i].equals("--")
        || lower[i].equals("(") || lower[i].equals("and") || lower[i].equals("or"))) {
      i++;
    }
    return i;
  }

  private static boolean matchesAt(String[] lower, int at, String[] phrase) {
    if (at + phrase.length > lower.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!lower[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Every marker in the sentence: sentence-initial ones, and the "anywhere" ones at any position. */
  public static List<Match> find(String[] lower) {
    List<Match> matches = new ArrayList<>();
    int first = start(lower);
    for (int at = first; at < lower.length; at++) {
      for (Marker marker : BY_FIRST_TOKEN.getOrDefault(lower[at], List.of())) {
        if ((at == first || marker.anywhere()) && matchesAt(lower, at, marker.tokens())) {
          matches.add(new Match(marker, at));
          break;
        }
      }
    }
    return matches;
  }

  /** The marker that decides the rule relation: the sentence-initial one if any, else the first inside. */
  public static Match decisive(String[] lower) {
    List<Match> matches = find(lower);
    int first = start(lower);
    for (Match m : matches) {
      if (m.start() == first) {
        return m;
      }
    }
    for (Match m : matches) {
      // Inside a sentence only the contrast and conclusion markers say how it attaches to what came before;
      // an inner "because" gives a reason for the sentence's own clause.
      if (m.marker().relation().equals(CONTRAST) || m.marker().kind() == Kind.CONCLUSION) {
        return m;
      }
    }
    return null;
  }

  /**
   * The rule relation of a sentence from its markers alone: the decisive marker's relation, {@code none} when it
   * has none. The first sentence of a document attaches to nothing.
   */
  public static String relation(String[] lower, int sentenceIndex) {
    if (sentenceIndex == 0) {
      return NONE;
    }
    Match m = decisive(lower);
    return m == null ? NONE : m.marker().relation();
  }
}
