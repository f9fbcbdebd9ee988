package org.opedlens.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opedlens.ml.TextFeatures;
import org.opedlens.nlp.TokenizedSentence;

/**
 * VADER's rules over OpenNLP tokens and lemmas, with VADER's lexicon extended for opinion writing
 * ({@link EditorialLexicon}): words VADER lacks are looked up by word form and by lemma; set phrases replace the
 * valences of their words ("vice president" 0, "falls short" −1.3); "like" as a preposition and "no" as a
 * determiner carry no valence; negation does not reach across a clause break; besides VADER's "but", the other
 * contrast words ("however", "yet", "nevertheless", "nonetheless") shift weight to what follows, and a concessive
 * clause ("although …,", "despite …,") counts half. Boosters, dampeners, capitals and "!"/"?" emphasis are VADER's.
 * Besides the compound score it reports the parts the trained model reads: positive and negative sums, the
 * valence that negation flipped, the valence after a contrast, and how many words carried valence.
 * Thread-safe; lexicons are shared per JVM.
 */
public final class EditorialScorer {
  public static final String VERSION = "editorial-rules-2";

  private static final Set<String> CONTRAST = Set.of("but", "however", "nevertheless", "nonetheless", "yet");
  private static final Set<String> CONCESSIVE = Set.of("although", "though", "despite", "whereas");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "(", ")", "-");
  private static final Set<String> NON_VALENT_TAGS_FOR_LIKE = Set.of("ADP", "SCONJ");
  /** Words after which "like" is the verb whatever the tagger says (it often tags "we like" as a preposition). */
  private static final Set<String> BEFORE_VERB_LIKE =
      Set.of("i", "we", "you", "they", "would", "'d", "do", "does", "did", "n't", "not", "to", "really");

  private final Map<String, Double> vader;
  private final EditorialLexicon editorial;

  public EditorialScorer() {
    this(VaderLexicon.valences(), EditorialLexicon.shipped());
  }

  public EditorialScorer(Map<String, Double> vader, EditorialLexicon editorial) {
    this.vader = vader;
    this.editorial = editorial;
  }

  /**
   * The scores of one sentence. {@code sum} is the VADER-style total before normalisation; {@code positive} and
   * {@code negative} split it by sign; {@code negated} is the part of it contributed by negated words, {@code
   * afterContrast} the part after a contrast word; {@code valentWords} how many words carried valence, of {@code
   * words}.
   */
  public record Score(double compound, double sum, double positive, double negative, double negated,
      double afterContrast, int valentWords, int words, List<String> cues, double[] byWordClass) {
    /** Word classes of {@link #byWordClass}: the summed valence of adjectives, adverbs, verbs, nouns, the rest. */
    public static final List<String> WORD_CLASSES = List.of("adj", "adv", "verb", "noun", "other");
  }

  public Score score(TokenizedSentence s) {
    String[] lower = s.lower();
    List<Integer> words = new ArrayList<>();
    for (int t = 0; t < lower.length; t++) {
      if (!TextFeatures.isPunctuation(lower[t])) {
        words.add(t);
      }
    }
    int n = words.size();
    double[] base = new double[n];
    int[] phraseStart = new int[n];
    boolean[] skip = new boolean[n];
    for (int p = 0; p < n; p++) {
      phraseStart[p] = p;
    }
    matchPhrases(s, words, base, phraseStart, skip);
    boolean capsDiffer = capsDiffer(s, words);

    double[] valence = new double[n];
    boolean[] negated = new boolean[n];
    for (int p = 0; p < n; p++) {
      if (skip[p]) {
        continue;
      }
      int t = words.get(p);
      double v;
      if (phraseStart[p] != p) {
        v = base[p];
      } else {
        if (VaderScorer.BOOSTERS.containsKey(lower[t])) {
          continue;
        }
        v = lookup(lower[t], s.lemmas()[t], likeTag(s, t));
        if (capsDiffer && v != 0 && isUpper(s.tokens()[t])) {
          v += v > 0 ? VaderScorer.CAPS_INCREMENT : -VaderScorer.CAPS_INCREMENT;
        }
      }
      if (v == 0) {
        continue;
      }
      int start = phraseStart[p];
      for (int back = 1; back <= 3 && start - back >= 0; back++) {
        int q = start - back;
        if (clauseBreakBetween(s, words.get(q), words.get(q + 1))) {
          break;
        }
        String before = lower[words.get(q)];
        if (lookup(before, s.lemmas()[words.get(q)], s.tags()[words.get(q)]) == 0) {
          Double scalar = VaderScorer.BOOSTERS.get(before);
          if (scalar != null) {
            double boost = v < 0 ? -scalar : scalar;
            if (capsDiffer && isUpper(s.tokens()[words.get(q)])) {
              boost += v > 0 ? VaderScorer.CAPS_INCREMENT : -VaderScorer.CAPS_INCREMENT;
            }
            v += boost * (back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9);
          }
        }
        if (VaderScorer.isNegation(before) || before.equals("n't")) {
          boolean neverSo = back > 1 && before.equals("never")
              && (lower[words.get(start - 1)].equals("so") || lower[words.get(start - 1)].equals("this"));
          if (neverSo) {
            v *= 1.25;
          } else {
            v *= VaderScorer.NEGATION_SCALAR;
            negated[p] = true;
          }
          break;
        }
      }
      if (start > 0 && lower[words.get(start - 1)].equals("least")
          && (start < 2 || !(lower[words.get(start - 2)].equals("at") || lower[words.get(start - 2)].equals("very")))) {
        v *= VaderScorer.NEGATION_SCALAR;
        negated[p] = true;
      }
      valence[p] = v;
    }
    applyReduction(s, words, valence, negated);
    boolean[] afterContrast = applyContrast(s, words, valence);
    return summarise(s, words, valence, negated, afterContrast);
  }

  /** Words that make less of what follows them: "fewer deaths", "cut the deficit", "an end to the war". */
  private static final Set<String> REDUCERS = Set.of("fewer", "less", "lower", "reduce", "cut", "curb", "ease",
      "lessen", "diminish", "decrease", "halve", "slash", "shrink", "prevent", "avoid", "end", "stop", "eliminate",
      "eradicate", "fight", "combat", "tackle", "lack", "absence", "relieve", "alleviate", "stem");
  /** Verbs that make less of their subject: "unemployment fell", "crime declined". */
  private static final Set<String> FALLING = Set.of("fall", "decline", "drop", "shrink", "ease", "decrease",
      "dwindle", "diminish", "subside", "recede", "abate", "plunge", "plummet", "slow");
  /** How much of a bad thing's valence survives, sign flipped, when there is less of it. */
  static final double REDUCTION_SCALAR = -0.5;

  /**
   * Less of a bad thing is good news: a negative word within three words after a reducer ("fewer deaths", "cut
   * the deficit", "an end to the bloodshed") or just before a falling verb ("unemployment fell") has its valence
   * flipped and halved, and the reducer's own valence (VADER rates "cut" or "fall" negative) is dropped. After a
   * reducer, what is flipped is the first noun that heads its phrase and the negative adjectives before it ("cut
   * toxic waste"; "cut the hospital budget" and "cut so severely" stay as they are); negated words and words across
   * a clause break are left alone.
   */
  private static void applyReduction(TokenizedSentence s, List<Integer> words, double[] valence, boolean[] negated) {
    int n = words.size();
    for (int p = 0; p < n; p++) {
      int t = words.get(p);
      String lemma = s.lemmas()[t];
      String lower = s.lower()[t];
      boolean reducer = REDUCERS.contains(lemma) || REDUCERS.contains(lower);
      boolean falling = FALLING.contains(lemma) && s.tags()[t].equals("VERB");
      if (!reducer && !falling) {
        continue;
      }
      boolean flipped = false;
      if (reducer) {
        // The first noun (or adjective: the tagger calls some nouns, and some -ly adverbs, adjectives) within three
        // words that heads its
        // phrase (the next word is no noun) is what is reduced; it and the negative adjectives before it are
        // flipped: "cut toxic waste", not "cut the hospital budget".
        int head = -1;
        for (int q = p + 1; q <= p + 3 && q < n; q++) {
          if (clauseBreakBetween(s, words.get(q - 1), words.get(q))) {
            break;
          }
          boolean nominal = (isNoun(s, words.get(q)) || s.tags()[words.get(q)].equals("ADJ"))
              && !s.lower()[words.get(q)].endsWith("ly");
          if (nominal && (q + 1 >= n || !isNoun(s, words.get(q + 1)))) {
            head = q;
            break;
          }
        }
        for (int q = p + 1; q <= head; q++) {
          String tag = s.tags()[words.get(q)];
          boolean nounOrAdjective = q == head || tag.equals("ADJ");
          if (valence[q] < 0 && !negated[q] && nounOrAdjective) {
            valence[q] *= REDUCTION_SCALAR;
            flipped = true;
          }
        }
      }
      if (!flipped && falling) {
        for (int q = p - 1; q >= p - 2 && q >= 0; q--) {
          if (clauseBreakBetween(s, words.get(q), words.get(q + 1))) {
            break;
          }
          if (valence[q] < 0 && !negated[q] && isNoun(s, words.get(q))) {
            valence[q] *= REDUCTION_SCALAR;
            flipped = true;
            break;
          }
        }
      }
      if (flipped && valence[p] < 0) {
        valence[p] = 0;
      }
    }
  }

  private static boolean isNoun(TokenizedSentence s, int t) {
    return s.tags()[t].equals("NOUN") || s.tags()[t].equals("PROPN");
  }

  /** The tag the rules use for token t: "like" after a subject pronoun or an auxiliary counts as a verb. */
  private static String likeTag(TokenizedSentence s, int t) {
    if (s.lower()[t].equals("like") && t > 0 && BEFORE_VERB_LIKE.contains(s.lower()[t - 1])) {
      return "VERB";
    }
    return s.tags()[t];
  }

  /** Lexicon valence of one word: VADER's by word form, then the editorial lexicon, then both by lemma. */
  public double lookup(String lower, String lemma, String tag) {
    if (lower.equals("no") || lower.equals("n't")) {
      return 0;
    }
    if (lower.equals("like") && NON_VALENT_TAGS_FOR_LIKE.contains(tag)) {
      return 0;
    }
    if (lower.equals("well") && tag.equals("INTJ")) {
      return 0;
    }
    Double v = editorial.override(lower, tag);
    if (v == null) {
      v = vader.get(lower);
    }
    if (v == null) {
      v = editorial.valence(lower);
    }
    if (v == null && !lemma.equals(lower)) {
      v = editorial.override(lemma, tag);
      if (v == null) {
        v = vader.get(lemma);
      }
      if (v == null) {
        v = editorial.valence(lemma);
      }
    }
    return v == null ? 0 : v;
  }

  private void matchPhrases(TokenizedSentence s, List<Integer> words, double[] base, int[] phraseStart,
      boolean[] skip) {
    int n = words.size();
    for (int p = 0; p < n; p++) {
      int t = words.get(p);
      List<EditorialLexicon.Phrase> candidates = new ArrayList<>(editorial.phrasesStartingWith(s.lower()[t]));
      if (!s.lemmas()[t].equals(s.lower()[t])) {
        candidates.addAll(editorial.phrasesStartingWith(s.lemmas()[t]));
      }
      EditorialLexicon.Phrase best = null;
      for (EditorialLexicon.Phrase phrase : candidates) {
        if (matches(s, words, p, phrase) && (best == null || phrase.words().length > best.words().length)) {
          best = phrase;
        }
      }
      if (best == null) {
        continue;
      }
      int last = p + best.words().length - 1;
      for (int q = p; q < last; q++) {
        skip[q] = true;
      }
      base[last] = best.valence();
      phraseStart[last] = p;
      p = last;
    }
  }

  private static boolean matches(TokenizedSentence s, List<Integer> words, int p, EditorialLexicon.Phrase phrase) {
    String[] want = phrase.words();
    if (p + want.length > words.size()) {
      return false;
    }
    for (int k = 0; k < want.length; k++) {
      int t = words.get(p + k);
      if (k > 0 && t != words.get(p + k - 1) + 1 && !isApostropheJoin(s, t)) {
        return false;
      }
      if (!want[k].equals(s.lower()[t]) && !want[k].equals(s.lemmas()[t])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostropheJoin(TokenizedSentence s, int t) {
    return t > 0 && s.lower()[t - 1].equals("'");
  }

  private static boolean clauseBreakBetween(TokenizedSentence s, int fromToken, int toToken) {
    for (int t = fromToken + 1; t < toToken; t++) {
      if (CLAUSE_BREAKS.contains(s.lower()[t])) {
        return true;
      }
    }
    return false;
  }

  /**
   * VADER's "but" rule extended to the other contrast words: before the first one words count half, after it one
   * and a half. Without one, a leading concessive clause ("Although …,") counts half. Returns which words lie after
   * a contrast.
   */
  private static boolean[] applyContrast(TokenizedSentence s, List<Integer> words, double[] valence) {
    int n = words.size();
    boolean[] after = new boolean[n];
    int contrast = -1;
    for (int p = 0; p < n; p++) {
      String w = s.lower()[words.get(p)];
      if (CONTRAST.contains(w) && !(w.equals("yet") && p > 0 && isNotOrAs(s.lower()[words.get(p - 1)]))) {
        contrast = p;
        break;
      }
    }
    if (contrast >= 0) {
      for (int p = 0; p < n; p++) {
        if (p < contrast) {
          valence[p] *= 0.5;
        } else if (p > contrast) {
          valence[p] *= 1.5;
          after[p] = true;
        }
      }
      return after;
    }
    for (int p = 0; p < n; p++) {
      if (CONCESSIVE.contains(s.lower()[words.get(p)])) {
        int end = p + 1;
        while (end < n && !clauseBreakBetween(s, words.get(end - 1), words.get(end))) {
          end++;
        }
        if (end < n) {
          for (int q = p; q < end; q++) {
            valence[q] *= 0.5;
          }
          for (int q = end; q < n; q++) {
            after[q] = true;
          }
        }
        break;
      }
    }
    return after;
  }

  private static boolean isNotOrAs(String w) {
    return w.equals("not") || w.equals("n't") || w.equals("as");
  }

  private static Score summarise(TokenizedSentence s, List<Integer> words, double[] valence, boolean[] negated,
      boolean[] afterContrast) {
    double sum = 0;
    double positive = 0;
    double negative = 0;
    double negatedSum = 0;
    double afterSum = 0;
    double[] byClass = new double[Score.WORD_CLASSES.size()];
    int valent = 0;
    for (int p = 0; p < valence.length; p++) {
      double v = valence[p];
      if (v == 0) {
        continue;
      }
      valent++;
      sum += v;
      if (v > 0) {
        positive += v;
      } else {
        negative += v;
      }
      if (negated[p]) {
        negatedSum += v;
      }
      if (afterContrast[p]) {
        afterSum += v;
      }
      byClass[wordClass(s.tags()[words.get(p)])] += v;
    }
    double emphasis = VaderScorer.punctuationEmphasis(s.text());
    double total = sum == 0 ? 0 : sum + (sum > 0 ? emphasis : -emphasis);
    return new Score(VaderScorer.normalise(total), sum, positive, negative, negatedSum, afterSum, valent,
        words.size(), cues(s, words, valence), byClass);
  }

  private static int wordClass(String tag) {
    return switch (tag) {
      case "ADJ" -> 0;
      case "ADV" -> 1;
      case "VERB" -> 2;
      case "NOUN", "PROPN" -> 3;
      default -> 4;
    };
  }

  /** Up to three words with the largest absolute valence, signed: "+welcome", "-brutal". */
  private static List<String> cues(TokenizedSentence s, List<Integer> words, double[] valence) {
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < valence.length; p++) {
      if (valence[p] != 0) {
        order.add(p);
      }
    }
    order.sort(Comparator.comparingDouble(p -> -Math.abs(valence[p])));
    List<String> cues = new ArrayList<>();
    for (int p : order.subList(0, Math.min(3, order.size()))) {
      cues.add((valence[p] > 0 ? "+" : "-") + s.lower()[words.get(p)]);
    }
    return cues;
  }

  private static boolean isUpper(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  private static boolean capsDiffer(TokenizedSentence s, List<Integer> words) {
    int upper = 0;
    for (int t : words) {
      if (isUpper(s.tokens()[t])) {
        upper++;
      }
    }
    return upper > 0 && upper < words.size();
  }
}
