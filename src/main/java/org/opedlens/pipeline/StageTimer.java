package org.opedlens.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock seconds per named stage, in the order the stages ran. */
public final class StageTimer {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
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
