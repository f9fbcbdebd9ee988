package org.opedlens.stance;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.opedlens.nlp.EnglishModels;
import org.opedlens.nlp.PhraseMatcher;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.util.Resources;

/**
 * The actor gazetteer ({@code datasets/actors/actors.tsv}: canonical, type PERSON|COUNTRY|ORGANIZATION, aliases
 * separated by '|'). Aliases are case-sensitive surface forms ("US" the country, not "us"), so they are matched
 * against the sentence's original tokens; the longest alias wins.
 */
public final class ActorGazetteer {
  public static final String DEFAULT = "datasets/actors/actors.tsv";

  public record Actor(String canonical, String type) {}

  public record Match(int start, int end, Actor actor) {}

  private final PhraseMatcher<Actor> matcher = new PhraseMatcher<>();

  private ActorGazetteer() {}

  public static ActorGazetteer load(String resource) {
    ActorGazetteer gazetteer = new ActorGazetteer();
    TokenizerME tokenizer = new TokenizerME(EnglishModels.fastTokenizerModel());
    for (String[] row : Resources.tsvRows(resource)) {
      if (row.length < 3 || row[0].isBlank()) {
        continue;
      }
      Actor actor = new Actor(row[0].strip(), row[1].strip());
      for (String alias : row[2].split("\\|")) {
        if (!alias.isBlank()) {
          gazetteer.matcher.add(tokenizer.tokenize(TextAnalyzer.foldQuotes(alias.strip())), actor);
        }
      }
    }
    return gazetteer;
  }

  public int size() {
    return matcher.size();
  }

  /** Actors named in a sentence, given its original (case-preserving) tokens. */
  public List<Match> find(String[] tokens) {
    List<Match> out = new ArrayList<>();
    for (PhraseMatcher.Match<Actor> m : matcher.find(tokens)) {
      out.add(new Match(m.start(), m.end(), m.value()));
    }
    return out;
  }
}
