package org.opedlens.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * VADER's lexicon (Hutto and Gilbert 2014, MIT): 7,500 words and emoticons with mean valence −4..+4. Read from the
 * {@code vader_sentiment_lexicon.txt} resource of the Maven artefact com.github.apanimesh061:vader-sentiment-analyzer,
 * once per JVM.
 */
public final class VaderLexicon {
  public static final String RESOURCE = "/vader_sentiment_lexicon.txt";

  private VaderLexicon() {}

  private static final class Holder {
    static final Map<String, Double> VALENCE = load();
  }

  public static Map<String, Double> valences() {
    return Holder.VALENCE;
  }

  private static Map<String, Double> load() {
    Map<String, Double> valence = new HashMap<>(10_000);
    try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("VADER lexicon " + RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields.length >= 2) {
          valence.put(fields[0].strip(), Double.parseDouble(fields[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(valence);
  }
}
