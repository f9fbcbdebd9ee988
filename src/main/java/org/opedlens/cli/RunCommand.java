package org.opedlens.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.pipeline.DateWindow;
import org.opedlens.pipeline.IncrementalOptions;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.pipeline.RunSummary;
import org.opedlens.topics.TopicModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      description = "field mapping for JSONL/CSV/Parquet (ours: id, text, author, date, title, url), "
          + "e.g. --field author=byline; repeatable")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--near-duplicate-similarity", paramLabel = "J",
      description = "Jaccard similarity of word 5-gram shingles from which two texts are copies of one op-ed; "
          + "0 turns near-duplicate detection off (default: ${DEFAULT-VALUE})",
      defaultValue = "" + IngestOptions.DEFAULT_NEAR_DUPLICATE_SIMILARITY)
  double nearDuplicateSimilarity;

  @Option(names = "--topics", paramLabel = "K",
      description = "LDA topics to find; 0 switches topic modelling off (default: ${DEFAULT-VALUE})",
      defaultValue = "" + TopicModel.DEFAULT_K)
  int topics;

  @Option(names = "--topic-seed", description = "LDA random seed: same corpus, K and seed give the same topics "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "" + TopicModel.DEFAULT_SEED)
  long topicSeed;

  @Option(names = "--since", paramLabel = "DATE",
      description = "incremental: only documents published on or after DATE (yyyy-mm-dd) are (re)written; "
          + "undated documents are left out of any window")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "incremental: only documents published on or before DATE (inclusive)")
  LocalDate until;

  @Option(names = "--input-manifest", paramLabel = "FILE",
      description = "incremental: JSON Lines record of the input files already processed (local, HDFS or S3 path); "
          + "unchanged files already processed for the window are skipped; updated when the run succeeds")
  String inputManifest;

  @Option(names = "--target", description = "an extra stance target (datasets/targets/<name>/ or a folder with "
      + "target.properties); repeatable; adds <name>_* columns to sentences")
  List<String> targets = new ArrayList<>();

  @Mixin SparkOptions spark;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!targets.isEmpty()) {
      System.setProperty(org.opedlens.analysis.SharedResources.TARGETS_PROPERTY, String.join(",", targets));
    }
    RunConfig config = new RunConfig(inputs, output,
        new IngestOptions(minChars, maxChars, Map.copyOf(fields), nearDuplicateSimilarity),
        new TopicModel.Options(topics, topicSeed));
    if (since != null && until != null && until.isBefore(since)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--until " + until + " is before --since " + since);
    }
    IncrementalOptions incremental = new IncrementalOptions(new DateWindow(since, until), inputManifest);
    SparkSession session = spark.session("opedlens run");
    RunSummary summary;
    Map<String, Object> incrementalReport;
    try {
      RunJob job = new RunJob(session, config, incremental);
      summary = job.run();
      incrementalReport = job.outputReport();
    } finally {
      session.stop();
    }
    System.out.print(summary.render());
    if (incremental.enabled()) {
      System.out.println("incremental run:");
      incrementalReport.forEach((key, value) -> System.out.printf("  %-32s %s%n", key, value));
    }
    return 0;
  }
}
