package org.opedlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opedlens.stance.StanceEvaluator;
import org.opedlens.stance.StanceModel;
import org.opedlens.stance.StanceResources;
import org.opedlens.stance.TargetDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    description = "F1 of FAVOR and AGAINST, addressed-F1, macro-F1 and the confusion matrix per target against "
        + "gold sentences (TSV with a header: text plus one label column per target, e.g. gid, source, doc, "
        + "autocracy, democracy, text); the keyword + VADER baseline is measured in the same run.")
public final class EvaluateStanceCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Option(names = "--target", description = "a target to evaluate (its name is the gold column); repeatable "
      + "(default: autocracy and democracy)")
  List<String> targets = new ArrayList<>();

  @Option(names = "--errors", description = "also write the model's mistakes (ids, labels, cues; no text) as TSV")
  Path errors;

  @Override
  public Integer call() throws Exception {
    options.useModels();
    List<String> names = targets.isEmpty() ? TargetDefinition.BUILT_IN : targets;
    List<StanceModel> models = new ArrayList<>();
    for (String name : names) {
      models.add(StanceModel.forTarget(StanceResources.get().target(name)));
    }
    List<StanceEvaluator.Error> mistakes = errors == null ? null : new ArrayList<>();
    Map<String, Object> report =
        StanceEvaluator.evaluate(StanceEvaluator.readGold(options.gold), models, mistakes);
    options.write(report);
    if (mistakes != null) {
      List<String> lines = new ArrayList<>(List.of("id\ttarget\tgold\tpredicted\tprobability\tcues"));
      for (StanceEvaluator.Error e : mistakes) {
        lines.add(String.join("\t", e.id(), e.target(), e.gold(), e.predicted(),
            String.format(java.util.Locale.ROOT, "%.3f", e.probability()), String.join("|", e.cues())));
      }
      java.nio.file.Files.write(errors, lines);
    }
    List<String> evaluated = new ArrayList<>();
    for (StanceModel m : models) {
      evaluated.add(m.target().name());
    }
    System.out.print(StanceEvaluator.table(report, evaluated));
    System.out.println("report -> " + options.report);
    return 0;
  }
}
