package org.opedlens.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.opedlens.argument.ArgumentModel;
import org.opedlens.argument.EssayEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "essays",
    mixinStandardHelpOptions = true,
    description = "Sentence-level argument roles on persuasive essays (CoNLL BIO: idx, token, _, _, label; blank "
        + "line between paragraphs): macro-F1 over MajorClaim, Claim, Premise, none; the majority label and a "
        + "paragraph-position rule are measured in the same run as baselines.")
public final class EvaluateEssaysCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Override
  public Integer call() throws Exception {
    options.useModels();
    Map<String, Object> report =
        EssayEvaluator.evaluate(EssayEvaluator.readConll(options.gold), ArgumentModel.shipped());
    options.write(report);
    @SuppressWarnings("unchecked")
    Map<String, Object> position = (Map<String, Object>) report.get("baseline_position");
    System.out.printf("essays (sentence roles): n=%d macro_f1=%.3f accuracy=%.3f per_label_f1=%s (position rule in "
            + "the same run: macro_f1=%.3f) -> %s%n", report.get("n"), report.get("macro_f1"),
        report.get("accuracy"), report.get("per_label_f1"), position.get("macro_f1"), options.report);
    return 0;
  }
}
