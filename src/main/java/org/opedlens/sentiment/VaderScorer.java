package org.opedlens.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The VADER rules (Hutto and Gilbert 2014) over its lexicon: boosters and dampeners, capitalisation emphasis,
 * negation in the three preceding words, "but" shifting weight to the clause after it, and "!"/"?" emphasis. The
 * compound score is in [-1, 1]. Thread-safe and stateless; the lexicon is shared per JVM.
 */
public final class VaderScorer {
  public static final String VERSION = "vader-rules-1";

  static final double BOOST_INCREMENT = 0.293;
  static final double BOOST_DECREMENT = -0.293;
  static final double CAPS_INCREMENT = 0.733;
  static final double NEGATION_SCALAR = -0.74;
  private static final double NORMALISATION_ALPHA = 15.0;

  static final Set<String> NEGATIONS =
      Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
          "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
          "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
          "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh",
          "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont",
          "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite", "hardly", "scarcely", "barely", "no");

  static final Map<String, Double> BOOSTERS =
      Map.ofEntries(
          Map.entry("absolutely", BOOST_INCREMENT), Map.entry("amazingly", BOOST_INCREMENT),
          Map.entry("awfully", BOOST_INCREMENT), Map.entry("completely", BOOST_INCREMENT),
          Map.entry("considerably", BOOST_INCREMENT), Map.entry("decidedly", BOOST_INCREMENT),
          Map.entry("deeply", BOOST_INCREMENT), Map.entry("enormously", BOOST_INCREMENT),
          Map.entry("entirely", BOOST_INCREMENT), Map.entry("especially", BOOST_INCREMENT),
          Map.entry("exceptionally", BOOST_INCREMENT), Map.entry("extremely", BOOST_INCREMENT),
          Map.entry("fabulously", BOOST_INCREMENT), Map.entry("greatly", BOOST_INCREMENT),
          Map.entry("highly", BOOST_INCREMENT), Map.entry("hugely", BOOST_INCREMENT),
          Map.entry("incredibly", BOOST_INCREMENT), Map.entry("intensely", BOOST_INCREMENT),
          Map.entry("majorly", BOOST_INCREMENT), Map.entry("more", BOOST_INCREMENT),
          Map.entry("most", BOOST_INCREMENT), Map.entry("particularly", BOOST_INCREMENT),
          Map.entry("purely", BOOST_INCREMENT), Map.entry("quite", BOOST_INCREMENT),
          Map.entry("really", BOOST_INCREMENT), Map.entry("remarkably", BOOST_INCREMENT),
          Map.entry("so", BOOST_INCREMENT), Map.entry("substantially", BOOST_INCREMENT),
          Map.entry("thoroughly", BOOST_INCREMENT), Map.entry("totally", BOOST_INCREMENT),
          Map.entry("tremendously", BOOST_INCREMENT), Map.entry("uber", BOOST_INCREMENT),
          Map.entry("unbelievably", BOOST_INCREMENT), Map.entry("unusually", BOOST_INCREMENT),
          Map.entry("utterly", BOOST_INCREMENT), Map.entry("very", BOOST_INCREMENT),
          Map.entry("almost", BOOST_DECREMENT), Map.entry("barely", BOOST_DECREMENT),
          Map.entry("hardly", BOOST_DECREMENT), Map.entry("kinda", BOOST_DECREMENT),
          Map.entry("less", BOOST_DECREMENT), Map.entry("little", BOOST_DECREMENT),
          Map.entry("marginally", BOOST_DECREMENT), Map.entry("occasionally", BOOST_DECREMENT),
          Map.entry("partly", BOOST_DECREMENT), Map.entry("scarcely", BOOST_DECREMENT),
          Map.entry("slightly", BOOST_DECREMENT), Map.entry("somewhat", BOOST_DECREMENT),
          Map.entry("sorta", BOOST_DECREMENT), Map.entry("fairly", BOOST_DECREMENT),
          Map.entry("pretty", BOOST_DECREMENT), Map.entry("relatively", BOOST_DECREMENT));

  private final Map<String, Double> lexicon;

  public VaderScorer() {
    this(VaderLexicon.valences());
  }

  public VaderScorer(Map<String, Double> lexicon) {
    this.lexicon = lexicon;
  }

  /** Compound score, the positive/negative/neutral proportions, and the words that carried the most valence. */
  public record Score(double compound, double positive, double negative, double neutral, List<String> cues) {}

  public Score score(String sentence) {
    List<String> words = words(sentence);
    boolean capsDiffer = capsDiffer(words);
    double[] valences = new double[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String lower = words.get(i).toLowerCase(Locale.ROOT);
      if (BOOSTERS.containsKey(lower)) {
        continue;
      }
      if (i < words.size() - 1 && lower.equals("kind") && words.get(i + 1).equalsIgnoreCase("of")) {
        continue;
      }
      valences[i] = valence(words, i, capsDiffer);
    }
    applyBut(words, valences);
    return summarise(sentence, words, valences);
  }

  private double valence(List<String> words, int i, boolean capsDiffer) {
    String word = words.get(i);
    String lower = word.toLowerCase(Locale.ROOT);
    Double base = lexicon.get(lower);
    if (base == null) {
      return 0;
    }
    double valence = base;
    if (capsDiffer && isUpper(word)) {
      valence += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
    }
    for (int back = 1; back <= 3 && i - back >= 0; back++) {
      String before = words.get(i - back).toLowerCase(Locale.ROOT);
      if (!lexicon.containsKey(before)) {
        double boost = boost(words.get(i - back), valence, capsDiffer);
        if (back == 2) {
          boost *= 0.95;
        } else if (back == 3) {
          boost *= 0.9;
        }
        valence += boost;
      }
      if (isNegation(before)) {
        // "never so good" and "never this bad" intensify rather than negate.
        boolean neverSo =
            back > 1 && before.equals("never")
                && (words.get(i - 1).equalsIgnoreCase("so") || words.get(i - 1).equalsIgnoreCase("this"));
        valence *= neverSo ? 1.25 : NEGATION_SCALAR;
        break;
      }
    }
    if (i > 0 && words.get(i - 1).equalsIgnoreCase("least")
        && (i < 2 || !(words.get(i - 2).equalsIgnoreCase("at") || words.get(i - 2).equalsIgnoreCase("very")))) {
      valence *= NEGATION_SCALAR;
    }
    return valence;
  }

  private static double boost(String word, double valence, boolean capsDiffer) {
    Double scalar = BOOSTERS.get(word.toLowerCase(Locale.ROOT));
    if (scalar == null) {
      return 0;
    }
    double boost = valence < 0 ? -scalar : scalar;
    if (capsDiffer && isUpper(word)) {
      boost += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
    }
    return boost;
  }

  static boolean isNegation(String lower) {
    return NEGATIONS.contains(lower) || lower.endsWith("n't");
  }

  /** Words before "but" count half, words after it one and a half times. */
  private static void applyBut(List<String> words, double[] valences) {
    int but = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equalsIgnoreCase("but")) {
        but = i;
        break;
      }
    }
    if (but < 0) {
      return;
    }
    for (int i = 0; i < valences.length; i++) {
      if (i < but) {
        valences[i] *= 0.5;
      } else if (i > but) {
        valences[i] *= 1.5;
      }
    }
  }

  private Score summarise(String sentence, List<String> words, double[] valences) {
    double sum = 0;
    double positive = 0;
    double negative = 0;
    int neutral = 0;
    for (double v : valences) {
      sum += v;
      if (v > 0) {
        positive += v + 1;
      } else if (v < 0) {
        negative += v - 1;
      } else {
        neutral++;
      }
    }
    double emphasis = punctuationEmphasis(sentence);
    if (sum > 0) {
      sum += emphasis;
      positive += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
      negative -= emphasis;
    }
    double compound = normalise(sum);
    double total = positive + Math.abs(negative) + neutral;
    List<String> cues = cues(words, valences);
    if (total == 0) {
      return new Score(compound, 0, 0, 1, cues);
    }
    return new Score(compound, positive / total, Math.abs(negative) / total, neutral / total, cues);
  }

  /** Up to three words with the largest absolute valence, signed: "+welcome", "-brutal". */
  private static List<String> cues(List<String> words, double[] valences) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < valences.length; i++) {
      if (valences[i] != 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble(i -> -Math.abs(valences[i])));
    List<String> cues = new ArrayList<>();
    for (int i : order.subList(0, Math.min(3, order.size()))) {
      cues.add((valences[i] > 0 ? "+" : "-") + words.get(i).toLowerCase(Locale.ROOT));
    }
    return cues;
  }

  static double punctuationEmphasis(String sentence) {
    long exclamations = sentence.chars().filter(c -> c == '!').count();
    long questions = sentence.chars().filter(c -> c == '?').count();
    double emphasis = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      emphasis += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return emphasis;
  }

  static double normalise(double score) {
    double normalised = score / Math.sqrt(score * score + NORMALISATION_ALPHA);
    return Math.max(-1.0, Math.min(1.0, normalised));
  }

  /** VADER's own word split: white space, then punctuation stripped from the ends unless that leaves ≤ 2 chars. */
  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    for (String raw : sentence.replace('\u2019', '\'').split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      String stripped = stripPunctuation(raw);
      String word = stripped.length() <= 2 ? raw : stripped;
      if (word.length() > 1 || Character.isLetterOrDigit(word.charAt(0))) {
        words.add(word);
      }
    }
    return words;
  }

  private static String stripPunctuation(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isPunctuation(raw.charAt(start))) {
      start++;
    }
    while (end > start && isPunctuation(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
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

  private static boolean capsDiffer(List<String> words) {
    int upper = 0;
    for (String word : words) {
      if (isUpper(word)) {
        upper++;
      }
    }
    return upper > 0 && upper < words.size();
  }
}
