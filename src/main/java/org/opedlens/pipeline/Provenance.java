package org.opedlens.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * What, besides inputs and options, a run needs to be reproduced: the exact code (the jar that ran, by SHA-256),
 * the Java version, and the Spark settings in effect, with secrets redacted.
 */
final class Provenance {
  private static final String[] SECRET_HINTS = {"secret", "password", "token", "credential", "access.key", "accesskey"};

  private Provenance() {}

  static Map<String, Object> describe(SparkSession spark) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("code_location", codeLocation());
    facts.put("code_sha256", codeSha256());
    facts.put("java_version", System.getProperty("java.version"));
    Map<String, String> conf = new TreeMap<>();
    // toDebugString: one "key=value" line per setting, without Scala types in our code.
    for (String line : spark.sparkContext().getConf().toDebugString().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        String key = line.substring(0, equals);
        conf.put(key, isSecret(key) ? "*****(redacted)" : line.substring(equals + 1));
      }
    }
    facts.put("spark_conf", conf);
    return facts;
  }

  static boolean isSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String hint : SECRET_HINTS) {
      if (lower.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  private static String codeLocation() {
    var source = Provenance.class.getProtectionDomain().getCodeSource();
    return source == null ? "unknown" : source.getLocation().toString();
  }

  /** SHA-256 of the jar our classes came from; "classes-directory" when run from a build folder (tests). */
  private static String codeSha256() {
    try {
      var source = Provenance.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return "unknown";
      }
      Path location = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return "classes-directory";
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(location)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | IllegalArgumentException e) {
      return "unknown: " + e.getMessage();
    }
  }
}
