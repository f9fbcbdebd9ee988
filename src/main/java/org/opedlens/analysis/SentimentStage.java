package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.opedlens.schema.Tables;
import org.opedlens.sentiment.SentimentModel;

/**
 * Sentiment per sentence from the trained {@link SentimentModel} (editorial rules as prior + MLlib correction);
 * leaves plain VADER's score as a note for the stance stages (note "vader") and the full model result under
 * "sentiment".
 */
public final class SentimentStage extends NamedStage {
  public static final String VADER_NOTE = "vader";
  public static final String SENTIMENT_NOTE = "sentiment";
  static final StructField[] COLUMNS =
      Tables.schema("sentiment", DoubleType, "sentiment_label", StringType, "sentiment_cues", Tables.STRINGS)
          .fields();

  private final SentimentModel model;

  public SentimentStage(SharedResources resources) {
    this(SentimentModel.shared());
  }

  private SentimentStage(SentimentModel model) {
    super("sentiment", model.version(), COLUMNS);
    this.model = model;
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      SentimentModel.Result result = model.score(document.sentence(i));
      document.note(i, VADER_NOTE, result.vader());
      document.note(i, SENTIMENT_NOTE, result);
      document.append(i, result.score(), result.label(), result.cues().toArray(new String[0]));
    }
  }
}
