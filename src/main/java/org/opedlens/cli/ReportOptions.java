package org.opedlens.cli;

import java.nio.file.Path;
import java.util.Map;
import org.opedlens.ml.ModelStore;
import org.opedlens.util.Json;
import picocli.CommandLine.Option;

/** Options every {@code evaluate} command shares: the gold file, the report file, and which models to use. */
public final class ReportOptions {
  @Option(names = "--gold", required = true, description = "the gold file")
  Path gold;

  @Option(names = "--report", required = true, description = "where to write the JSON report")
  Path report;

  @Option(names = "--models", description = "directory of trained models (default: the models shipped in the jar)")
  Path models;

  /** Points the model store at --models, when given. */
  void useModels() {
    if (models != null) {
      System.setProperty(ModelStore.PROPERTY, models.toString());
      ModelStore.clear();
    }
  }

  void write(Map<String, Object> report) {
    Json.write(this.report, report);
  }
}
