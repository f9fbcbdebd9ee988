package org.opedlens.sbd;

import java.util.Arrays;

/** A growable int array: offsets without boxing, reused across documents. */
final class IntList {
  private int[] values = new int[64];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  int last() {
    return values[size - 1];
  }

  void truncate(int newSize) {
    size = Math.min(size, newSize);
  }

  void clear() {
    size = 0;
  }
}
