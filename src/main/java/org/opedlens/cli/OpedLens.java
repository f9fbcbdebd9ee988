package org.opedlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code jobs/opedlens <command>}. */
@Command(
    name = "opedlens",
    mixinStandardHelpOptions = true,
    versionProvider = OpedLens.Version.class,
    description = "Measures argument and stance in opinion writing with Spark.",
    subcommands = {
        RunCommand.class, PackCommand.class, TrainCommand.class, EvaluateCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class OpedLens implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code (tests call this instead of main). */
  public static int execute(String... args) {
    return new CommandLine(new OpedLens()).execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"opedlens " + org.opedlens.pipeline.Versions.code()};
    }
  }
}
