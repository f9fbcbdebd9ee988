package org.opedlens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every {@code train} command shares. */
public final class TrainOptions {
  @Option(names = "--out", description = "directory the model is saved to (default: ${DEFAULT-VALUE}, i.e. the "
      + "models shipped in the jar; jobs/opedlens rebuilds the jar when they change)",
      defaultValue = org.opedlens.ml.ModelStore.SHIPPED_DIR)
  Path out;

  @Mixin SparkOptions spark;
}
