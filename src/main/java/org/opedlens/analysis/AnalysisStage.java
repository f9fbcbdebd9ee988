package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;

/**
 * One named stage of the per-sentence analysis chain. It declares the columns it adds to {@code sentences} and
 * appends their values for every sentence of a document (stages see the whole document, so document-level
 * decisions such as a thesis sentence fit too). Instances live for one partition; shared models come from
 * {@link SharedResources}.
 */
public interface AnalysisStage {
  /** Short name, used in model_version ("sentiment=..."). */
  String name();

  /** Version of the model or rules behind the stage. */
  String version();

  /** The columns this stage adds, in the order {@link #analyze} appends values. */
  StructField[] columns();

  void analyze(AnalyzedDocument document);
}
