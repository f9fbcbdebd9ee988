package org.opedlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opedlens.sbd.GoldenRule;
import org.opedlens.sbd.SbdEvaluator;
import org.opedlens.sbd.SnippetGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sbd",
    mixinStandardHelpOptions = true,
    description = {
        "Scores the sentence splitter on a Golden Rules file (--gold: JSON list of {id, name, text, expected}).",
        "A rule passes when the produced sentences, trimmed, equal the expected ones; boundaries are scored as",
        "offsets in the text with white space removed. Prints a one-line summary. (--models is not used.)"})
public final class EvaluateSbdCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Option(names = "--from-snippets", paramLabel = "TSV",
      description = "first write --gold from a sentence TSV (id=article_sentence, rating, text): one rule per "
          + "article, its snippets joined by single spaces")
  Path snippets;

  @Override
  public Integer call() {
    if (snippets != null) {
      GoldenRule.write(options.gold, SnippetGold.fromTsv(snippets));
    }
    List<GoldenRule> rules = GoldenRule.read(options.gold);
    SbdEvaluator.Report result = SbdEvaluator.evaluate(options.gold.getFileName().toString(), rules);
    options.write(result.toJson());
    System.out.println(result.summary());
    return 0;
  }
}
