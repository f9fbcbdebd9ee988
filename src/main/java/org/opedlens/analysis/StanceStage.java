package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.opedlens.schema.Tables;
import org.opedlens.sentiment.VaderScorer;
import org.opedlens.stance.LexiconStanceBaseline;
import org.opedlens.stance.TargetLexicon;

/** The author's stance toward one target per sentence: columns {@code <target>_addressed, _stance, _score, _cues}. */
public final class StanceStage implements AnalysisStage {
  private final String target;
  private final LexiconStanceBaseline stance;

  public StanceStage(TargetLexicon lexicon) {
    this.target = lexicon.target();
    this.stance = new LexiconStanceBaseline(lexicon);
  }

  static StructField[] columns(String target) {
    return Tables.schema(target + "_addressed", BooleanType, target + "_stance", StringType, target + "_score",
        DoubleType, target + "_cues", Tables.STRINGS).fields();
  }

  @Override
  public String name() {
    return "stance_" + target;
  }

  @Override
  public String version() {
    return LexiconStanceBaseline.VERSION;
  }

  @Override
  public StructField[] columns() {
    return columns(target);
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      VaderScorer.Score sentiment = document.noted(i, SentimentStage.VADER_NOTE);
      LexiconStanceBaseline.Stance s = stance.score(document.sentence(i), sentiment);
      document.append(i, s.addressed(), s.label().name(), s.score(), s.cues().toArray(new String[0]));
    }
  }
}
