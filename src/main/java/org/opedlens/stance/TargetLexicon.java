package org.opedlens.stance;

import java.util.ArrayList;
import java.util.List;
import org.opedlens.nlp.PhraseMatcher;
import org.opedlens.nlp.PhraseTokens;
import org.opedlens.util.Resources;

/**
 * The terms that signal a stance target (e.g. AUTOCRACY): a TSV {@code term, kind, weight} where kind is explicit,
 * implicit or leader (autocracy also has practice: terms that name repressive practices or condemn by themselves,
 * "crackdown", "kleptocracy", "tyrant", which StanceFeatures treats as explicit plus a marker) and weight (0..1]
 * says how reliably the term signals the target.
 */
public final class TargetLexicon {
  public record Term(String term, String kind, double weight) {}

  /** A term found in a sentence, by token position. */
  public record Mention(int start, int end, Term term) {}

  private final String target;
  private final PhraseMatcher<Term> matcher = new PhraseMatcher<>();

  private TargetLexicon(String target) {
    this.target = target;
  }

  public static TargetLexicon load(String target, String resource) {
    TargetLexicon lexicon = new TargetLexicon(target);
    for (String[] row : Resources.tsvRows(resource)) {
      if (row.length < 3 || row[0].isBlank()) {
        continue;
      }
      Term term = new Term(row[0].strip(), row[1].strip(), Double.parseDouble(row[2].strip()));
      lexicon.matcher.add(PhraseTokens.of(term.term()), term);
    }
    if (lexicon.matcher.size() == 0) {
      throw new IllegalStateException("target lexicon " + resource + " has no terms");
    }
    return lexicon;
  }

  public String target() {
    return target;
  }

  public int size() {
    return matcher.size();
  }

  /** Mentions in a sentence given its lower-cased tokens. */
  public List<Mention> mentions(String[] lowerTokens) {
    List<Mention> mentions = new ArrayList<>();
    for (PhraseMatcher.Match<Term> match : matcher.find(lowerTokens)) {
      mentions.add(new Mention(match.start(), match.end(), match.value()));
    }
    return mentions;
  }
}
