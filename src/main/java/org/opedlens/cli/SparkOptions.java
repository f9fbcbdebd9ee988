package org.opedlens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.opedlens.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Options every Spark command shares: they pass through to Spark. */
public final class SparkOptions {
  @Option(names = "--master", description = "Spark master URL (default: local[*], or what spark-submit set)")
  String master;

  @Option(names = "--conf", description = "a Spark setting k=v; repeatable", paramLabel = "K=V")
  Map<String, String> conf = new LinkedHashMap<>();

  SparkSession session(String appName) {
    return SparkSessions.create(appName, master, conf);
  }
}
