package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "Biden\u2019s caf\u00e9 \u2014 r\u00e9sum\u00e9";

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, TextDecoder.decode(plain).text());
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    TextDecoder.Decoded decoded = TextDecoder.decode(bom);
    assertEquals(TEXT, decoded.text());
    assertEquals("UTF-8 (BOM)", decoded.encoding());
  }

  @Test
  void utf16WithBom() {
    byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(TEXT, TextDecoder.decode(le).text());
    byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(TEXT, TextDecoder.decode(be).text());
  }

  @Test
  void windows1252IsDetectedWhenUtf8Fails() {
    String text = "The caf\u00e9 owner\u2019s r\u00e9sum\u00e9 was long, and the prices were fair.";
    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
    assertEquals(text, decoded.text());
    assertEquals("windows-1252", decoded.encoding());
  }

  @Test
  void binaryAndGarbageAreRefused() {
    assertEquals(RejectReason.BINARY, TextDecoder.decode(new byte[] {'a', 0, 'b', 0}).reject());
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    TextDecoder.Decoded decoded = TextDecoder.decode(random);
    assertTrue(decoded.reject() == RejectReason.BINARY || decoded.reject() == RejectReason.UNDECODABLE);
  }
}
