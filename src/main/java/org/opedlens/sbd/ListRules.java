package org.opedlens.sbd;

/**
 * Lists written inline: "• one • two", "1.) one 2.) two", "1) one 2) two", "a. one b. two". Every bullet opens an
 * item; when a stretch opens with a numbered or lettered marker, the next markers of the same series ("2.)",
 * "b.") open items too, even without a period before them.
 */
final class ListRules {
  private ListRules() {}

  /** Adds to {@code starts}, in order, the offsets inside {@code text[start, end)} where a new list item begins. */
  static void itemStarts(String text, int start, int end, IntList starts) {
    int first = BoundaryRules.skipSpace(text, start, end);
    for (int p = first + 1; p < end; p++) {
      if (Chars.isBullet(text.charAt(p)) && Chars.isSpace(text.charAt(p - 1))) {
        starts.add(p);
      }
    }
    int markerAt = first;
    if (markerAt < end && Chars.isBullet(text.charAt(markerAt))) {
      markerAt = BoundaryRules.skipSpace(text, markerAt + 1, end);
    }
    Marker marker = Marker.read(text, markerAt, end);
    if (marker == null) {
      return;
    }
    int from = markerAt + marker.length();
    int mark = starts.size();
    for (Marker expected = marker.next(); expected != null; expected = expected.next()) {
      int at = find(text, expected.text(), from, end);
      if (at < 0) {
        break;
      }
      // A bullet right before the marker already opened the item.
      int before = at - 1;
      while (before > start && Chars.isSpace(text.charAt(before))) {
        before--;
      }
      if (!Chars.isBullet(text.charAt(before))) {
        insertSorted(starts, mark, at);
      }
      from = at + expected.text().length();
    }
  }

  /** The marker text occurring as a whole token inside {@code text[from, end)}: space before, space after. */
  private static int find(String text, String marker, int from, int end) {
    char first = marker.charAt(0);
    for (int at = Math.max(from, 1); at + marker.length() < end; at++) {
      if (text.charAt(at) == first && text.startsWith(marker, at)
          && (Chars.isSpace(text.charAt(at - 1)) || Chars.isBullet(text.charAt(at - 1)))
          && Chars.isSpace(text.charAt(at + marker.length()))) {
        return at;
      }
    }
    return -1;
  }

  private static void insertSorted(IntList starts, int from, int value) {
    // Bullet starts come first in the list; series markers are few, so a rebuild of the tail is cheap.
    int n = starts.size();
    int[] tail = new int[n - from];
    for (int q = from; q < n; q++) {
      tail[q - from] = starts.get(q);
    }
    int[] merged = new int[tail.length + 1];
    int pos = 0;
    boolean placed = false;
    for (int v : tail) {
      if (!placed && value < v) {
        merged[pos++] = value;
        placed = true;
      }
      if (v != value) {
        merged[pos++] = v;
      }
    }
    if (!placed) {
      merged[pos++] = value;
    }
    starts.truncate(from);
    for (int q = 0; q < pos; q++) {
      starts.add(merged[q]);
    }
  }

  /** A list marker: a number (1-3 digits) or one letter, then ".)", "." or ")". */
  record Marker(boolean numeric, int value, String suffix, String text) {
    int length() {
      return text.length();
    }

    /** The marker that follows this one in its series, or null after "z". */
    Marker next() {
      int following = value + 1;
      if (!numeric && following > 'z' || !numeric && Character.isUpperCase(value) && following > 'Z') {
        return null;
      }
      String label = numeric ? Integer.toString(following) : String.valueOf((char) following);
      return new Marker(numeric, following, suffix, label + suffix);
    }

    static Marker read(String text, int at, int end) {
      int p = at;
      while (p < end && p - at < 3 && Character.isDigit(text.charAt(p))) {
        p++;
      }
      boolean numeric = p > at;
      if (!numeric) {
        if (at < end && (text.charAt(at) == 'a' || text.charAt(at) == 'A')) {
          p = at + 1;
        } else {
          return null;
        }
      }
      // "A. Philip Randolph" opens many paragraphs: capital letters count only as "A)" or "A.)".
      boolean capital = !numeric && text.charAt(at) == 'A';
      String suffix;
      if (text.startsWith(".)", p)) {
        suffix = ".)";
      } else if (p < end && (text.charAt(p) == '.' || text.charAt(p) == ')')) {
        suffix = String.valueOf(text.charAt(p));
      } else {
        return null;
      }
      if (capital && suffix.equals(".")) {
        return null;
      }
      int after = p + suffix.length();
      if (after >= end || !Chars.isSpace(text.charAt(after))) {
        return null;
      }
      int value = numeric ? Integer.parseInt(text.substring(at, p)) : text.charAt(at);
      return new Marker(numeric, value, suffix, text.substring(at, after));
    }
  }
}
