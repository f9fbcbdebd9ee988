package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression in ingest (every static Pattern field of every class in the package, found by
 * reflection, so a new one cannot be missed) runs over 1 MB of adversarial text, with find() and matches(), within
 * a time limit: catastrophic backtracking would take hours here. The public entry points that parse text without
 * regular expressions (dates, names, bios, whole documents) run over the same inputs.
 */
class RegexSafetyTest {
  private static final int SIZE = 1 << 20;
  private static final Duration LIMIT_PER_PATTERN = Duration.ofSeconds(20);

  static List<String> adversarialTexts() {
    List<String> texts = new ArrayList<>();
    for (String motif : List.of(" ", "a", "A", ".", "<", "<a", "<a ", "&", "&#", "&#1", "a ", "A ", "A. ", "by ",
        "By A ", ", and ", " and ", "Follow him on Twitter ", "follow x on ", "@", "@ a", "-", "0", "2022-01-",
        "Jan 13 ", "\n", "\t \n", "share | ", "Tags:", "copyright 1", "\u00a0", "read more ", "aaaa.", "'s ",
        "\u201c", "x,")) {
      texts.add(motif.repeat(SIZE / motif.length() + 1).substring(0, SIZE));
      // The same run with a tail that makes a match fail at the very end.
      texts.add(motif.repeat(SIZE / motif.length() + 1).substring(0, SIZE - 1) + "!");
    }
    StringBuilder random = new StringBuilder(SIZE);
    Random rng = new Random(42);
    String alphabet = "aA .,;:<>&#@-_/'\"\n\t0123456789\u2019\u201c\u00e9";
    while (random.length() < SIZE) {
      random.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    texts.add(random.toString());
    return texts;
  }

  static List<Pattern> ingestPatterns() throws IOException, ReflectiveOperationException {
    List<Pattern> patterns = new ArrayList<>();
    Path classes = Path.of("target/classes/org/opedlens/ingest");
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("org.opedlens.ingest." + name);
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
            field.setAccessible(true);
            patterns.add((Pattern) field.get(null));
          }
        }
      }
    }
    return patterns;
  }

  @Test
  void everyIngestPatternIsLinearOnAdversarialText() throws Exception {
    List<Pattern> patterns = ingestPatterns();
    assertTrue(patterns.size() >= 5, "the patterns of TextCleaner at least: " + patterns.size());
    List<String> texts = adversarialTexts();
    for (Pattern pattern : patterns) {
      long start = System.nanoTime();
      assertTimeoutPreemptively(LIMIT_PER_PATTERN, () -> {
        for (String text : texts) {
          Matcher matcher = pattern.matcher(text);
          int found = 0;
          while (matcher.find() && found < 1_000_000) {
            found++;
          }
          assertFalse(found < 0);
          pattern.matcher(text).matches();
        }
      }, "pattern " + pattern.pattern());
      System.out.printf("%.2f s for %d texts: %s%n", (System.nanoTime() - start) / 1e9, texts.size(),
          pattern.pattern().substring(0, Math.min(60, pattern.pattern().length())));
    }
  }

  @Test
  void theParsersAreLinearOnAdversarialTextToo() {
    List<String> texts = adversarialTexts();
    assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
      for (int i = 0; i < texts.size(); i += 2) {
        String text = texts.get(i);
        DateParser.parse(text);
        DateParser.find(text);
        DateParser.line(text);
        DateParser.fromPath(text);
        AuthorNames.split(text);
        AuthorBio.authors(text);
        TextCleaner.clean(text);
        RawTextParser.parse(text, text);
      }
    });
  }
}
