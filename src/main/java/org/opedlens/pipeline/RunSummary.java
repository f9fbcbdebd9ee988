package org.opedlens.pipeline;

import java.util.Map;

/** What a run did: the counts the summary prints and the manifest records. */
public record RunSummary(
    String runId,
    String output,
    String manifestPath,
    long inputs,
    long documents,
    long duplicates,
    long documentsWithoutSentences,
    long rejects,
    Map<String, Long> rejectsByReason,
    Map<String, Long> tableRows,
    Map<String, Double> stageSeconds,
    double totalSeconds) {

  /** The human-readable closing summary of {@code run}. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nOpEdLens run %s finished in %.1f s%n", runId, totalSeconds));
    out.append(String.format("inputs %d = documents %d + rejects %d  (of the documents, %d flagged duplicate_of)%n",
        inputs, documents, rejects, duplicates));
    if (documentsWithoutSentences > 0) {
      out.append(String.format("WARNING: %d documents have no sentences: their analysis failed (see the log)%n",
          documentsWithoutSentences));
    }
    out.append("tables under ").append(java.nio.file.Path.of(output).toAbsolutePath()).append(":\n");
    tableRows.forEach((table, rows) -> out.append(String.format("  %-22s %,10d rows%n", table, rows)));
    if (!rejectsByReason.isEmpty()) {
      out.append("rejects by reason:\n");
      rejectsByReason.forEach((reason, n) -> out.append(String.format("  %-22s %,10d%n", reason, n)));
    }
    out.append("time per stage:\n");
    stageSeconds.forEach((stage, s) -> out.append(String.format("  %-22s %8.1f s%n", stage, s)));
    out.append("manifest: ").append(manifestPath).append('\n');
    return out.toString();
  }
}
