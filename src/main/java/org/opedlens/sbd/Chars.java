package org.opedlens.sbd;

/** Character classes of the rule layer: plain switches, no regex, no allocation. */
final class Chars {
  private Chars() {}

  /** White space including the no-break and thin spaces that scraped text carries. */
  static boolean isSpace(char c) {
    return switch (c) {
      case ' ', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
          '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F',
          '\u3000' -> true;
      default -> false;
    };
  }

  /** Sentence-final punctuation that starts a candidate boundary. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isOpener(char c) {
    return switch (c) {
      case '"', '\'', '\u201C', '\u2018', '\u201E', '(', '[', '{', '\u00AB', '\u2039', '\u00BF', '\u00A1' -> true;
      default -> false;
    };
  }

  static boolean isCloser(char c) {
    return switch (c) {
      case '"', '\'', '\u201D', '\u2019', ')', ']', '}', '\u00BB', '\u203A' -> true;
      default -> false;
    };
  }

  /** List bullets; hyphens and asterisks are left out because prose uses them too. */
  static boolean isBullet(char c) {
    return switch (c) {
      case '\u2022', '\u25E6', '\u25AA', '\u2023', '\u2043', '\u25CF', '\u25A0', '\u25BA', '\u25B8', '\u25C6',
          '\u2219' -> true;
      default -> false;
    };
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
