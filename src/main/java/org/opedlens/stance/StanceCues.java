package org.opedlens.stance;

import java.util.ArrayList;
import java.util.List;
import org.opedlens.nlp.PhraseMatcher;
import org.opedlens.nlp.PhraseTokens;
import org.opedlens.util.Resources;

/**
 * Evaluative cue words ({@code datasets/lexicons/stance_cues.tsv}: term, polarity neg|pos|concern, weight). A cue
 * says nothing by itself about which target it judges; the stance features relate it to the target's mentions.
 */
public final class StanceCues {
  public static final String DEFAULT = "datasets/lexicons/stance_cues.tsv";

  public enum Polarity { NEG, POS, CONCERN }

  public record Cue(String term, Polarity polarity, double weight) {}

  public record Match(int start, int end, Cue cue) {}

  private final PhraseMatcher<Cue> matcher = new PhraseMatcher<>();

  private StanceCues() {}

  public static StanceCues load(String resource) {
    StanceCues cues = new StanceCues();
    for (String[] row : Resources.tsvRows(resource)) {
      if (row.length < 3 || row[0].isBlank()) {
        continue;
      }
      Polarity polarity = Polarity.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT));
      Cue cue = new Cue(row[0].strip(), polarity, Double.parseDouble(row[2].strip()));
      cues.matcher.add(PhraseTokens.of(cue.term()), cue);
    }
    if (cues.matcher.size() == 0) {
      throw new IllegalStateException("stance cue lexicon " + resource + " has no terms");
    }
    return cues;
  }

  public int size() {
    return matcher.size();
  }

  public List<Match> find(String[] lowerTokens) {
    List<Match> out = new ArrayList<>();
    for (PhraseMatcher.Match<Cue> m : matcher.find(lowerTokens)) {
      out.add(new Match(m.start(), m.end(), m.value()));
    }
    return out;
  }
}
