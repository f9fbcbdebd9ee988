package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.schema.Tables;

/** Canonical names of the persons, countries and organisations each sentence names (gazetteer, case-sensitive). */
public final class ActorStage implements AnalysisStage {
  static final StructField[] COLUMNS = Tables.schema("actors", Tables.STRINGS).fields();

  private final ActorGazetteer gazetteer;

  public ActorStage(SharedResources resources) {
    this.gazetteer = resources.actors();
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public String version() {
    return gazetteer.version();
  }

  @Override
  public StructField[] columns() {
    return COLUMNS;
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      document.append(i, (Object) gazetteer.canonicalNames(document.sentence(i).tokens()).toArray(new String[0]));
    }
  }
}
