package org.opedlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evaluate <task>}: measures a task against a gold file and writes a JSON report. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures a task against a gold file and writes a JSON report.",
    subcommands = {EvaluateSentimentCommand.class, EvaluateStanceCommand.class, EvaluateSbdCommand.class,
        EvaluateArgumentCommand.class, EvaluateEssaysCommand.class})
public final class EvaluateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
