package org.opedlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train <task>}: trains a task's model from datasets/ with Spark MLlib and saves it as one artefact. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a task's model from datasets/ with Spark MLlib and saves it, versioned.",
    subcommands = {TrainSentimentCommand.class, TrainStanceCommand.class, TrainArgumentCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
