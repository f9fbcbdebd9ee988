package org.opedlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench <task>}: measures the speed of one part of the pipeline and writes the figures as JSON. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the speed of a task; prints figures and writes them as JSON.",
    subcommands = {BenchSbdCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
