package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawTextParserTest {
  @Test
  void seedStyleHeaderBodyAndBio() throws IOException {
    String raw = Files.readString(Path.of("datasets/sample/000_ec6afc3cc24a8bd1.txt"));
    ParsedDocument doc = RawTextParser.parse(raw, "datasets/sample/000_ec6afc3cc24a8bd1.txt");
    assertEquals("Robert A. Manning", doc.author());
    assertEquals(LocalDate.of(2022, 1, 13), doc.date());
    assertTrue(doc.title().startsWith("the upheaval in Kazakhstan"), doc.title());
    assertTrue(doc.bio().startsWith("Robert A. Manning is a senior fellow of the Scowcroft Center"));
    assertTrue(doc.bio().endsWith("from 2008 to 2012."), doc.bio());
    assertFalse(doc.body().contains("Rmanning4"));
    assertTrue(doc.body().endsWith("than on states. clients."), "the body keeps the text as written");
    assertEquals("author=bio;date=header;title=header", doc.metadataSource());
  }

  @Test
  void bylineStyleWithDateLine() {
    String raw = "Why the Junta Will Fall\nBy JANE DOE and John Roe, Special to the Herald\nPublished 4 Mar 2022\n\n"
        + "The generals promised elections within a year.\n\nADVERTISEMENT\n\nThey lied.\n";
    ParsedDocument doc = RawTextParser.parse(raw, "x.txt");
    assertEquals("Why the Junta Will Fall", doc.title());
    assertEquals(List.of("Jane Doe", "John Roe"), doc.authors());
    assertEquals(LocalDate.of(2022, 3, 4), doc.date());
    assertEquals("The generals promised elections within a year.\n\nThey lied.", doc.body());
    assertEquals("author=byline;date=header;title=header", doc.metadataSource());
  }

  @Test
  void dateFromThePathWhenTheTextHasNone() {
    ParsedDocument doc = RawTextParser.parse("Some body text that ends with a period.\n", "s3://b/2021/07/09/a.txt");
    assertEquals(LocalDate.of(2021, 7, 9), doc.date());
    assertEquals("date=path", doc.metadataSource());
    assertNull(doc.author());
  }

  @Test
  void datesInTheFormsScrapesUse() {
    assertEquals(LocalDate.of(2022, 1, 13), DateParser.parse("January 13, 2022"));
    assertEquals(LocalDate.of(2022, 1, 13), DateParser.parse("13 Jan 2022"));
    assertEquals(LocalDate.of(2022, 1, 13), DateParser.parse("2022-01-13T08:15:00Z"));
    assertEquals(LocalDate.of(2022, 1, 13), DateParser.parse("Thursday, Jan. 13, 2022"));
    assertNull(DateParser.parse("2022-02-30"));
    assertNull(DateParser.parse("not a date"));
  }
}
