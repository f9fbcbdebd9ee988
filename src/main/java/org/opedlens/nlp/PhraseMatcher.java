package org.opedlens.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds multi-word phrases in a token sequence: the shared mechanism behind target lexicons, theme patterns and
 * actor gazetteers. Phrases are indexed by their first token, so a lookup costs one hash probe per token plus the
 * phrases that start there. Longest match wins at each position; matches do not overlap.
 */
public final class PhraseMatcher<T> implements Serializable {
  private final Map<String, List<Entry<T>>> byFirstToken = new HashMap<>();
  private int size;

  private record Entry<T>(String[] tokens, T value) implements Serializable {}

  public record Match<T>(int start, int end, T value) {}

  public void add(String[] phraseTokens, T value) {
    if (phraseTokens.length == 0) {
      return;
    }
    List<Entry<T>> entries = byFirstToken.computeIfAbsent(phraseTokens[0], k -> new ArrayList<>());
    entries.add(new Entry<>(phraseTokens, value));
    // Longest first, so the first hit at a position is the longest.
    entries.sort((a, b) -> Integer.compare(b.tokens().length, a.tokens().length));
    size++;
  }

  public int size() {
    return size;
  }

  public List<Match<T>> find(String[] tokens) {
    List<Match<T>> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      List<Entry<T>> entries = byFirstToken.get(tokens[i]);
      Entry<T> hit = null;
      if (entries != null) {
        for (Entry<T> entry : entries) {
          if (matchesAt(tokens, i, entry.tokens())) {
            hit = entry;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
      } else {
        matches.add(new Match<>(i, i + hit.tokens().length, hit.value()));
        i += hit.tokens().length;
      }
    }
    return matches;
  }

  private static boolean matchesAt(String[] tokens, int start, String[] phrase) {
    if (start + phrase.length > tokens.length) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(tokens[start + k])) {
        return false;
      }
    }
    return true;
  }
}
