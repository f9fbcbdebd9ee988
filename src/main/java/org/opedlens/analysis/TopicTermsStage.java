package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.schema.Tables;
import org.opedlens.topics.TopicTerms;

/** The words each sentence gives the topic model ({@link TopicTerms}), kept so topics need no second analysis. */
public final class TopicTermsStage extends NamedStage {
  static final StructField[] COLUMNS = Tables.schema("topic_terms", Tables.STRINGS).fields();

  private final ActorGazetteer gazetteer;

  public TopicTermsStage(SharedResources resources) {
    super("topic_terms", TopicTerms.VERSION, COLUMNS);
    this.gazetteer = resources.actors();
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      document.append(i, (Object) TopicTerms.of(document.sentence(i), gazetteer).toArray(new String[0]));
    }
  }
}
