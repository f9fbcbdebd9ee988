package org.opedlens.pipeline;

import java.util.List;
import org.opedlens.ingest.IngestOptions;

/** What one run reads, where it writes, and how ingest behaves. */
public record RunConfig(List<String> inputs, String output, IngestOptions ingest) {
  public static final String DEFAULT_INPUT = "datasets/sample";
  public static final String DEFAULT_OUTPUT = "output";
}
