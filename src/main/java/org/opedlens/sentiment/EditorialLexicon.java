package org.opedlens.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opedlens.util.Resources;

/**
 * The team's additions to VADER for opinion writing: single words VADER lacks, rated −4..+4 like VADER's lexicon
 * ({@code datasets/lexicons/editorial_valence.tsv}), and multi-word expressions whose words VADER would mis-score
 * ({@code datasets/lexicons/editorial_phrases.tsv}: "vice president" 0, "falls short" −1.3), and VADER entries
 * re-rated for the sense they mostly have in newspapers ({@code datasets/lexicons/editorial_overrides.tsv}:
 * "party" 0, "block" as a noun 0). Loaded once per JVM; immutable.
 */
public final class EditorialLexicon {
  public static final String WORDS = "datasets/lexicons/editorial_valence.tsv";
  public static final String PHRASES = "datasets/lexicons/editorial_phrases.tsv";
  public static final String OVERRIDES = "datasets/lexicons/editorial_overrides.tsv";
  private static final String ANY_TAG = "*";

  /** A phrase as lower-case words; it matches a run of tokens whose words or lemmas equal them. */
  public record Phrase(String[] words, double valence) {}

  private final Map<String, Double> words;
  /** Re-rated VADER entries: word, then UD tag (or "*"), to valence. */
  private final Map<String, Map<String, Double>> overrides;
  /** Phrases by first word, longest first, so the longest match wins. */
  private final Map<String, List<Phrase>> phrasesByFirstWord;

  public EditorialLexicon(Map<String, Double> words, List<Phrase> phrases, Map<String, Map<String, Double>> overrides) {
    this.words = Map.copyOf(words);
    this.overrides = Map.copyOf(overrides);
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    for (Phrase phrase : phrases) {
      byFirst.computeIfAbsent(phrase.words()[0], k -> new ArrayList<>()).add(phrase);
    }
    for (List<Phrase> list : byFirst.values()) {
      list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }
    this.phrasesByFirstWord = Map.copyOf(byFirst);
  }

  private static final class Holder {
    static final EditorialLexicon SHIPPED = load(WORDS, PHRASES, OVERRIDES);
  }

  public static EditorialLexicon shipped() {
    return Holder.SHIPPED;
  }

  /** No additions at all: the rules then run on VADER's lexicon alone. */
  public static EditorialLexicon empty() {
    return new EditorialLexicon(Map.of(), List.of(), Map.of());
  }

  public static EditorialLexicon load(String wordsFile, String phrasesFile, String overridesFile) {
    Map<String, Double> words = new HashMap<>();
    for (String[] row : Resources.tsvRows(wordsFile)) {
      words.putIfAbsent(row[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(row[1].strip()));
    }
    List<Phrase> phrases = new ArrayList<>();
    for (String[] row : Resources.tsvRows(phrasesFile)) {
      phrases.add(new Phrase(row[0].strip().toLowerCase(Locale.ROOT).split(" +"), Double.parseDouble(row[1].strip())));
    }
    Map<String, Map<String, Double>> overrides = new HashMap<>();
    for (String[] row : Resources.tsvRows(overridesFile)) {
      overrides.computeIfAbsent(row[0].strip().toLowerCase(Locale.ROOT), k -> new HashMap<>())
          .put(row[2].strip(), Double.parseDouble(row[1].strip()));
    }
    return new EditorialLexicon(words, phrases, overrides);
  }

  /** The re-rated valence of a VADER word with this UD tag, or null when it is not re-rated. */
  public Double override(String lower, String tag) {
    Map<String, Double> byTag = overrides.get(lower);
    if (byTag == null) {
      return null;
    }
    Double v = byTag.get(tag);
    return v != null ? v : byTag.get(ANY_TAG);
  }

  /** The editorial valence of a word or lemma, or null when the lexicon does not rate it. */
  public Double valence(String lower) {
    return words.get(lower);
  }

  public int size() {
    return words.size();
  }

  public List<Phrase> phrasesStartingWith(String word) {
    return phrasesByFirstWord.getOrDefault(word, List.of());
  }
}
