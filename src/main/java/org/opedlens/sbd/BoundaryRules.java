package org.opedlens.sbd;

import java.util.Locale;

/**
 * The punctuation layer: finds every '.', '!', '?' and '…' in a stretch of text and decides, from the words around
 * it, whether a sentence ends there. Each decision is SPLIT, KEEP, or, where only a trained model can tell (an
 * ambiguous abbreviation before a capitalised word that is neither a name title nor a typical sentence opener),
 * the OpenNLP model's answer. One pass over the characters; words are only cut out around candidates.
 */
final class BoundaryRules {
  /** Answers whether OpenNLP's sentence model puts a boundary in {@code [from, to]} (absolute offsets). */
  interface Model {
    boolean splitsWithin(int from, int to);
  }

  private enum Decision { SPLIT, KEEP, MODEL }

  /** What the word before a period is. */
  private enum WordType { PLAIN, NUMBER, INITIAL, INITIALISM, AMBIGUOUS, PREPOSITIVE }

  /** How the next word starts. */
  private enum NextType { UPPER, LOWER, DIGIT, OTHER }

  private static final int MIN_LOWER_CLAUSE_WORDS = 5;
  private static final int MAX_INTRO_WORDS = 3;

  private BoundaryRules() {}

  /**
   * Adds to {@code ends} the end offset of every sentence that ends inside {@code text[start, end)} before its
   * last sentence (the stretch's end is a boundary anyway).
   */
  static void scan(String text, int start, int end, IntList ends, Model model) {
    int sentenceStart = skipSpace(text, start, end);
    // Whether a quotation is open: double quotes, curly or straight, and the '' that some archives use.
    boolean inQuote = false;
    int i = sentenceStart;
    while (i < end) {
      char c = text.charAt(i);
      if (!Chars.isTerminal(c)) {
        if (c == '"') {
          inQuote = !inQuote;
        } else if (c == '\u201C') {
          inQuote = true;
        } else if (c == '\u201D') {
          inQuote = false;
        } else if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
          inQuote = !inQuote;
          i++;
        }
        i++;
        continue;
      }
      Candidate candidate = Candidate.read(text, i, end);
      int boundary = decide(text, candidate, sentenceStart, start, end, inQuote, model);
      if (boundary >= 0) {
        ends.add(boundary);
        sentenceStart = skipSpace(text, boundary, end);
      }
      i = Math.max(candidate.groupEnd, i + 1);
    }
  }

  /** A run of terminal punctuation, with the closing quotes and brackets that belong to it. */
  private record Candidate(int first, int groupEnd, int closersEnd, int dots, boolean bang, boolean ellipsisChar,
      boolean spaced) {

    static Candidate read(String text, int i, int end) {
      int j = i;
      int dots = 0;
      boolean bang = false;
      boolean ellipsisChar = false;
      boolean spaced = false;
      while (j < end) {
        char ch = text.charAt(j);
        if (ch == '.') {
          dots++;
          j++;
        } else if (ch == '!' || ch == '?') {
          bang = true;
          j++;
        } else if (ch == '\u2026') {
          ellipsisChar = true;
          j++;
        } else if (ch == ' ' && dots > 0 && j + 1 < end && text.charAt(j + 1) == '.'
            && text.charAt(j - 1) == '.' && isSpacedDotEnd(text, j + 2, end)) {
          // ". . ." : dots separated by single spaces
          spaced = true;
          j++;
        } else {
          break;
        }
      }
      int k = j;
      while (k < end && Chars.isCloser(text.charAt(k)) && closesHere(text, k + 1, end)) {
        k++;
      }
      if (k > j) {
        k = strayQuotes(text, k, end);
      }
      return new Candidate(i, j, k, dots, bang, ellipsisChar, spaced);
    }

    /** "Adults.' '' Not": a token of closing quotes alone, after a closed quotation, still closes it. */
    private static int strayQuotes(String text, int k, int end) {
      if (k + 1 >= end || text.charAt(k) != ' ' || !isQuote(text.charAt(k + 1))) {
        return k;
      }
      int q = k + 1;
      while (q < end && isQuote(text.charAt(q))) {
        q++;
      }
      return q >= end || Chars.isSpace(text.charAt(q)) ? q : k;
    }

    private static boolean isQuote(char c) {
      return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019';
    }

    /** The char after a dot of a spaced ellipsis: space, end, another dot or a closer. */
    private static boolean isSpacedDotEnd(String text, int at, int end) {
      if (at >= end) {
        return true;
      }
      char c = text.charAt(at);
      return c == ' ' || c == '.' || Chars.isCloser(c) || Chars.isSpace(c);
    }

    /** A quote or bracket closes when space, the end or more closing punctuation follows (not "Jr.'s"). */
    private static boolean closesHere(String text, int after, int end) {
      if (after >= end) {
        return true;
      }
      char c = text.charAt(after);
      return Chars.isSpace(c) || Chars.isCloser(c);
    }
  }

  private static int decide(String text, Candidate c, int sentenceStart, int start, int end, boolean inQuote,
      Model model) {
    int i = c.first;
    // "[...]" and "(...)" mark an omission, never an end.
    if (i > start && (text.charAt(i - 1) == '[' || text.charAt(i - 1) == '(') && !c.bang) {
      return -1;
    }
    int k = c.closersEnd;
    if (k >= end) {
      return -1;
    }
    if (!Chars.isSpace(text.charAt(k))) {
      return missingSpace(text, c, start, end) ? c.groupEnd : -1;
    }
    int next = skipSpace(text, k, end);
    if (next >= end) {
      return -1;
    }
    Next after = Next.read(text, next, end);

    if (c.bang) {
      return after.type == NextType.LOWER ? -1 : k;
    }
    int dots = c.dots;
    if (c.ellipsisChar || (!c.spaced && (dots == 2 || dots == 3))) {
      // Inside a quotation an ellipsis marks an omission ("no taxes ... No inflation ... No unemployment") and
      // the quoted sentence goes on; outside one, or where the quotation closes, a capital opens a new sentence.
      boolean closesQuote = k > c.groupEnd;
      if (inQuote && !closesQuote) {
        return -1;
      }
      return after.type == NextType.UPPER ? k : -1;
    }
    if (c.spaced) {
      boolean attached = i > start && !Chars.isSpace(text.charAt(i - 1));
      if (attached && dots == 4) {
        // "compounds. . . . The": a period, then an ellipsis that opens the next sentence.
        return after.type == NextType.UPPER ? i + 1 : -1;
      }
      if (dots >= 4) {
        return after.type == NextType.LOWER ? -1 : k;
      }
      if (dots == 3) {
        return -1;
      }
      // "full. . Everyone": a stray second period; the word before the first one decides.
    }
    if (dots >= 4) {
      return after.type == NextType.LOWER ? -1 : k;
    }
    return decidePeriod(text, c, sentenceStart, end, after, model) ? k : -1;
  }

  private static boolean decidePeriod(String text, Candidate c, int sentenceStart, int end, Next after,
      Model model) {
    int i = c.first;
    // The word never reaches back past the sentence start ("Tuesday.Mr. Smith": the word is "Mr").
    int tokenStart = i;
    while (tokenStart > sentenceStart && !Chars.isSpace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    int wordStart = tokenStart;
    while (wordStart < i && (Chars.isOpener(text.charAt(wordStart)) || Chars.isBullet(text.charAt(wordStart))
        || Chars.isDash(text.charAt(wordStart)))) {
      wordStart++;
    }
    String word = text.substring(wordStart, i);
    WordType type = wordType(word);

    if (isListMarker(word) && isSentenceStart(text, sentenceStart, wordStart)) {
      return false;
    }
    Decision decision = switch (type) {
      case PREPOSITIVE -> Decision.KEEP;
      case PLAIN, NUMBER -> switch (after.type) {
        case UPPER, DIGIT, OTHER -> Decision.SPLIT;
        case LOWER -> lowerCaseSentence(text, after, end) ? Decision.SPLIT : Decision.KEEP;
      };
      case INITIAL -> initial(text, word, after, sentenceStart, tokenStart, end);
      case INITIALISM, AMBIGUOUS -> {
        if (after.type != NextType.UPPER) {
          yield Decision.KEEP;
        }
        if (isIntroPhrase(text, sentenceStart, tokenStart)) {
          yield Decision.KEEP;
        }
        if (Abbreviations.isStarter(after.word) || Abbreviations.isNameTitle(after.word)) {
          yield Decision.SPLIT;
        }
        yield Decision.MODEL;
      }
    };
    return switch (decision) {
      case SPLIT -> true;
      case KEEP -> false;
      case MODEL -> model.splitsWithin(i + 1, after.start);
    };
  }

  /**
   * "Robert A. Manning", "I. M. Pei", "Iris and B. Gerald Cantor": an initial, unless a sentence opener follows or
   * it is the pronoun after a lower-case word ("you and I. Did").
   */
  private static Decision initial(String text, String word, Next after, int sentenceStart, int tokenStart,
      int end) {
    if (after.type != NextType.UPPER || isInitialChain(text, after, end)) {
      return Decision.KEEP;
    }
    if (Abbreviations.isStarter(after.word)) {
      return Decision.SPLIT;
    }
    return word.equals("I") && previousWordIsLowerCase(text, sentenceStart, tokenStart)
        ? Decision.SPLIT : Decision.KEEP;
  }

  /** The next word is another initial: "I. M. Pei", "B. D., rebuked". */
  private static boolean isInitialChain(String text, Next after, int end) {
    int letterAt = after.start;
    while (letterAt < end && Chars.isOpener(text.charAt(letterAt))) {
      letterAt++;
    }
    return after.word.length() == 1 && letterAt + 1 < end && text.charAt(letterAt + 1) == '.';
  }

  /** A period glued to the next sentence: "world.Today", "1,000.That" (not "U.S.A", "Mr.Smith", e-mail, URL). */
  private static boolean missingSpace(String text, Candidate c, int start, int end) {
    if (c.dots != 1 || c.bang || c.ellipsisChar || c.spaced || c.closersEnd != c.groupEnd) {
      return false;
    }
    int k = c.groupEnd;
    if (k + 1 >= end || !Character.isUpperCase(text.charAt(k)) || !Character.isLowerCase(text.charAt(k + 1))) {
      return false;
    }
    int i = c.first;
    int runStart = i;
    while (runStart > start && Character.isLetterOrDigit(text.charAt(runStart - 1))) {
      runStart--;
    }
    if (i - runStart < 2) {
      return false;
    }
    char last = text.charAt(i - 1);
    if (!Character.isLowerCase(last) && !Character.isDigit(last)) {
      return false;
    }
    String run = text.substring(runStart, i);
    if (Abbreviations.kind(run) != Abbreviations.Kind.NONE) {
      return false;
    }
    return !isWebToken(text, i, start, end);
  }

  /** How far around a period the web-token check looks: keeps a huge token without spaces linear. */
  private static final int WEB_TOKEN_REACH = 256;

  /** URLs, e-mail addresses and handles keep their inner periods. */
  private static boolean isWebToken(String text, int at, int start, int end) {
    int lowest = Math.max(start, at - WEB_TOKEN_REACH);
    int highest = Math.min(end, at + WEB_TOKEN_REACH);
    int tokenStart = at;
    while (tokenStart > lowest && !Chars.isSpace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    int tokenEnd = at;
    while (tokenEnd < highest && !Chars.isSpace(text.charAt(tokenEnd))) {
      tokenEnd++;
    }
    if (text.startsWith("www.", tokenStart)) {
      return true;
    }
    for (int p = tokenStart; p < tokenEnd; p++) {
      char ch = text.charAt(p);
      if (ch == '@' || (ch == ':' && text.startsWith("//", p + 1))) {
        return true;
      }
    }
    return false;
  }

  private static WordType wordType(String word) {
    int n = word.length();
    if (n == 0) {
      return WordType.PLAIN;
    }
    char last = word.charAt(n - 1);
    if (Chars.isCloser(last)) {
      return WordType.PLAIN;
    }
    if (isNumber(word)) {
      return WordType.NUMBER;
    }
    if (n == 1 && Character.isUpperCase(last)) {
      return WordType.INITIAL;
    }
    if (word.indexOf('.') > 0) {
      return switch (Abbreviations.kind(word)) {
        case PREPOSITIVE -> WordType.PREPOSITIVE;
        case AMBIGUOUS, NUMBER_PREFIX -> WordType.AMBIGUOUS;
        case NONE -> isInitialism(word) ? WordType.INITIALISM : WordType.PLAIN;
      };
    }
    return switch (Abbreviations.kind(word)) {
      case PREPOSITIVE -> WordType.PREPOSITIVE;
      case AMBIGUOUS, NUMBER_PREFIX -> WordType.AMBIGUOUS;
      // A lone lower-case letter with a period ("b.", "x.") is an abbreviation of something.
      case NONE -> n == 1 && Character.isLetter(last) ? WordType.AMBIGUOUS : WordType.PLAIN;
    };
  }

  /** "$100.00", "1,000", "2012", "1026.253.553": digits with the signs numbers carry. */
  private static boolean isNumber(String word) {
    boolean digit = false;
    for (int p = 0; p < word.length(); p++) {
      char ch = word.charAt(p);
      if (Character.isDigit(ch)) {
        digit = true;
      } else if (",.$€£%/:-+".indexOf(ch) < 0) {
        return false;
      }
    }
    return digit;
  }

  /** Letter groups of one to three letters joined by periods: "U.S", "a.m", "Ph.D", "U.S.A". */
  private static boolean isInitialism(String word) {
    int group = 0;
    for (int p = 0; p < word.length(); p++) {
      char ch = word.charAt(p);
      if (ch == '.') {
        if (group == 0) {
          return false;
        }
        group = 0;
      } else if (Character.isLetter(ch) && group < 3) {
        group++;
      } else {
        return false;
      }
    }
    return group > 0;
  }

  /** "1", "12", "a", "B", "iv": what numbers a list item. */
  private static boolean isListMarker(String word) {
    int n = word.length();
    if (n == 0 || n > 3) {
      return false;
    }
    if (n == 1) {
      return Character.isLetterOrDigit(word.charAt(0));
    }
    for (int p = 0; p < n; p++) {
      if (!Character.isDigit(word.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSentenceStart(String text, int sentenceStart, int wordStart) {
    for (int p = sentenceStart; p < wordStart; p++) {
      char ch = text.charAt(p);
      if (!Chars.isSpace(ch) && !Chars.isBullet(ch) && !Chars.isOpener(ch)) {
        return false;
      }
    }
    return true;
  }

  /** "you and I. Did": an initial after a lower-case word is a word, not part of a name. */
  private static boolean previousWordIsLowerCase(String text, int sentenceStart, int tokenStart) {
    int p = tokenStart - 1;
    while (p >= sentenceStart && Chars.isSpace(text.charAt(p))) {
      p--;
    }
    if (p < sentenceStart) {
      return false;
    }
    int wordEnd = p + 1;
    while (p >= sentenceStart && !Chars.isSpace(text.charAt(p))) {
      p--;
    }
    int q = p + 1;
    while (q < wordEnd && !Character.isLetter(text.charAt(q))) {
      q++;
    }
    return q < wordEnd && Character.isLowerCase(text.charAt(q)) && !isNameParticle(text.substring(q, wordEnd));
  }

  private static boolean isNameParticle(String word) {
    return switch (word) {
      case "de", "da", "del", "van", "von", "der", "den", "al", "bin", "el", "la", "le", "du", "ibn", "di" -> true;
      default -> false;
    };
  }

  /** "At 5 a.m. Mr. Smith ...": a short prepositional phrase before the abbreviation is no sentence. */
  private static boolean isIntroPhrase(String text, int sentenceStart, int tokenStart) {
    int words = 0;
    int firstStart = -1;
    int firstEnd = -1;
    boolean inWord = false;
    for (int p = sentenceStart; p < tokenStart; p++) {
      boolean space = Chars.isSpace(text.charAt(p));
      if (!space && !inWord) {
        words++;
        if (words > MAX_INTRO_WORDS) {
          return false;
        }
        if (words == 1) {
          firstStart = p;
        }
      }
      if (space && inWord && words == 1 && firstEnd < 0) {
        firstEnd = p;
      }
      inWord = !space;
    }
    if (words == 0) {
      return false;
    }
    if (firstEnd < 0) {
      firstEnd = tokenStart;
    }
    while (firstStart < firstEnd && Chars.isOpener(text.charAt(firstStart))) {
      firstStart++;
    }
    return Abbreviations.isIntroPreposition(text.substring(firstStart, firstEnd));
  }

  /** "... fuel prices. the arrest of his security chief ...": a long clause after a period, opened lower-case. */
  private static boolean lowerCaseSentence(String text, Next after, int end) {
    if (!Abbreviations.isLowerStarter(after.word)) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int p = after.start; p < end; p++) {
      char ch = text.charAt(p);
      if (ch == '.' || ch == '!' || ch == '?') {
        break;
      }
      boolean space = Chars.isSpace(ch);
      if (!space && !inWord && ++words >= MIN_LOWER_CLAUSE_WORDS) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }


  /** The next word: where it starts (after opening quotes and brackets), how it starts, and its letters. */
  private record Next(int start, NextType type, String word) {
    static Next read(String text, int at, int end) {
      int p = at;
      int limit = Math.min(end, at + 3);
      while (p < limit && Chars.isOpener(text.charAt(p))) {
        p++;
      }
      if (p >= end) {
        return new Next(at, NextType.OTHER, "");
      }
      char first = text.charAt(p);
      NextType type = Character.isUpperCase(first) ? NextType.UPPER
          : Character.isLowerCase(first) ? NextType.LOWER
          : Character.isDigit(first) ? NextType.DIGIT
          : NextType.OTHER;
      int q = p;
      while (q < end && (Character.isLetter(text.charAt(q))
          || (Chars.isApostrophe(text.charAt(q)) && q + 1 < end && Character.isLetter(text.charAt(q + 1))))) {
        q++;
      }
      String word = text.substring(p, q);
      if (word.indexOf('\u2019') >= 0) {
        word = word.replace('\u2019', '\'');
      }
      return new Next(at, type, type == NextType.LOWER ? word.toLowerCase(Locale.ROOT) : word);
    }
  }

  static int skipSpace(String text, int from, int end) {
    int p = from;
    while (p < end && Chars.isSpace(text.charAt(p))) {
      p++;
    }
    return p;
  }
}
