package org.opedlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/**
 * The benchmark on a CI-sized corpus: the report has every figure, each positive and consistent with the others.
 * It asserts no speed: performance is measured by running the bench, never by timed unit tests.
 */
class BenchJobTest {
  private static final Path WORK = Path.of("target/test-output/bench");
  private static final int DOCS = 40;
  private static Map<String, Object> report;

  @BeforeAll
  static void bench() {
    SampleRun.deleteRecursively(WORK);
    report = BenchJob.run(SharedSpark.get(),
        new BenchJob.Options(DOCS, 5, 0.2, List.of(), WORK, SampleRun.SAMPLE, 40_000, 1));
  }

  private static double number(String key) {
    assertTrue(report.containsKey(key), "report has " + key);
    return ((Number) report.get(key)).doubleValue();
  }

  @Test
  void reportHasEveryFigurePositive() {
    for (String key : List.of("docs", "chars", "sentences", "wall_s", "docs_per_s", "chars_per_s", "peak_heap_mb",
        "cores", "ceiling_chars_per_s", "ratio_to_ceiling", "ratio_to_ceiling_cpu", "tuned_ceiling_chars_per_s",
        "ratio_to_tuned_ceiling", "ratio_to_tuned_ceiling_cpu", "wall_ms_per_doc",
        "cpu_ms_per_doc", "projected_hours_for_1m_docs", "max_heap_mb")) {
      assertTrue(number(key) > 0, key + " is positive: " + report.get(key));
    }
    @SuppressWarnings("unchecked")
    Map<String, Double> stages = (Map<String, Double>) report.get("stage_seconds");
    assertEquals(List.of("ingest", "sentences", "trends", "document_themes", "topics"), List.copyOf(stages.keySet()));
    stages.values().forEach(s -> assertTrue(s > 0));
  }

  @Test
  void figuresAgreeWithEachOther() {
    assertEquals(DOCS, number("docs"), "every generated op-ed is a document, none a duplicate or reject");
    assertEquals(0, number("duplicates"));
    assertEquals(0, number("rejects"));
    assertEquals(number("docs") / number("wall_s"), number("docs_per_s"), 1e-9);
    assertEquals(number("chars_per_s") / number("ceiling_chars_per_s"), number("ratio_to_ceiling"), 1e-9);
    assertEquals(2, number("cores"), "SharedSpark runs local[2]");
    assertTrue(number("sentences") > 20 * DOCS, "op-eds of ~40 sentences: " + number("sentences"));
    assertTrue(number("peak_heap_mb") <= number("max_heap_mb"));
    @SuppressWarnings("unchecked")
    Map<String, Object> lemmas = (Map<String, Object>) report.get("lemma_cache");
    assertTrue(((Number) lemmas.get("lookups")).longValue() > 0);
  }
}
