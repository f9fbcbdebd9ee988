package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.opedlens.schema.Tables;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.stance.StanceModel;

/**
 * The author's stance toward one target per sentence, by the target's trained model: columns
 * {@code <target>_addressed, _stance, _score, _prob, _cues}. Reads the VADER note the sentiment stage leaves.
 */
public final class StanceStage extends NamedStage {
  private final StanceModel model;

  public StanceStage(StanceModel model) {
    super("stance_" + model.target().name(), model.version(), columns(model.target().name()));
    this.model = model;
  }

  static StructField[] columns(String target) {
    return Tables.schema(target + "_addressed", BooleanType, target + "_stance", StringType, target + "_score",
        DoubleType, target + "_prob", DoubleType, target + "_cues", Tables.STRINGS).fields();
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      VaderScorer.Score sentiment = document.noted(i, SentimentStage.VADER_NOTE);
      StanceModel.Result r = model.score(document.sentence(i), sentiment);
      document.append(i, r.addressed(), r.label().name(), round(r.score()), round(r.probability()),
          r.cues().toArray(new String[0]));
    }
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
