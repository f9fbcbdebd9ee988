package org.opedlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.ingest.Packer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    description = {
        "Packs a folder of many small input files (.txt, .jsonl, ..., gzip or not) into a few Parquet files with one",
        "row per file (path, length, content). `run --input PACK` then reads each row as the file it was: same",
        "documents, ids and rejects, without opening a million files. Prefer it for more than ~10,000 small files."})
public final class PackCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "input file, directory or glob; repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, description = "the pack to write (a Parquet directory; must not exist)")
  String output;

  @Option(names = "--max-chars", description = "the --max-chars ingest will use; bigger files are packed without "
      + "content and rejected as too_long (default: ${DEFAULT-VALUE})",
      defaultValue = "" + IngestOptions.DEFAULT_MAX_CHARS)
  int maxChars;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    SparkSession session = spark.session("opedlens pack");
    try {
      long maxFileBytes = Packer.maxFileBytes(new IngestOptions(IngestOptions.DEFAULT_MIN_CHARS, maxChars, Map.of()));
      Packer.Summary summary = Packer.pack(session, inputs, output, maxFileBytes);
      System.out.printf("packed %,d files (%,d bytes) into %d Parquet file(s) under %s%n", summary.files(),
          summary.bytes(), summary.parts(), output);
      if (summary.withoutContent() > 0) {
        System.out.printf("%,d files over %,d bytes were stored without content: ingest rejects them as too_long;"
            + " pass them to run directly%n", summary.withoutContent(), maxFileBytes);
      }
      return 0;
    } finally {
      session.stop();
    }
  }
}
