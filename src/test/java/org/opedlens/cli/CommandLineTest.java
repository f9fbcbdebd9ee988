package org.opedlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private static String run(String... args) {
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
  void everyCommandHasHelp() {
    String top = run("--help");
    assertTrue(top.contains("run"), top);
    String help = run("run", "--help");
    assertTrue(help.contains("--input") && help.contains("--output") && help.contains("--master"), help);
    assertTrue(help.contains("--since") && help.contains("--until") && help.contains("--input-manifest"), help);
    String bench = run("bench", "--help");
    assertTrue(bench.contains("--docs") && bench.contains("--report") && bench.contains("--input"), bench);
  }

  @Test
  void badOptionsGiveAClearErrorNotAStackTrace() {
    assertEquals(2, OpedLens.execute("run", "--no-such-option"));
  }
}
