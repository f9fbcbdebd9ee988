package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate JAN_13 = LocalDate.of(2022, 1, 13);

  @Test
  void wholeValuesInTheFormsScrapesUse() {
    for (String value : List.of("2022-01-13", "2022-01-13T08:15:00Z", "2022-01-13T08:15:00.123+01:00",
        "2022-01-13 08:15", "2022/01/13", "January 13, 2022", "Jan. 13, 2022", "Jan 13 2022", "January 13th, 2022",
        "13 January 2022", "13 Jan 2022", "13th of January, 2022", "Thursday, January 13, 2022",
        "Thu, 13 Jan 2022 08:15:00 GMT", "Thu 13 Jan 2022 08.15 GMT", "13/01/2022", "01/13/2022", "20220113",
        "  13 Jan 2022  ")) {
      assertEquals(JAN_13, DateParser.parse(value), value);
    }
  }

  @Test
  void ambiguousImpossibleAndNonDatesAreNotGuessed() {
    assertNull(DateParser.parse("01/02/2022"), "day and month could be either way round");
    assertNull(DateParser.parse("2022-02-30"));
    assertNull(DateParser.parse("31 June 2022"));
    assertNull(DateParser.parse("not a date"));
    assertNull(DateParser.parse("2015: Beyond Obama"));
    assertNull(DateParser.parse("January 13, 2022 was a cold day"), "a sentence, not a date");
    assertNull(DateParser.parse("May 2022"), "no day");
    assertNull(DateParser.parse("13 Jan 1066"), "outside 1800-2100");
    assertNull(DateParser.parse(null));
  }

  @Test
  void dateLinesWithLabelsTimesAndReadingTime() {
    for (String line : List.of("Published 13 Jan 2022", "Last modified on Thu 13 Jan 2022 07.10 GMT",
        "13 January 2022 \u2022 5 min read", "Jan. 13, 2022 | Updated Jan. 14, 2022", "January 13, 2022 | 4:53 PM ET",
        "Posted on January 13th, 2022 at 10:32 a.m.")) {
      assertEquals(JAN_13, DateParser.line(line), line);
    }
    assertNull(DateParser.line("Protests spread on January 13, 2022 across the country"));
  }

  @Test
  void findAndPrefix() {
    assertEquals(JAN_13, DateParser.find("Updated: 10:32 AM ET, Thu January 13, 2022"));
    DateParser.Prefix prefix = DateParser.parsePrefix("2022-01-13T08:15:00Z the upheaval in Kazakhstan");
    assertEquals(JAN_13, prefix.date());
    assertEquals("2022-01-13T08:15:00Z".length(), prefix.length());
    assertNull(DateParser.parsePrefix("the upheaval 2022-01-13"));
  }

  @Test
  void datesInPaths() {
    assertEquals(JAN_13, DateParser.fromPath("s3://bucket/opeds/2022/01/13/slug.txt"));
    assertEquals(JAN_13, DateParser.fromPath("file:/data/2022/1/13/slug.txt"));
    assertEquals(JAN_13, DateParser.fromPath("file:/data/2022-01-13/slug.txt"));
    assertEquals(JAN_13, DateParser.fromPath("file:/data/2022-01-13-kazakhstan-upheaval.txt"));
    assertEquals(JAN_13, DateParser.fromPath("file:/data/20220113_kazakhstan.txt"));
    assertEquals(JAN_13, DateParser.fromPath("http://www.example.com/opinion/2022/01/13/kazakhstan-upheaval/"));
    assertNull(DateParser.fromPath("file:/data/2022/13/01/slug.txt"), "no month 13");
    assertNull(DateParser.fromPath("file:/data/202201130/slug.txt"));
    assertNull(DateParser.fromPath(null));
  }
}
