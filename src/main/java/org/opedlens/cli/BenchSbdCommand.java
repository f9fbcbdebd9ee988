package org.opedlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opedlens.sbd.SbdBenchmark;
import org.opedlens.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sbd",
    mixinStandardHelpOptions = true,
    description = {
        "Times the sentence splitter against OpenNLP's raw sentence detector on the same text, in one run:",
        "split only, and split + OpenNLP tokenizer (the issue's limit: splitter side at most 1.2x).",
        "Prints the figures and writes them as JSON."})
public final class BenchSbdCommand implements Callable<Integer> {
  @Option(names = "--input", description = "text file or directory of .txt files; repeatable (default: ${DEFAULT-VALUE})",
      defaultValue = "datasets/sample")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--chars", description = "repeat the input up to this many characters (default: ${DEFAULT-VALUE})",
      defaultValue = "2000000")
  long chars;

  @Option(names = "--rounds", description = "measured rounds per side (default: ${DEFAULT-VALUE})", defaultValue = "7")
  int rounds;

  @Option(names = "--warmup", description = "warm-up rounds per side (default: ${DEFAULT-VALUE})", defaultValue = "3")
  int warmup;

  @Option(names = "--report", description = "JSON file for the figures (default: ${DEFAULT-VALUE})",
      defaultValue = "target/bench-sbd.json")
  Path report;

  @Override
  public Integer call() {
    List<String> texts = new ArrayList<>();
    for (Path input : inputs) {
      texts.addAll(read(input));
    }
    if (texts.isEmpty()) {
      System.err.println("no .txt input found in " + inputs);
      return 1;
    }
    Map<String, Object> figures =
        new SbdBenchmark(SbdBenchmark.repeatTo(texts, chars), rounds, warmup).run();
    Json.write(report, figures);
    System.out.println(SbdBenchmark.summary(figures));
    System.out.println("figures written to " + report);
    return 0;
  }

  private static List<String> read(Path input) {
    try {
      if (Files.isDirectory(input)) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
          }
        }
        return texts;
      }
      return Files.isRegularFile(input) ? List.of(Files.readString(input, StandardCharsets.UTF_8)) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }
}
