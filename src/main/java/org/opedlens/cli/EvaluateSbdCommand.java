package org.opedlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opedlens.sbd.GoldenRule;
import org.opedlens.sbd.SbdEvaluator;
import org.opedlens.sbd.SnippetGold;
import org.opedlens.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sbd",
    mixinStandardHelpOptions = true,
    description = {
        "Scores the sentence splitter on a Golden Rules file (JSON list of {id, name, text, expected}).",
        "A rule passes when the produced sentences, trimmed, equal the expected ones; boundaries are scored as",
        "offsets in the text with white space removed. Prints a one-line summary."})
public final class EvaluateSbdCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "golden rules JSON file (read; or written with --from-snippets)")
  Path gold;

  @Option(names = "--report", required = true, description = "where to write the JSON report")
  Path report;

  @Option(names = "--from-snippets", paramLabel = "TSV",
      description = "first build --gold from a sentence TSV (id=article_sentence, rating, text): one rule per article")
  Path snippets;

  @Override
  public Integer call() {
    if (snippets != null) {
      GoldenRule.write(gold, SnippetGold.fromTsv(snippets));
    }
    List<GoldenRule> rules = GoldenRule.read(gold);
    SbdEvaluator.Report result = SbdEvaluator.evaluate(gold.getFileName().toString(), rules);
    Json.write(report, result.toJson());
    System.out.println(result.summary());
    return 0;
  }
}
