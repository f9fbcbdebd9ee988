package org.opedlens.testing;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.opedlens.spark.SparkSessions;

/**
 * One local Spark session for the whole test JVM (start-up costs seconds): every test class shares it. It is the
 * same factory the CLI uses, in local mode with two threads.
 */
public final class SharedSpark {
  private SharedSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession get() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSessions.create("opedlens-tests", "local[2]",
          Map.of("spark.ui.enabled", "false", "spark.ui.showConsoleProgress", "false"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
    }
    return session;
  }
}
