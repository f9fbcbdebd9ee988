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
 * ({@code datasets/lexicons/editorial_phrases.tsv}: "vice president" 0, "falls short" −1.3). Loaded once per JVM;
 * immutable.
 */
public final class EditorialLexicon {
  public static final String WORDS = "datasets/lexicons/editorial_valence.tsv";
  public static final String PHRASES = "datasets/lexicons/editorial_phrases.tsv";

  /** A phrase as lower-case words; it matches a run of tokens whose words or lemmas equal them. */
  public record Phrase(String[] words, double valence) {}

  private final Map<String, Double> words;
  /** Phrases by first word, longest first, so the longest match wins. */
  private final Map<String, List<Phrase>> phrasesByFirstWord;

  public EditorialLexicon(Map<String, Double> words, List<Phrase> phrases) {
    this.words = Map.copyOf(words);
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
    static final EditorialLexicon SHIPPED = load(WORDS, PHRASES);
  }

  public static EditorialLexicon shipped() {
    return Holder.SHIPPED;
  }

  public static EditorialLexicon load(String wordsFile, String phrasesFile) {
    Map<String, Double> words = new HashMap<>();
    for (String[] row : Resources.tsvRows(wordsFile)) {
      words.putIfAbsent(row[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(row[1].strip()));
    }
    List<Phrase> phrases = new ArrayList<>();
    for (String[] row : Resources.tsvRows(phrasesFile)) {
      phrases.add(new Phrase(row[0].strip().toLowerCase(Locale.ROOT).split(" +"), Double.parseDouble(row[1].strip())));
    }
    return new EditorialLexicon(words, phrases);
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
