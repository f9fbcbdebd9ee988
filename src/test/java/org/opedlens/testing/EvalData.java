package org.opedlens.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The external evaluation data at {@code ../shared/eval} (or {@code $OPEDLENS_EVAL_DIR}). A user's clone has none:
 * tests that need it skip, never fail, when it is absent. Its text is read at test time and never copied.
 */
public final class EvalData {
  private EvalData() {}

  public static Path dir() {
    String override = System.getenv("OPEDLENS_EVAL_DIR");
    return override != null ? Path.of(override) : Path.of("../shared/eval");
  }

  /** The file under the eval folder; skips the calling test when it is not there. */
  public static Path require(String relative) {
    Path file = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "evaluation data not present: " + file);
    return file;
  }
}
