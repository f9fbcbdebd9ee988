package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.schema.Tables;

/** Canonical names of the persons, countries and organisations each sentence names (gazetteer, case-sensitive). */
public final class ActorStage extends NamedStage {
  static final StructField[] COLUMNS = Tables.schema("actors", Tables.STRINGS).fields();

  private final ActorGazetteer gazetteer;

  public ActorStage(SharedResources resources) {
    super("actors", resources.actors().version(), COLUMNS);
    this.gazetteer = resources.actors();
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      document.append(i, (Object) gazetteer.canonicalNames(document.sentence(i).tokens()).toArray(new String[0]));
    }
  }
}
