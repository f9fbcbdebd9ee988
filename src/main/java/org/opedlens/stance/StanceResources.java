package org.opedlens.stance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opedlens.sentiment.VaderLexicon;

/**
 * What stance features need besides the sentence, loaded once per JVM (once per executor), never per row: the
 * evaluative cue lexicon, the actor gazetteer, VADER's word valences and the target definitions (with their
 * lexicons). All immutable after loading and shared between task threads.
 */
public final class StanceResources {
  private static final class Holder {
    static final StanceResources INSTANCE = new StanceResources();
  }

  public static StanceResources get() {
    return Holder.INSTANCE;
  }

  private final StanceCues cues = StanceCues.load(StanceCues.DEFAULT);
  private final ActorGazetteer actors = ActorGazetteer.load(ActorGazetteer.DEFAULT);
  private final Map<String, Double> valences = VaderLexicon.valences();
  private final Map<String, TargetDefinition> targets = new ConcurrentHashMap<>();

  private StanceResources() {}

  public StanceCues cues() {
    return cues;
  }

  public ActorGazetteer actors() {
    return actors;
  }

  public Map<String, Double> valences() {
    return valences;
  }

  /** A target by name or folder, its definition and lexicon loaded once. */
  public TargetDefinition target(String nameOrFolder) {
    return targets.computeIfAbsent(nameOrFolder, key -> {
      TargetDefinition target = TargetDefinition.load(key);
      target.lexicon();
      return target;
    });
  }
}
