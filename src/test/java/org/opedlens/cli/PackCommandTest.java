package org.opedlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class PackCommandTest {
  private static String help(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    try {
      assertEquals(0, OpedLens.execute(args));
    } finally {
      System.setOut(original);
    }
    return captured.toString();
  }

  @Test
  void packAndTheNewRunOptionsHaveHelp() {
    assertTrue(help("--help").contains("pack"));
    String pack = help("pack", "--help");
    assertTrue(pack.contains("--input") && pack.contains("--output") && pack.contains("--max-chars"), pack);
    String run = help("run", "--help");
    assertTrue(run.contains("--near-duplicate-similarity") && run.contains("--field"), run);
  }

  @Test
  void packNeedsItsInputAndOutput() {
    assertEquals(2, OpedLens.execute("pack", "--output", "target/never-written.parquet"));
  }
}
