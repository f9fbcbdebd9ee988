package org.opedlens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a String, detecting the encoding rather than guessing: a BOM decides
 * (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; otherwise Windows-1252 (or ISO-8859-1 where 1252 leaves a byte
 * undefined) when the bytes look like 8-bit text: mostly ASCII letters with a minority of high bytes. Binary content
 * (NUL bytes, many control bytes) is refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text and the encoding that was detected, or the reason it could not be decoded. */
  public record Decoded(String text, String encoding, RejectReason reject, String detail) {
    public boolean ok() {
      return reject == null;
    }
  }

  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
    }
    if (looksBinary(bytes)) {
      return new Decoded(null, null, RejectReason.BINARY, "NUL or control bytes in the first 8 KB");
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    if (utf8.ok()) {
      return utf8;
    }
    if (looksLike8BitText(bytes)) {
      Decoded windows = strict(bytes, 0, WINDOWS_1252, "windows-1252");
      // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in windows-1252 but valid (controls) in Latin-1.
      return windows.ok() ? windows : strict(bytes, 0, StandardCharsets.ISO_8859_1, "ISO-8859-1");
    }
    return new Decoded(null, null, RejectReason.UNDECODABLE, "not UTF-8, UTF-16 with BOM or windows-1252 text");
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new Decoded(chars.toString(), name, null, null);
    } catch (CharacterCodingException e) {
      return new Decoded(null, null, RejectReason.UNDECODABLE, "invalid " + name + ": " + e.getMessage());
    }
  }

  /** NUL bytes, or more than 5 % control bytes other than tab, CR, LF and form feed, in the first 8 KB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /**
   * Windows-1252 fallback only when the high bytes are a minority among mostly ASCII letters: random binary that
   * slipped past the control-byte check has many high bytes.
   */
  static boolean looksLike8BitText(byte[] bytes) {
    int high = 0;
    int letters = 0;
    for (byte value : bytes) {
      int b = value & 0xFF;
      if (b >= 0x80) {
        high++;
      } else if (Character.isLetter(b)) {
        letters++;
      }
    }
    return high * 4 < letters;
  }
}
