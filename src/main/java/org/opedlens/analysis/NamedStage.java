package org.opedlens.analysis;

import org.apache.spark.sql.types.StructField;

/** An {@link AnalysisStage} whose name, version and columns are fixed when it is made. */
public abstract class NamedStage implements AnalysisStage {
  private final String name;
  private final String version;
  private final StructField[] columns;

  protected NamedStage(String name, String version, StructField[] columns) {
    this.name = name;
    this.version = version;
    this.columns = columns;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String version() {
    return version;
  }

  @Override
  public final StructField[] columns() {
    return columns.clone();
  }
}
