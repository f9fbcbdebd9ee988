package org.opedlens.argument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Cuts a tagged sentence into clause-like pieces the way editorial units are often cut: at semicolons, colons and
 * dashes, and before a conjunction or relative word that follows a comma ("..., but", "..., which") or opens a
 * subordinate clause mid-sentence ("because", "although", "while"). Pieces shorter than three words are merged
 * into their neighbour. Used to teach the evidence classifier what fragments look like; the tokens, tags and
 * lemmas are reused, so nothing is re-tagged.
 */
public final class ClauseSplitter {
  static final int MIN_WORDS = 3;

  private static final Set<String> HARD_BREAKS = Set.of(";", ":", "--", "-");
  private static final Set<String> AFTER_COMMA =
      Set.of("but", "and", "yet", "while", "although", "though", "because", "which", "who", "whereas", "so",
          "since", "as", "when", "where", "even", "unless", "if");
  private static final Set<String> SUBORDINATORS = Set.of("because", "although", "whereas", "though", "unless");

  private ClauseSplitter() {}

  public static List<TokenizedSentence> split(TokenizedSentence s) {
    List<TokenizedSentence> out = new ArrayList<>();
    for (int[] r : ranges(s)) {
      out.add(slice(s, r[0], r[1]));
    }
    return out;
  }

  /** The token ranges {@code [from, to)} of the pieces {@link #split} returns, in order. */
  public static List<int[]> ranges(TokenizedSentence s) {
    String[] lower = s.lower();
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < lower.length; i++) {
      boolean cutBefore = false;
      int resume = i;
      if (HARD_BREAKS.contains(lower[i])) {
        cutBefore = true;
        resume = i + 1;
      } else if (lower[i].equals(",") && i + 1 < lower.length && AFTER_COMMA.contains(lower[i + 1])) {
        cutBefore = true;
        resume = i + 1;
      } else if (SUBORDINATORS.contains(lower[i]) && !lower[i - 1].equals(",")) {
        cutBefore = true;
      }
      if (cutBefore) {
        ranges.add(new int[] {start, i});
        start = resume;
        i = resume;
      }
    }
    ranges.add(new int[] {start, lower.length});
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      if (words(lower, r) == 0) {
        continue;
      }
      if (!merged.isEmpty() && (words(lower, r) < MIN_WORDS || words(lower, merged.get(merged.size() - 1))
          < MIN_WORDS)) {
        merged.get(merged.size() - 1)[1] = r[1];
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  private static int words(String[] lower, int[] range) {
    int n = 0;
    for (int i = range[0]; i < range[1]; i++) {
      if (!org.opedlens.ml.TextFeatures.isPunctuation(lower[i])) {
        n++;
      }
    }
    return n;
  }

  /** Tokens [from, to) as a sentence of their own, trailing punctuation dropped like in unit segmentations. */
  static TokenizedSentence slice(TokenizedSentence s, int from, int to) {
    while (to > from + 1 && (s.lower()[to - 1].equals(".") || s.lower()[to - 1].equals(","))) {
      to--;
    }
    String[] tokens = Arrays.copyOfRange(s.tokens(), from, to);
    return new TokenizedSentence(String.join(" ", tokens), tokens, Arrays.copyOfRange(s.lower(), from, to),
        Arrays.copyOfRange(s.tags(), from, to), Arrays.copyOfRange(s.lemmas(), from, to));
  }
}
