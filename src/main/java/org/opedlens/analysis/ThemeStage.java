package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;
import org.opedlens.schema.Tables;
import org.opedlens.themes.ThemeTaxonomy;

/** Theme codes per sentence from the curated taxonomy (multi-label). */
public final class ThemeStage extends NamedStage {
  static final StructField[] COLUMNS = Tables.schema("themes", Tables.STRINGS).fields();

  private final ThemeTaxonomy taxonomy;

  public ThemeStage(SharedResources resources) {
    super("themes", resources.themes().version(), COLUMNS);
    this.taxonomy = resources.themes();
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    for (int i = 0; i < document.size(); i++) {
      document.append(i, (Object) taxonomy.match(document.sentence(i)).toArray(new String[0]));
    }
  }
}
