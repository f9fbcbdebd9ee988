package org.opedlens.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.opedlens.sentiment.EditorialScorer;
import org.opedlens.sentiment.SentimentEvaluator;
import org.opedlens.sentiment.SentimentModel;
import org.opedlens.sentiment.VaderScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Pearson r and 3-class macro-F1 against rated sentences (TSV id, mean_rating, text; -4..+4); "
        + "plain VADER is measured in the same run as the baseline.")
public final class EvaluateSentimentCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Override
  public Integer call() throws Exception {
    options.useModels();
    VaderScorer vader = new VaderScorer();
    Map<String, Object> report = SentimentEvaluator.evaluate(SentimentEvaluator.readGold(options.gold),
        SentimentModel.shipped(vader, new EditorialScorer()), vader);
    options.write(report);
    @SuppressWarnings("unchecked")
    Map<String, Object> baseline = (Map<String, Object>) report.get("baseline_vader");
    System.out.printf("sentiment: n=%d pearson_r=%.3f macro_f1=%.3f accuracy=%.3f (VADER in the same run: r=%.3f "
            + "macro_f1=%.3f) -> %s%n", report.get("n"), report.get("pearson_r"), report.get("macro_f1"),
        report.get("accuracy"), baseline.get("pearson_r"), baseline.get("macro_f1"), options.report);
    return 0;
  }
}
