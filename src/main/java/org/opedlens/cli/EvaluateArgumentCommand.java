package org.opedlens.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.opedlens.argument.ArgumentEvaluator;
import org.opedlens.argument.ArgumentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "argument",
    mixinStandardHelpOptions = true,
    description = "Evidence-type macro-F1 and accuracy on editorial units (Webis-Editorials-16 JSONL: doc_id, "
        + "paragraph, label, text; title and no-unit rows are not scored); the majority type and cue rules are "
        + "measured in the same run as baselines.")
public final class EvaluateArgumentCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Override
  public Integer call() throws Exception {
    options.useModels();
    Map<String, Object> report =
        ArgumentEvaluator.evaluate(ArgumentEvaluator.readUnits(options.gold), ArgumentModel.shipped());
    options.write(report);
    @SuppressWarnings("unchecked")
    Map<String, Object> rules = (Map<String, Object>) report.get("baseline_cue_rules");
    System.out.printf("argument (unit types): n=%d macro_f1=%.3f accuracy=%.3f per_label_f1=%s (cue rules in the "
            + "same run: macro_f1=%.3f accuracy=%.3f) -> %s%n", report.get("n"), report.get("macro_f1"),
        report.get("accuracy"), report.get("per_label_f1"), rules.get("macro_f1"), rules.get("accuracy"),
        options.report);
    return 0;
  }
}
