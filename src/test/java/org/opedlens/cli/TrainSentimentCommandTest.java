package org.opedlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --data option of "train sentiment": a file-name glob is expanded before Spark sees it. */
class TrainSentimentCommandTest {
  @Test
  void expandsAGlobIntoTheSortedMatchingFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ratings_b.tsv"), "id\tmean_rating\ttext\n");
    Files.writeString(dir.resolve("ratings_a.tsv"), "id\tmean_rating\ttext\n");
    Files.writeString(dir.resolve("notes.md"), "not data\n");

    List<String> files = TrainSentimentCommand.expandGlobs(List.of(dir + "/*.tsv", "other/plain.tsv"));

    assertEquals(List.of(dir.resolve("ratings_a.tsv").toString(), dir.resolve("ratings_b.tsv").toString(),
        "other/plain.tsv"), files);
    assertThrows(IllegalArgumentException.class, () -> TrainSentimentCommand.expandGlobs(List.of(dir + "/*.csv")));
  }
}
