package org.opedlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes scrape noise from an op-ed's text, as small steps in a fixed order (like an analysis chain): markup and
 * entities, then whole noise lines, then social-media sentences, then white space. Paragraphs come out separated by
 * one blank line. Every pattern here is linear-time: no nested quantifiers over overlapping classes.
 */
public final class TextCleaner {
  private TextCleaner() {}

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^<>]{0,500}>");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");
  private static final Pattern NOISE_LINE =
      Pattern.compile(
          "(?i)^(advertisement|advertising|sponsored content|share this( article| story)?|share on (facebook|twitter|x)"
              + "|click here to .{0,80}|sign up for .{0,120}|subscribe( now| today)?.{0,80}|read more:?.{0,200}"
              + "|(facebook|twitter|linkedin|whatsapp|email|print|copy link|tweet|share)([ |•·,]+(facebook|twitter|linkedin|whatsapp|email|print|copy link|tweet|share)){0,8}"
              + "|related:? .{0,200}|story continues below.{0,40}|skip to (main )?content|image:? .{0,200}|photo:? .{0,200})$");
  /** "Follow him on Twitter @ Rmanning4." and its variants, as a sentence anywhere in a paragraph. */
  private static final Pattern SOCIAL_SENTENCE =
      Pattern.compile(
          "(?i)(^|(?<=[.!?]))\\s*(follow|find|connect with) (him|her|them|me|us|[a-z]{1,20}) on (twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)[^.\\n]{0,80}(\\.|$)");

  public static String clean(String text) {
    String unmarked = decodeEntities(TAG.matcher(text).replaceAll(" "));
    String[] lines = unmarked.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String rawLine : lines) {
      String line = collapseSpaces(rawLine);
      if (line.isEmpty()) {
        flush(paragraph, paragraphs);
        continue;
      }
      if (NOISE_LINE.matcher(line).matches()) {
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

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
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

  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    String named =
        text.replace("&nbsp;", " ")
            .replace("&rsquo;", "\u2019")
            .replace("&lsquo;", "\u2018")
            .replace("&rdquo;", "\u201D")
            .replace("&ldquo;", "\u201C")
            .replace("&mdash;", "\u2014")
            .replace("&ndash;", "\u2013")
            .replace("&hellip;", "\u2026")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    var matcher = NUMERIC_ENTITY.matcher(named);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = matcher.group(1).toLowerCase(Locale.ROOT);
      int codePoint = value.startsWith("x") ? Integer.parseInt(value.substring(1), 16) : Integer.parseInt(value);
      String replacement = Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString().replace("&amp;", "&");
  }
}
