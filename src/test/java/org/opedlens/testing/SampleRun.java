package org.opedlens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.pipeline.RunConfig;
import org.opedlens.pipeline.RunJob;
import org.opedlens.pipeline.RunSummary;

/** Runs the pipeline on the bundled sample once per test JVM; tests that only read its output share it. */
public final class SampleRun {
  public static final Path SAMPLE = Path.of("datasets/sample");
  public static final Path OUTPUT = Path.of("target/test-output/sample-run");

  private SampleRun() {}

  private static RunSummary summary;

  public static synchronized RunSummary get() {
    if (summary == null) {
      summary = run(OUTPUT);
    }
    return summary;
  }

  public static RunSummary run(Path output) {
    return new RunJob(SharedSpark.get(),
        new RunConfig(List.of(SAMPLE.toString()), output.toString(), IngestOptions.defaults())).run();
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
