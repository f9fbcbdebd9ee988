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
import org.opedlens.topics.TopicModel;
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

  @Option(names = "--topics", paramLabel = "K",
      description = "LDA topics to find; 0 switches topic modelling off (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TopicModel.DEFAULT_K)
  int topics;

  @Option(names = "--topic-seed", description = "LDA random seed: same corpus, K and seed give the same topics "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "" + TopicModel.DEFAULT_SEED)
  long topicSeed;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    RunConfig config = new RunConfig(inputs, output, new IngestOptions(minChars, maxChars, Map.copyOf(fields)),
        new TopicModel.Options(topics, topicSeed));
    SparkSession session = spark.session("opedlens run");
    RunSummary summary;
    try {
      summary = new RunJob(session, config).run();
    } finally {
      session.stop();
    }
    System.out.print(summary.render());
    return 0;
  }
}
