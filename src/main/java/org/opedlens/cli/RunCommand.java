package org.opedlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline: ingest, sentences and scores, trends; writes Parquet tables.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", description = "input file, directory or glob; repeatable (default: ${DEFAULT-VALUE})",
      defaultValue = RunConfig.DEFAULT_INPUT)
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", description = "output directory (default: ${DEFAULT-VALUE})",
      defaultValue = RunConfig.DEFAULT_OUTPUT)
  String output;

  @Option(names = "--min-chars", description = "reject documents with less text (default: ${DEFAULT-VALUE})",
      defaultValue = "" + IngestOptions.DEFAULT_MIN_CHARS)
  int minChars;

  @Option(names = "--max-chars", description = "reject documents with more text (default: ${DEFAULT-VALUE})",
      defaultValue = "" + IngestOptions.DEFAULT_MAX_CHARS)
  int maxChars;

  @Option(names = "--field", paramLabel = "OURS=THEIRS",
      description = "field mapping for JSONL/CSV/Parquet, e.g. --field author=byline; repeatable")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--target", description = "an extra stance target (datasets/targets/<name>/ or a folder with "
      + "target.properties); repeatable; adds <name>_* columns to sentences")
  List<String> targets = new ArrayList<>();

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    if (!targets.isEmpty()) {
      System.setProperty(org.opedlens.analysis.SharedResources.TARGETS_PROPERTY, String.join(",", targets));
    }
    RunConfig config = new RunConfig(inputs, output, new IngestOptions(minChars, maxChars, Map.copyOf(fields)));
    SparkSession session = spark.session("opedlens run");
    try {
      RunSummary summary = new RunJob(session, config).run();
      System.out.print(summary.render());
      return 0;
    } finally {
      session.stop();
    }
  }
}
