package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.opedlens.schema.Tables;
import org.opedlens.sentiment.VaderScorer;

/** Sentiment per sentence; leaves the VADER score as a note for the stance stages. */
public final class SentimentStage implements AnalysisStage {
  public static final String VADER_NOTE = "vader";
  static final StructField[] COLUMNS =
      Tables.schema("sentiment", DoubleType, "sentiment_label", StringType, "sentiment_cues", Tables.STRINGS)
          .fields();

  private final VaderScorer vader;

  public SentimentStage(SharedResources resources) {
    this.vader = resources.vader();
  }

  /** Thresholds on the [-1, 1] score, the cut VADER's authors use (±0.05 on compound). */
  public static String label(double score) {
    return score >= 0.05 ? "positive" : score <= -0.05 ? "negative" : "neutral";
  }

  @Override
  public String name() {
    return "sentiment";
  }

  @Override
  public String version() {
    return VaderScorer.VERSION;
  }

  @Override
  public StructField[] columns() {
    return COLUMNS;
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      VaderScorer.Score score = vader.score(document.sentence(i).text());
      document.note(i, VADER_NOTE, score);
      document.append(i, score.compound(), label(score.compound()), score.cues().toArray(new String[0]));
    }
  }
}
