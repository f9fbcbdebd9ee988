package org.opedlens.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opedlens.nlp.PhraseMatcher;
import org.opedlens.nlp.PhraseTokens;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.util.Hashing;
import org.opedlens.util.Resources;

/**
 * The curated theme taxonomy ({@code datasets/themes/themes.tsv}: code, label, description, patterns), matched on
 * lemmas, multi-label per sentence. Its version is a hash of the file, so trends say which taxonomy made them.
 */
public final class ThemeTaxonomy {
  public static final String DEFAULT = "datasets/themes/themes.tsv";

  public record Theme(String code, String label, String description) {}

  private final List<Theme> themes = new ArrayList<>();
  private final PhraseMatcher<Theme> matcher = new PhraseMatcher<>();
  private final String version;

  private ThemeTaxonomy(String version) {
    this.version = version;
  }

  public static ThemeTaxonomy load(String resource) {
    StringBuilder content = new StringBuilder();
    List<String[]> rows = Resources.tsvRows(resource);
    rows.forEach(row -> content.append(String.join("\t", row)).append('\n'));
    ThemeTaxonomy taxonomy = new ThemeTaxonomy("themes-" + Hashing.sha256Hex(content.toString()).substring(0, 8));
    for (String[] row : rows) {
      if (row.length < 4) {
        continue;
      }
      Theme theme = new Theme(row[0].strip(), row[1].strip(), row[2].strip());
      taxonomy.themes.add(theme);
      for (String pattern : row[3].split("\\|")) {
        if (!pattern.isBlank()) {
          taxonomy.matcher.add(PhraseTokens.of(pattern), theme);
        }
      }
    }
    return taxonomy;
  }

  public String version() {
    return version;
  }

  public List<Theme> themes() {
    return themes;
  }

  /** Theme codes whose patterns occur in the sentence's lemmas (or, for patterns of inflected words, its tokens). */
  public List<String> match(TokenizedSentence sentence) {
    Set<String> codes = new LinkedHashSet<>();
    for (PhraseMatcher.Match<Theme> m : matcher.find(sentence.lemmas())) {
      codes.add(m.value().code());
    }
    for (PhraseMatcher.Match<Theme> m : matcher.find(sentence.lower())) {
      codes.add(m.value().code());
    }
    return new ArrayList<>(codes);
  }
}
