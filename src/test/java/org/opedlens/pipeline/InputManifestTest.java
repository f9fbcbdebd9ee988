package org.opedlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files an incremental run reads, decided from the input manifest; no Spark needed. */
class InputManifestTest {
  private static final LocalDate JAN_10 = LocalDate.parse("2024-01-10");
  private static final LocalDate JAN_11 = LocalDate.parse("2024-01-11");
  private static final DateWindow DAY_10 = new DateWindow(JAN_10, JAN_10);
  private static final DateWindow DAY_11 = new DateWindow(JAN_11, JAN_11);
  private static final DateWindow JANUARY = DateWindow.parse("2024-01-01..2024-01-31");

  @TempDir Path dir;

  private InputManifest empty() {
    return InputManifest.load(dir.resolve("inputs.jsonl").toString(), new Configuration());
  }

  private static InputManifest.DateSpan span(String first, String last, boolean undated) {
    return new InputManifest.DateSpan(first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last), undated);
  }

  @Test
  void windowsParseCompareAndClip() {
    assertEquals("2024-01-01..2024-01-31", JANUARY.toString());
    assertEquals(DateWindow.ALL, DateWindow.parse(".."));
    assertEquals(new DateWindow(JAN_10, null), DateWindow.parse("2024-01-10.."));
    assertTrue(JANUARY.covers(DAY_10));
    assertFalse(DAY_10.covers(JANUARY));
    assertTrue(DateWindow.ALL.covers(JANUARY));
    assertFalse(JANUARY.covers(DateWindow.ALL));
    assertTrue(JANUARY.contains(JAN_10));
    assertFalse(JANUARY.contains(null), "undated documents belong to no bounded window");
    assertTrue(DateWindow.ALL.contains(null));
    assertEquals(DAY_10, JANUARY.clip(JAN_10, JAN_10));
    assertNull(DAY_11.clip(JAN_10, JAN_10));
    assertThrows(IllegalArgumentException.class, () -> new DateWindow(JAN_11, JAN_10));
  }

  @Test
  void aDailyRunReadsOnlyNewFilesAndARerunReadsNothing() {
    InputManifest manifest = empty();
    InputFile monday = new InputFile("file:/in/a.jsonl", 100, 1000);
    assertEquals(List.of(monday), manifest.toRead(List.of(monday), DAY_10), "an unknown file is read");
    manifest.record(monday, span("2024-01-10", "2024-01-10", false), DAY_10, "run-1");

    assertEquals(List.of(), manifest.toRead(List.of(monday), DAY_10), "re-running the day reads nothing");
    InputFile tuesday = new InputFile("file:/in/b.jsonl", 80, 2000);
    assertEquals(List.of(tuesday), manifest.toRead(List.of(monday, tuesday), DAY_11),
        "the next day reads only the new file: monday's documents cannot fall on the 11th");
    assertEquals(List.of(), manifest.toRead(List.of(monday), JANUARY),
        "a month window needs nothing more from a file whose only date was processed");
  }

  @Test
  void aChangedFileIsReadAgain() {
    InputManifest manifest = empty();
    InputFile file = new InputFile("file:/in/a.jsonl", 100, 1000);
    manifest.record(file, span("2024-01-10", "2024-01-10", false), DateWindow.ALL, "run-1");
    assertEquals(List.of(), manifest.toRead(List.of(file), DateWindow.ALL));
    InputFile grown = new InputFile("file:/in/a.jsonl", 140, 1000);
    InputFile touched = new InputFile("file:/in/a.jsonl", 100, 5000);
    assertEquals(List.of(grown), manifest.toRead(List.of(grown), DateWindow.ALL));
    assertEquals(List.of(touched), manifest.toRead(List.of(touched), DateWindow.ALL));
  }

  @Test
  void aFileSpanningDaysIsReadForEachDayUntilEveryPartIsDone() {
    InputManifest manifest = empty();
    InputFile late = new InputFile("file:/in/late.jsonl", 300, 1000);
    manifest.record(late, span("2024-01-10", "2024-01-11", false), DAY_11, "run-1");
    assertEquals(List.of(late), manifest.toRead(List.of(late), DAY_10),
        "its document of the 10th was left out of the run for the 11th: a back-fill of the 10th reads it");
    assertEquals(List.of(), manifest.toRead(List.of(late), DAY_11));
    manifest.record(late, span("2024-01-10", "2024-01-11", false), JANUARY, "run-2");
    assertEquals(List.of(), manifest.toRead(List.of(late), DAY_10));
    assertEquals(1, manifest.entries().iterator().next().windows().size(), "January covers the day it replaced");
  }

  @Test
  void undatedDocumentsWaitForAnUnboundedRun() {
    InputManifest manifest = empty();
    InputFile mixed = new InputFile("file:/in/mixed.jsonl", 300, 1000);
    manifest.record(mixed, span("2024-01-10", "2024-01-10", true), DAY_10, "run-1");
    assertEquals(List.of(), manifest.toRead(List.of(mixed), JANUARY), "no undated document belongs to January");
    assertEquals(List.of(mixed), manifest.toRead(List.of(mixed), DateWindow.ALL),
        "a run without a window still has to add its undated document");
    manifest.record(mixed, span("2024-01-10", "2024-01-10", true), DateWindow.ALL, "run-2");
    assertEquals(List.of(), manifest.toRead(List.of(mixed), DateWindow.ALL));
  }

  @Test
  void aFileWithOnlyRejectsIsNotReadAgain() {
    InputManifest manifest = empty();
    InputFile broken = new InputFile("file:/in/broken.txt", 3, 1000);
    manifest.record(broken, InputManifest.DateSpan.NONE, DAY_10, "run-1");
    assertEquals(List.of(), manifest.toRead(List.of(broken), DateWindow.ALL));
  }

  @Test
  void savedManifestLoadsBackTheSame() throws IOException {
    InputManifest manifest = empty();
    manifest.record(new InputFile("file:/in/a b.jsonl", 100, 1000), span("2024-01-10", "2024-01-11", true), DAY_10,
        "run-1");
    manifest.record(new InputFile("file:/in/c.txt", 5, 7), InputManifest.DateSpan.NONE, DateWindow.ALL, "run-1");
    manifest.save("run-1");
    InputManifest loaded = empty();
    assertEquals(List.copyOf(manifest.entries()), List.copyOf(loaded.entries()));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("inputs.jsonl")), files.filter(f -> !f.toString().endsWith(".crc")).toList(),
          "no temporary or backup file is left behind");
    }
    manifest.save("run-2");
    assertEquals(List.copyOf(manifest.entries()), List.copyOf(empty().entries()), "saving over a manifest works");
  }
}
