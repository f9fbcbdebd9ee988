package org.opedlens.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes: ids never depend on run order or on the machine. */
public final class Hashing {
  private Hashing() {}

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The first 16 hex digits of SHA-256 over the parts, separated by NUL. */
  public static String shortId(String... parts) {
    return sha256Hex(String.join("\u0000", parts)).substring(0, 16);
  }
}
