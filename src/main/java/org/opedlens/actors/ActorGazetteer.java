package org.opedlens.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opedlens.nlp.PhraseMatcher;
import org.opedlens.nlp.PhraseTokens;
import org.opedlens.util.Hashing;
import org.opedlens.util.Resources;

/**
 * Persons, countries and organisations named in a sentence (OpenNLP tokens), found with {@link PhraseMatcher} over
 * the gazetteer {@code datasets/actors/actors.tsv} (canonical, type, {@code |}-separated aliases) and normalised
 * to the canonical name ("Poutine" and "Vladimir Vladimirovich Putin" are both Vladimir Putin).
 *
 * <p>Matching is case-sensitive, as the gazetteer's aliases are surface forms: "US" and "WHO" are actors, "us" and
 * "who" are not. The matcher takes the longest alias at each position ("Apple Daily" over "Apple"). A possessive
 * "'s" that the tokenizer left glued to a name still names the actor. The matcher has the semantics of OpenNLP's
 * {@code DictionaryNameFinder} (longest entry at each position, no overlaps), which this class used before, at a
 * fraction of its cost: that finder built and hashed a token list for every window of every sentence, 15 % of the
 * whole pipeline's CPU in the 10 K-op-ed benchmark. Immutable after loading and safe to share between threads
 * (the matcher keeps no state between calls); load once per JVM.
 */
public final class ActorGazetteer {
  public static final String DEFAULT = "datasets/actors/actors.tsv";

  /** One actor of the gazetteer. {@code type} is PERSON, COUNTRY or ORGANIZATION. */
  public record Actor(String canonical, String type) {}

  /** An actor named at tokens [start, end) of a sentence, by the surface form {@code alias}. */
  public record Mention(int start, int end, String alias, Actor actor) {}

  private final Map<String, Actor> byAlias = new HashMap<>();
  private final List<Actor> actors = new ArrayList<>();
  private final PhraseMatcher<Actor> matcher = new PhraseMatcher<>();
  private final String version;

  private ActorGazetteer(List<String[]> rows, String version) {
    this.version = version;
    for (String[] row : rows) {
      if (row.length < 3 || row[0].isBlank()) {
        continue;
      }
      Actor actor = new Actor(row[0].strip(), row[1].strip());
      actors.add(actor);
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(actor.canonical());
      for (String alias : row[2].split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
      for (String alias : aliases) {
        String[] tokens = PhraseTokens.cased(alias);
        add(alias, tokens, actor);
        // The tokenizer sometimes keeps a possessive glued to the name ("Putin's"): the glued forms name the actor too.
        String last = tokens[tokens.length - 1];
        for (String glued : last.endsWith("s") ? List.of(last + "'s", last + "'") : List.of(last + "'s")) {
          String[] possessive = tokens.clone();
          possessive[tokens.length - 1] = glued;
          if (!byAlias.containsKey(key(possessive))) {
            add(alias, possessive, actor);
          }
        }
      }
    }
  }

  private void add(String alias, String[] tokens, Actor actor) {
    Actor previous = byAlias.putIfAbsent(key(tokens), actor);
    if (previous == null) {
      matcher.add(tokens, actor);
    } else if (!previous.equals(actor)) {
      throw new IllegalArgumentException("alias '" + alias + "' names both " + previous.canonical() + " and "
          + actor.canonical() + ": every alias must name one actor");
    }
  }

  public static ActorGazetteer load(String resource) {
    List<String[]> rows = Resources.tsvRows(resource);
    StringBuilder content = new StringBuilder();
    rows.forEach(row -> content.append(String.join("\t", row)).append('\n'));
    return new ActorGazetteer(rows, "actors-" + Hashing.sha256Hex(content.toString()).substring(0, 8));
  }

  public String version() {
    return version;
  }

  public List<Actor> actors() {
    return actors;
  }

  /** Every actor named in the tokens, longest alias first, in order of position. */
  public List<Mention> find(String[] tokens) {
    List<Mention> mentions = new ArrayList<>();
    for (PhraseMatcher.Match<Actor> match : matcher.find(tokens)) {
      String alias = String.join(" ", java.util.Arrays.copyOfRange(tokens, match.start(), match.end()));
      mentions.add(new Mention(match.start(), match.end(), alias, match.value()));
    }
    return mentions;
  }

  /** Canonical names of the actors named in the tokens, each once, in order of first mention. */
  public List<String> canonicalNames(String[] tokens) {
    Set<String> names = new LinkedHashSet<>();
    for (Mention mention : find(tokens)) {
      names.add(mention.actor().canonical());
    }
    return new ArrayList<>(names);
  }

  /** The actor a whole surface form names ("Poutine" → Vladimir Putin), or null when it is not in the gazetteer. */
  public Actor normalize(String name) {
    return byAlias.get(key(PhraseTokens.cased(name)));
  }

  private static String key(String[] tokens) {
    return String.join("\u0000", tokens);
  }
}
