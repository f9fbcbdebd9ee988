package org.opedlens.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock seconds per named stage, in the order the stages ran. */
public final class StageTimer {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageTimer.class);

  public <T> T time(String stage, Supplier<T> work) {
    LOG.info("stage {} ...", stage);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      double elapsed = (System.nanoTime() - start) / 1e9;
      seconds.merge(stage, elapsed, Double::sum);
      LOG.info("stage {} done in {} s", stage, String.format("%.1f", elapsed));
    }
  }

  public void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  public Map<String, Double> seconds() {
    return seconds;
  }
}
