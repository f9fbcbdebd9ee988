package org.opedlens.ingest;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads lines of at most {@code maxLineBytes} from a {@link ByteSource}, so memory stays bounded whatever the
 * input: a longer line is reported as too long (its first bytes kept for the excerpt) and skipped to its end; when
 * no line end comes within {@code maxSkipBytes} (a 1 GB line, a gzip bomb), the rest of the file is abandoned
 * rather than expanded.
 */
final class LineReader {
  /** One line: its bytes (without the line end), or only its head when it was too long. */
  record Line(long number, byte[] bytes, long length, boolean tooLong, boolean abandoned) {}

  private static final int HEAD_BYTES = 512;

  private final ByteSource source;
  private final int maxLineBytes;
  private final long maxSkipBytes;
  private long number;
  private byte[] buffer = new byte[8192];

  LineReader(ByteSource source, int maxLineBytes, long maxSkipBytes) {
    this.source = source;
    this.maxLineBytes = maxLineBytes;
    this.maxSkipBytes = maxSkipBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int b = source.read();
    if (b < 0) {
      return null;
    }
    number++;
    int size = 0;
    long length = 0;
    while (b >= 0 && b != '\n') {
      length++;
      if (length <= maxLineBytes) {
        if (size == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineBytes));
        }
        buffer[size++] = (byte) b;
      } else if (length - maxLineBytes > maxSkipBytes) {
        return new Line(number, Arrays.copyOf(buffer, Math.min(size, HEAD_BYTES)), length, true, true);
      }
      b = source.read();
    }
    if (size > 0 && buffer[size - 1] == '\r' && length <= maxLineBytes) {
      size--;
    }
    if (length > maxLineBytes) {
      return new Line(number, Arrays.copyOf(buffer, Math.min(size, HEAD_BYTES)), length, true, false);
    }
    return new Line(number, Arrays.copyOf(buffer, size), length, false, false);
  }
}
