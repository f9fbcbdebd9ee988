package org.opedlens.pipeline;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall-clock seconds per named stage, in the order the stages ran, and the CPU seconds this JVM spent meanwhile (all
 * its threads: in local mode that is the stage's real cost, whatever else shares the machine).
 */
public final class StageTimer {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageTimer.class);

  public <T> T time(String stage, Supplier<T> work) {
    LOG.info("stage {} ...", stage);
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    try {
      return work.get();
    } finally {
      double elapsed = (System.nanoTime() - start) / 1e9;
      seconds.merge(stage, elapsed, Double::sum);
      cpuSeconds.merge(stage, (processCpuNanos() - cpuStart) / 1e9, Double::sum);
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

  public Map<String, Double> cpuSeconds() {
    return cpuSeconds;
  }

  /** CPU time of the whole JVM process; 0 where the JVM does not expose it. */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
