package org.opedlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes scrape noise from an op-ed's text, as small steps in a fixed order (like an analysis chain): markup and
 * entities, then whole noise lines, then social-media sentences, then white space. Paragraphs come out separated by
 * one blank line. Quotes and apostrophes are kept as written: the tokenizer folds them one char for one char
 * ({@code TextAnalyzer.foldQuotes}), so sentence offsets stay valid in the stored text. Every pattern here is
 * linear-time (RegexSafetyTest runs each over 1 MB of adversarial text).
 */
public final class TextCleaner {
  private TextCleaner() {}

  /** An HTML tag or comment opener; the tag name decides whether it breaks a paragraph. */
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]{0,15}|!--)[^<>]{0,1000}>");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});?");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]{1,9});");
  /** Inline formatting: removed without a trace, so "<b>word</b>." stays "word.". */
  private static final Set<String> INLINE_TAGS =
      Set.of("b", "i", "em", "strong", "a", "span", "u", "s", "small", "sup", "sub", "mark", "abbr", "cite", "q",
          "font", "time");
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "tr", "table",
          "section", "article", "header", "footer", "figure", "figcaption", "aside", "hr");
  private static final String SHARE_WORD =
      "(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|copy link|copy|"
          + "tweet|share|save|comment|comments|messenger|flipboard|pocket|more)";
  private static final Pattern NOISE_LINE =
      Pattern.compile(
          "(?i)^(?:advertisement|advertising|ad|sponsored|sponsored content|supported by|story continues below"
              + "(?: advertisement)?|continue reading(?: the main story)?|skip (?:to )?(?:main )?content|skip advert"
              + "|share this(?: article| story| page)?(?: on [a-z]{1,12})?|share on [a-z]{1,12}|share via [a-z]{1,12}"
              + "|click (?:here )?to (?:share|print|email|tweet)[^\\n]{0,80}|opens in (?:a )?new window"
              + "|sign up (?:for|to) [^\\n]{0,120}|subscribe(?: now| today| here| to [^\\n]{0,60})?[.!]?"
              + "|read more(?::[^\\n]{0,200}| here| at [^\\n]{0,80})?"
              + "|related(?: articles| stories| coverage| content| reading)?(?::[^\\n]{0,200})?"
              + "|most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|listen to this article"
              + "[^\\n]{0,40}|(?:tags|topics|filed under|categories|keywords):[^\\n]{0,300}"
              + "|(?:image|photo|photograph|picture|video|illustration)(?: credit)?:[^\\n]{0,200}"
              + "|(?:\u00a9|\\(c\\)|copyright(?: \u00a9| \\(c\\))?) ?[^\\n]{0,40}\\d{4}[^\\n]{0,200}|all rights reserved\\.?"
              + "|the (?:views|opinions) expressed in this (?:article|column|piece|post|commentary|op-ed)[^\\n]{0,300}"
              + "|" + SHARE_WORD + "(?:[ |\u2022\u00b7,/]{1,5}" + SHARE_WORD + "){0,12})\\.?$");
  /** "Follow him on Twitter @ Rmanning4." and its variants, as a sentence anywhere in a paragraph. */
  private static final Pattern SOCIAL_SENTENCE =
      Pattern.compile(
          "(?i)(?:^|(?<=[.!?\u201d\"]))[ ]?(?:you can |please )?(?:follow|find|connect with|reach) (?:him|her|them|me|us"
              + "|[\\p{L}.'-]{1,30}(?: [\\p{L}.'-]{1,30}){0,3}) (?:on|at|via) (?:twitter|x|facebook|instagram|linkedin"
              + "|threads|bluesky|mastodon|tiktok|substack)[^.\\n]{0,80}(?:\\.|$)");
  /** A whole line that is only a handle or a "Twitter: @x" credit. */
  private static final Pattern HANDLE_LINE =
      Pattern.compile("(?i)^(?:(?:twitter|x|instagram|email|e-mail):? ?)?@ ?[a-z0-9_.]{1,40}(?:@[a-z0-9.-]{1,60})?$");

  /** Removes markup, entities and scrape noise; paragraphs separated by one blank line. */
  public static String clean(String text) {
    return cleanUnmarked(unmark(text));
  }

  /** Cleans text whose markup and entities {@link #unmark} already removed. */
  public static String cleanUnmarked(String unmarked) {
    String[] lines = normaliseLineEnds(unmarked).split("\n", -1);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String rawLine : lines) {
      String line = collapseSpaces(rawLine);
      if (line.isEmpty() || isNoiseLine(line)) {
        flush(paragraph, paragraphs);
        continue;
      }
      line = collapseSpaces(SOCIAL_SENTENCE.matcher(line).replaceAll(""));
      if (line.isEmpty()) {
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    flush(paragraph, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /** Whether a whole (collapsed) line is scrape noise: ads, share buttons, tags, credits, handles. */
  public static boolean isNoiseLine(String line) {
    return line.length() <= 400 && (NOISE_LINE.matcher(line).matches() || HANDLE_LINE.matcher(line).matches());
  }

  static String normaliseLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Strips HTML tags (block tags become paragraph breaks), decodes entities, and drops invisible characters (soft
   * hyphens, zero-width spaces, BOMs) and control characters other than tab and newline.
   */
  public static String unmark(String text) {
    String untagged = text;
    if (text.indexOf('<') >= 0) {
      Matcher tag = TAG.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      while (tag.find()) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        String replacement = INLINE_TAGS.contains(name) ? "" : " ";
        if (BLOCK_TAGS.contains(name)) {
          replacement = name.equals("br") ? "\n" : "\n\n";
        }
        tag.appendReplacement(out, replacement);
      }
      tag.appendTail(out);
      untagged = out.toString();
    }
    String decoded = decodeEntities(untagged);
    StringBuilder out = null;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      boolean drop = c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
          || c == '\uFEFF' || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r'
              && c != '\f');
      if (drop && out == null) {
        out = new StringBuilder(decoded.length());
        out.append(decoded, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? decoded : out.toString();
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  /** Collapses runs of white space (including no-break and zero-width spaces) to one space; trims both ends. */
  public static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
          Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("rsquo", "\u2019"),
          Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"),
          Map.entry("sbquo", "\u201A"), Map.entry("bdquo", "\u201E"), Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"), Map.entry("lsaquo", "\u2039"), Map.entry("rsaquo", "\u203A"),
          Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"), Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"),
          Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"),
          Map.entry("cent", "\u00A2"), Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"),
          Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"), Map.entry("shy", ""),
          Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("thinsp", " "), Map.entry("ensp", " "),
          Map.entry("emsp", " "), Map.entry("prime", "\u2032"), Map.entry("Prime", "\u2033"),
          Map.entry("frac12", "\u00BD"), Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"),
          Map.entry("iexcl", "\u00A1"), Map.entry("iquest", "\u00BF"), Map.entry("szlig", "\u00DF"),
          Map.entry("aelig", "\u00E6"), Map.entry("AElig", "\u00C6"), Map.entry("oelig", "\u0153"),
          Map.entry("OElig", "\u0152"), Map.entry("oslash", "\u00F8"), Map.entry("Oslash", "\u00D8"),
          Map.entry("aring", "\u00E5"), Map.entry("Aring", "\u00C5"), Map.entry("ccedil", "\u00E7"),
          Map.entry("Ccedil", "\u00C7"), Map.entry("ntilde", "\u00F1"), Map.entry("Ntilde", "\u00D1"),
          Map.entry("eth", "\u00F0"), Map.entry("thorn", "\u00FE"));
  /** Accented Latin letters: &eacute; &Uuml; ... built from the base letter and the accent's combining mark. */
  private static final Map<String, Character> ACCENTS =
      Map.of("acute", '\u0301', "grave", '\u0300', "circ", '\u0302', "uml", '\u0308', "tilde", '\u0303');

  /** Decodes numeric entities, the common named ones and accented letters ({@code &eacute;}); leaves others. */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher numeric = NUMERIC_ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (numeric.find()) {
      String value = numeric.group(1).toLowerCase(Locale.ROOT);
      int codePoint = value.startsWith("x") ? Integer.parseInt(value.substring(1), 16) : Integer.parseInt(value);
      String replacement =
          Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : " ";
      numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    numeric.appendTail(out);
    Matcher named = NAMED_ENTITY.matcher(out);
    StringBuilder decoded = new StringBuilder(out.length());
    while (named.find()) {
      String replacement = namedEntity(named.group(1));
      named.appendReplacement(decoded, Matcher.quoteReplacement(replacement == null ? named.group() : replacement));
    }
    named.appendTail(decoded);
    return decoded.toString();
  }

  private static String namedEntity(String name) {
    String simple = NAMED.get(name);
    if (simple != null) {
      return simple;
    }
    if (name.length() >= 4) {
      Character mark = ACCENTS.get(name.substring(1));
      if (mark != null && Character.isLetter(name.charAt(0))) {
        return java.text.Normalizer.normalize(name.charAt(0) + String.valueOf(mark), java.text.Normalizer.Form.NFC);
      }
    }
    return null;
  }
}
