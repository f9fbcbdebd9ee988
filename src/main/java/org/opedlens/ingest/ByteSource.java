package org.opedlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A buffered byte stream for the record scanners (JSON lines, CSV): unsynchronised single-byte reads and the
 * file's encoding sniffed from its first bytes. UTF-16 files (with a BOM) are transcoded to
 * UTF-8 on the fly, so the scanners only ever see an ASCII-compatible stream.
 */
final class ByteSource implements AutoCloseable {
  private static final int BUFFER = 1 << 16;
  /** How many leading bytes decide whether a file is binary. */
  static final int SNIFF_BYTES = 8192;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private final String encoding;
  private final boolean binary;

  ByteSource(InputStream raw) throws IOException {
    InputStream stream = raw;
    byte[] head = new byte[SNIFF_BYTES];
    int n = readFully(raw, head);
    String detected = null;
    int skip = 0;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      detected = "UTF-8 (BOM)";
      skip = 3;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      detected = "UTF-16LE (BOM)";
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      detected = "UTF-16BE (BOM)";
    }
    if (detected != null && detected.startsWith("UTF-16")) {
      Charset charset = detected.startsWith("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      stream = new TranscodingStream(new java.io.SequenceInputStream(
          new java.io.ByteArrayInputStream(head, 2, Math.max(0, n - 2)), raw), charset);
      this.binary = false;
      this.limit = 0;
    } else {
      System.arraycopy(head, skip, buffer, 0, n - skip);
      this.limit = Math.max(0, n - skip);
      this.binary = TextDecoder.looksBinary(java.util.Arrays.copyOf(head, Math.max(0, n)));
    }
    this.in = stream;
    this.encoding = detected;
  }

  /** "UTF-8 (BOM)", "UTF-16LE (BOM)", ... when a BOM decided; null when each record's bytes decide. */
  String encoding() {
    return encoding;
  }

  /** NUL or many control bytes at the start of the file. */
  boolean looksBinary() {
    return binary;
  }

  /** The first byte that is not white space, looking ahead without consuming; -1 when none is in sight. */
  int firstNonBlank() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    for (int i = position; i < limit; i++) {
      int b = buffer[i] & 0xFF;
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b;
      }
    }
    return -1;
  }

  /** The next byte (0-255), or -1 at the end. */
  int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  /** The next byte without consuming it, or -1. */
  int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, BUFFER);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private static int readFully(InputStream in, byte[] into) throws IOException {
    int total = 0;
    while (total < into.length) {
      int n = in.read(into, total, into.length - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Decodes a charset and re-encodes UTF-8, in bounded chunks; malformed input becomes U+FFFD. */
  private static final class TranscodingStream extends InputStream {
    private final InputStream source;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final ByteBuffer raw = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final ByteBuffer out = ByteBuffer.allocate(BUFFER * 3);
    private boolean eof;

    TranscodingStream(InputStream source, Charset charset) {
      this.source = source;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      raw.flip();
      out.flip();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (!out.hasRemaining()) {
        if (eof && !raw.hasRemaining()) {
          return -1;
        }
        raw.compact();
        int n = eof ? -1 : source.read(raw.array(), raw.position(), raw.remaining());
        if (n < 0) {
          eof = true;
        } else {
          raw.position(raw.position() + n);
        }
        raw.flip();
        chars.clear();
        CoderResult ignored = decoder.decode(raw, chars, eof);
        if (eof) {
          decoder.flush(chars);
        }
        chars.flip();
        out.clear();
        encoder.encode(chars, out, eof);
        out.flip();
        if (eof && !out.hasRemaining() && !raw.hasRemaining()) {
          return -1;
        }
      }
      int n = Math.min(len, out.remaining());
      out.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
