package org.opedlens.pipeline;

import java.time.LocalDate;

/**
 * A publication-date window, both ends inclusive; a null end is open. Undated documents belong to no bounded window:
 * only the unbounded window (no --since, no --until) holds them.
 */
public record DateWindow(LocalDate since, LocalDate until) {
  public static final DateWindow ALL = new DateWindow(null, null);

  public DateWindow {
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
  }

  public boolean isBounded() {
    return since != null || until != null;
  }

  /** Whether a document with this date (null: undated) belongs to the window. */
  public boolean contains(LocalDate date) {
    if (date == null) {
      return !isBounded();
    }
    return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
  }

  /** Whether every document of {@code other} also belongs to this window. */
  public boolean covers(DateWindow other) {
    boolean fromOk = since == null || (other.since != null && !other.since.isBefore(since));
    boolean toOk = until == null || (other.until != null && !other.until.isAfter(until));
    return fromOk && toOk;
  }

  /**
   * The part of this window that dates from {@code first} to {@code last} can fall in, or null when none can. The
   * span of a file's dated documents, so that a file whose dates all lie outside a window needs no reading for it.
   */
  public DateWindow clip(LocalDate first, LocalDate last) {
    LocalDate from = since == null || first.isAfter(since) ? first : since;
    LocalDate to = until == null || last.isBefore(until) ? last : until;
    return to.isBefore(from) ? null : new DateWindow(from, to);
  }

  /** {@code 2022-01-01..2022-01-31}, {@code 2022-01-01..} or {@code ..} (the form the manifests store). */
  @Override
  public String toString() {
    return (since == null ? "" : since.toString()) + ".." + (until == null ? "" : until.toString());
  }

  public static DateWindow parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("not a window (since..until): " + text);
    }
    String from = text.substring(0, dots).strip();
    String to = text.substring(dots + 2).strip();
    return new DateWindow(from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to));
  }
}
