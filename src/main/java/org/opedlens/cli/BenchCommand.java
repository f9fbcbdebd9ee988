package org.opedlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.bench.BenchJob;
import org.opedlens.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks the whole pipeline on a generated corpus (or --input) and writes a JSON report: throughput, "
          + "time per stage, peak heap, and the ratio to the raw OpenNLP ceiling measured in the same run.",
      "Heap and profiler: OPEDLENS_JAVA_OPTS=\"-Xmx2g\" jobs/opedlens bench --docs 10000",
      "bench sbd: the sentence splitter alone against OpenNLP's raw detector."},
    subcommands = {BenchSbdCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", description = "op-eds to generate (default: ${DEFAULT-VALUE})", defaultValue = "1000")
  int docs;

  @Option(names = "--seed", description = "generator seed; same seed and --docs, same corpus (default: ${DEFAULT-VALUE})",
      defaultValue = "42")
  long seed;

  @Option(names = "--txt-share", description = "share of op-eds written as raw .txt files in the scraped styles; "
      + "the rest go to JSONL shards of 1000 (default: ${DEFAULT-VALUE})", defaultValue = "0.05")
  double txtShare;

  @Option(names = "--input", description = "bench on these inputs instead of a generated corpus; repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--work", description = "corpus and output directory (default: ${DEFAULT-VALUE}); a corpus "
      + "generated with the same --docs/--seed/--txt-share is reused", defaultValue = "target/bench")
  Path work;

  @Option(names = "--sample", description = "op-eds the corpus is made from (default: ${DEFAULT-VALUE})",
      defaultValue = "datasets/sample")
  Path sample;

  @Option(names = "--report", description = "the JSON report (default: ${DEFAULT-VALUE})",
      defaultValue = "target/bench/report.json")
  Path report;

  @Option(names = "--ceiling-chars", description = "chars of the run's text the ceiling is measured on "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "1000000")
  long ceilingChars;

  @Option(names = "--ceiling-repeats", description = "timed passes over the ceiling sample; the best counts "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "3")
  int ceilingRepeats;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    if (docs < 1 || txtShare < 0 || txtShare > 1 || ceilingChars < 1 || ceilingRepeats < 1) {
      System.err.println("--docs, --ceiling-chars and --ceiling-repeats must be positive, --txt-share in [0, 1]");
      return 2;
    }
    SparkSession session = spark.session("opedlens bench");
    try {
      Map<String, Object> result = BenchJob.run(session,
          new BenchJob.Options(docs, seed, txtShare, inputs, work, sample, ceilingChars, ceilingRepeats));
      Json.write(report, result);
      System.out.print(BenchJob.render(result));
      System.out.println("report: " + report);
      return 0;
    } finally {
      session.stop();
    }
  }
}
