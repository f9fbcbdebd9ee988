package org.opedlens.sbd;

import java.util.Locale;
import java.util.Set;

/**
 * Line breaks inside a paragraph. Most are wraps (a PDF or an e-mail cut the line) and read as spaces; a break is
 * hard (it ends a sentence) when the paragraph is a block of lines none of which ends a sentence (a header, a menu,
 * a list), when the next line opens with a list marker, or when a short capitalised line without final punctuation
 * stands over a capitalised line (a headline or byline over the first sentence).
 */
final class LineRules {
  private LineRules() {}

  /** A line shorter than this share of the paragraph's longest line is not a wrapped line. */
  private static final double SHORT_LINE_SHARE = 0.7;

  private static final Set<String> CONTINUATION_WORDS =
      Set.of("and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at", "from",
          "as", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "his", "her", "their",
          "its", "our", "my", "your", "this", "these", "those", "than", "into", "about", "over", "under", "between",
          "not", "has", "have", "had", "will", "would", "could", "should", "can", "may", "if", "when", "while");

  /** Adds to {@code starts} the offset of every line in {@code text[start, end)} that opens a new stretch. */
  static void hardBreaks(String text, int start, int end, IntList starts) {
    int firstBreak = text.indexOf('\n', start);
    if (firstBreak < 0 || firstBreak >= end) {
      return;
    }
    IntList lines = new IntList();
    int maxLength = 0;
    boolean anyEnds = false;
    int p = start;
    while (p < end) {
      int lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      int s = BoundaryRules.skipSpace(text, p, lineEnd);
      int e = trimEnd(text, s, lineEnd);
      if (e > s) {
        lines.add(s);
        lines.add(e);
        maxLength = Math.max(maxLength, e - s);
        anyEnds |= endsSentence(text, s, e);
      }
      p = lineEnd + 1;
    }
    int count = lines.size() / 2;
    if (count < 2) {
      return;
    }
    boolean block = !anyEnds;
    for (int line = 1; line < count; line++) {
      int prevStart = lines.get(2 * line - 2);
      int prevEnd = lines.get(2 * line - 1);
      int lineStart = lines.get(2 * line);
      if (block || opensListItem(text, lineStart, end) || isHeadline(text, prevStart, prevEnd, lineStart, end,
          maxLength)) {
        starts.add(lineStart);
      }
    }
  }

  private static final Set<String> CLAUSE_OPENERS =
      Set.of("For", "When", "On", "In", "At", "As", "After", "Before", "Since", "While", "Although", "Though",
          "Because", "During", "Despite", "Until", "Nearly", "Almost", "Over", "Last", "This", "Few", "Many");

  private static final int MIN_HEADLINE_WORDS = 4;
  private static final int MAX_OPENER_LENGTH = 8;
  private static final int MIN_SENTENCE_WORDS = 5;

  /**
   * A headline and tag noise fused with a document's first sentence on one line ("... fears most about taiwan is
   * not its army Opinion Asia-Pacific China Security Defense For a week, the People's Liberation Army has
   * ..."): the last capitalised clause opener that follows a bare word mid-sentence and is followed by a lower-case
   * word or a number starts the real sentence. Mid-sentence capitalised openers are rare in prose (titles of works
   * are the exception, and those are followed by capitalised words); the rule looks at a document's first two
   * sentences only (a lower-case headline can hold a period of its own).
   * Returns the offset where the real sentence starts, or -1.
   */
  static int fusedHeadlineEnd(String text, int start, int end) {
    int found = -1;
    int words = 0;
    int p = start;
    int previousEnd = -1;
    int previousStart = -1;
    while (p < end) {
      while (p < end && Chars.isSpace(text.charAt(p))) {
        p++;
      }
      if (p >= end) {
        break;
      }
      int wordStart = p;
      while (p < end && !Chars.isSpace(text.charAt(p))) {
        p++;
      }
      words++;
      if (words > MIN_HEADLINE_WORDS && Character.isUpperCase(text.charAt(wordStart))
          && p - wordStart <= MAX_OPENER_LENGTH && CLAUSE_OPENERS.contains(text.substring(wordStart, p))
          && bareWord(text, previousStart, previousEnd) && opensClause(text, p, end)) {
        found = wordStart;
      }
      previousStart = wordStart;
      previousEnd = p;
    }
    if (found < 0 || countWords(text, found, end) < MIN_SENTENCE_WORDS) {
      return -1;
    }
    return found;
  }

  /** A word without punctuation after it that is not a function word ("the For Sale sign"). */
  private static boolean bareWord(String text, int start, int end) {
    char last = text.charAt(end - 1);
    if (!Character.isLetterOrDigit(last)) {
      return false;
    }
    return !CONTINUATION_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * After the opener: a lower-case word, a number, or a capitalised word with a comma ("For most", "For a week",
   * "On 12 May", "On Tuesday, ..."); titles of works ("The Land Before Time") go on capitalised.
   */
  private static boolean opensClause(String text, int from, int end) {
    int p = from;
    while (p < end && Chars.isSpace(text.charAt(p))) {
      p++;
    }
    if (p >= end) {
      return false;
    }
    char first = text.charAt(p);
    if (Character.isLowerCase(first) || Character.isDigit(first)) {
      return true;
    }
    while (p < end && Character.isLetter(text.charAt(p))) {
      p++;
    }
    return Character.isUpperCase(first) && p < end && text.charAt(p) == ',';
  }

  private static int countWords(String text, int start, int end) {
    int words = 0;
    boolean inWord = false;
    for (int p = start; p < end; p++) {
      boolean space = Chars.isSpace(text.charAt(p));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean endsSentence(String text, int start, int end) {
    int e = end;
    while (e > start && Chars.isCloser(text.charAt(e - 1))) {
      e--;
    }
    return e > start && Chars.isTerminal(text.charAt(e - 1));
  }

  private static boolean opensListItem(String text, int at, int end) {
    return Chars.isBullet(text.charAt(at)) || ListRules.Marker.read(text, at, end) != null
        || (text.charAt(at) == '-' || text.charAt(at) == '*') && at + 1 < end && text.charAt(at + 1) == ' ';
  }

  private static boolean isHeadline(String text, int prevStart, int prevEnd, int lineStart, int end,
      int maxLength) {
    if (endsSentence(text, prevStart, prevEnd) || prevEnd - prevStart >= SHORT_LINE_SHARE * maxLength) {
      return false;
    }
    char last = text.charAt(prevEnd - 1);
    if (",;:-\u2013\u2014(/&".indexOf(last) >= 0) {
      return false;
    }
    int lastWord = prevEnd;
    while (lastWord > prevStart && !Chars.isSpace(text.charAt(lastWord - 1))) {
      lastWord--;
    }
    if (CONTINUATION_WORDS.contains(text.substring(lastWord, prevEnd).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return opensCapitalised(text, prevStart, prevEnd) && opensCapitalised(text, lineStart, end);
  }

  private static boolean opensCapitalised(String text, int at, int end) {
    int p = at;
    while (p < end && Chars.isOpener(text.charAt(p))) {
      p++;
    }
    return p < end && (Character.isUpperCase(text.charAt(p)) || Character.isDigit(text.charAt(p)));
  }
}
