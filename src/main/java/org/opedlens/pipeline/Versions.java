package org.opedlens.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The code version, from the build (Maven filters version.properties). */
public final class Versions {
  private Versions() {}

  public static String code() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/opedlens/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
