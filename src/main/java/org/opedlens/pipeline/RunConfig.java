package org.opedlens.pipeline;

import java.util.List;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.topics.TopicModel;

/** What one run reads, where it writes, how ingest behaves, and how many topics LDA finds. */
public record RunConfig(List<String> inputs, String output, IngestOptions ingest, TopicModel.Options topics) {
  public static final String DEFAULT_INPUT = "datasets/sample";
  public static final String DEFAULT_OUTPUT = "output";

  public RunConfig(List<String> inputs, String output, IngestOptions ingest) {
    this(inputs, output, ingest, TopicModel.Options.defaults());
  }
}
