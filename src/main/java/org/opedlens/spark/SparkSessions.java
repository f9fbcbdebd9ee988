package org.opedlens.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession for every command. Local mode ({@code local[*]}) unless a master is given or
 * spark-submit already set one; settings every run relies on are applied here, in one place.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    SparkConf sparkConf = new SparkConf(true).setAppName(appName);
    if (master != null) {
      sparkConf.setMaster(master);
    } else if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    // Partition values such as "2022-01" stay strings when tables are read back.
    sparkConf.setIfMissing("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
    // Small corpora are the common local case; 200 shuffle partitions would be mostly empty tasks.
    if (sparkConf.get("spark.master").startsWith("local")) {
      sparkConf.setIfMissing("spark.sql.shuffle.partitions", "8");
      sparkConf.setIfMissing("spark.ui.showConsoleProgress", "true");
    }
    conf.forEach(sparkConf::set);
    return SparkSession.builder().config(sparkConf).getOrCreate();
  }
}
