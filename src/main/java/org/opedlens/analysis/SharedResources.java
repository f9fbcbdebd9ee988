package org.opedlens.analysis;

import java.util.ArrayList;
import java.util.List;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.argument.ArgumentModel;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.stance.StanceModel;
import org.opedlens.stance.StanceResources;
import org.opedlens.stance.TargetDefinition;
import org.opedlens.stance.TargetLexicon;
import org.opedlens.themes.ThemeTaxonomy;

/**
 * The lexicons and taxonomies every analysis needs, loaded once per JVM (once per executor on a cluster) on first
 * use, never per row. All of them are immutable after loading and safe to share between task threads.
 */
public final class SharedResources {
  public static final String AUTOCRACY_LEXICON = "datasets/lexicons/targets/autocracy.tsv";
  public static final String DEMOCRACY_LEXICON = "datasets/lexicons/targets/democracy.tsv";
  /** Extra stance targets for a run (comma-separated names or folders), set by {@code run --target}. */
  public static final String TARGETS_PROPERTY = "opedlens.targets";

  private static final class Holder {
    static final SharedResources INSTANCE = new SharedResources();
  }

  public static SharedResources get() {
    return Holder.INSTANCE;
  }

  private final VaderScorer vader;
  private final TargetLexicon autocracy;
  private final TargetLexicon democracy;
  private final ThemeTaxonomy themes;
  private final ActorGazetteer actors;
  private ArgumentModel argument;
  private final List<StanceModel> stanceModels;

  private SharedResources() {
    vader = new VaderScorer();
    autocracy = TargetLexicon.load("autocracy", AUTOCRACY_LEXICON);
    democracy = TargetLexicon.load("democracy", DEMOCRACY_LEXICON);
    themes = ThemeTaxonomy.load(ThemeTaxonomy.DEFAULT);
    actors = ActorGazetteer.load(ActorGazetteer.DEFAULT);
    stanceModels = loadStanceModels();
  }

  private static List<StanceModel> loadStanceModels() {
    List<String> names = new ArrayList<>(TargetDefinition.BUILT_IN);
    for (String extra : System.getProperty(TARGETS_PROPERTY, "").split(",")) {
      if (!extra.isBlank() && !names.contains(extra.strip())) {
        names.add(extra.strip());
      }
    }
    List<StanceModel> models = new ArrayList<>();
    for (String name : names) {
      models.add(StanceModel.forTarget(StanceResources.get().target(name)));
    }
    return List.copyOf(models);
  }

  public VaderScorer vader() {
    return vader;
  }

  public TargetLexicon autocracy() {
    return autocracy;
  }

  public TargetLexicon democracy() {
    return democracy;
  }

  /** The trained stance model of every target of the run: the built-in ones, then any added with --target. */
  public List<StanceModel> stanceModels() {
    return stanceModels;
  }

  public ThemeTaxonomy themes() {
    return themes;
  }

  public ActorGazetteer actors() {
    return actors;
  }

  /** The argument models, loaded on first use (schema building needs no models). */
  public synchronized ArgumentModel argument() {
    if (argument == null) {
      argument = ArgumentModel.shipped();
    }
    return argument;
  }
}
