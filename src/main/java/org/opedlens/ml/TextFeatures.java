package org.opedlens.ml;

import java.util.Map;
import java.util.Set;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Features every sentence model shares: lemma unigrams with negation scope ("NOT_" prefix after a negator up to the
 * next clause break), lemma bigrams, and shape cues (question, exclamation, quotation, first person).
 */
public final class TextFeatures {
  private TextFeatures() {}

  private static final Set<String> NEGATORS =
      Set.of("not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly",
          "barely", "scarcely", "cannot", "nowhere", "rarely", "seldom");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", ";", ":", "!", "?", "but", "yet", "however", "--");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "us", "me");

  public static boolean isNegator(String lower) {
    return NEGATORS.contains(lower) || lower.endsWith("n't");
  }

  /** True for tokens made only of punctuation. */
  public static boolean isPunctuation(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Which tokens lie inside a negation scope. */
  public static boolean[] negationScope(TokenizedSentence s) {
    boolean[] negated = new boolean[s.lower().length];
    boolean inScope = false;
    for (int i = 0; i < s.lower().length; i++) {
      String lower = s.lower()[i];
      if (CLAUSE_BREAKS.contains(lower)) {
        inScope = false;
      } else if (isNegator(lower)) {
        inScope = true;
        continue;
      }
      negated[i] = inScope;
    }
    return negated;
  }

  public static void addNgrams(TokenizedSentence s, Map<String, Double> out) {
    boolean[] negated = negationScope(s);
    String previous = "<s>";
    for (int i = 0; i < s.lemmas().length; i++) {
      String lemma = s.lemmas()[i];
      if (isPunctuation(lemma)) {
        if (lemma.equals("?") || lemma.equals("!") || lemma.equals("\"")) {
          out.put("p=" + lemma, 1.0);
        }
        previous = "<p>";
        continue;
      }
      if (Character.isDigit(lemma.charAt(0))) {
        lemma = "<num>";
      }
      out.put("w=" + (negated[i] ? "NOT_" : "") + lemma, 1.0);
      out.put("b=" + previous + "_" + lemma, 1.0);
      previous = lemma;
      if (FIRST_PERSON.contains(s.lower()[i])) {
        out.put("shape=first_person", 1.0);
      }
    }
    out.put("shape=bias", 1.0);
  }
}
