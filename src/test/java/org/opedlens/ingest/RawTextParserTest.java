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
    // The seed's first line is its lede with tag words fused in, not a headline: it stays in the body.
    assertNull(doc.title(), doc.title());
    assertTrue(doc.body().startsWith("the upheaval in Kazakhstan shook Central Asia"), doc.body());
    assertTrue(doc.body().contains("as an organizing principle of American foreign policy.\n\nThe uprising"));
    assertTrue(doc.bio().startsWith("Robert A. Manning is a senior fellow of the Scowcroft Center"));
    assertTrue(doc.bio().endsWith("from 2008 to 2012."), doc.bio());
    assertFalse(doc.body().contains("Rmanning4"));
    assertTrue(doc.body().endsWith("than on states. clients."), "the body keeps the text as written");
    assertEquals("author=bio;date=header", doc.metadataSource());
  }

  @Test
  void seedStyleLineWithHeadlineTagsAndLedeKeepsTheLedeInTheBody() {
    String raw = " date 2023-02-14 the harbour strike is a test for the new mayor Opinion Labour Ports Transport City Hall"
        + " Dockworkers walked off the job at dawn. They say the port authority broke its word.\n\n"
        + "The mayor has a week to answer them.\n";
    ParsedDocument doc = RawTextParser.parse(raw, "strike.txt");
    assertEquals("the harbour strike is a test for the new mayor", doc.title());
    assertEquals(LocalDate.of(2023, 2, 14), doc.date());
    assertTrue(doc.body().startsWith("Opinion Labour Ports Transport City Hall Dockworkers walked off the job at dawn."),
        doc.body());
    assertTrue(doc.body().endsWith("They say the port authority broke its word.\n\nThe mayor has a week to answer them."),
        doc.body());
    ParsedDocument tagged = RawTextParser.parse(" date 2023-02-14 the spyware on your phone is a censor's best friend"
        + " Technology Surveillance Privacy Opinion Cybersecurity For years the agency denied it. It no longer does.\n\n"
        + "Now the courts must act.\n", "spyware.txt");
    assertEquals("the spyware on your phone is a censor's best friend", tagged.title(), "tags before the marker go too");
    assertTrue(tagged.body().startsWith("Technology Surveillance Privacy Opinion Cybersecurity For years"), tagged.body());
    ParsedDocument headlineOnly = RawTextParser.parse(" date 2023-02-14 Why the harbour strike matters\n\n"
        + "Dockworkers walked off the job at dawn. The mayor has a week to answer them.\n", "short.txt");
    assertEquals("Why the harbour strike matters", headlineOnly.title());
    assertTrue(headlineOnly.body().startsWith("Dockworkers walked off"), headlineOnly.body());
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

  private static final String BODY =
      "The first paragraph argues something at length, with several clauses, and it ends here.\n\n"
          + "A second paragraph continues the argument. It has two sentences.\n\n";

  @Test
  void bioPhrasingsAndRealNames() {
    List<String> names = List.of("Ursula von der Leyen", "Jean-Claude Juncker", "J.K. Rowling", "Se\u00e1n O'Brien",
        "Gabriel Garc\u00eda M\u00e1rquez", "Aung San Suu Kyi", "Ban Ki-moon", "Laura D'Andrea Tyson",
        "Ibrahim Al-Marashi", "Bill de Blasio", "E.J. Dionne Jr.", "Ma Jian");
    List<String> bios = List.of("%s is a senior fellow at the Atlantic Council.",
        "%s, a former ambassador, writes about foreign policy.", "%s (@handle) is a contributing writer.",
        "\u2014 %s is the author of several books.", "%s teaches political science at a university in London.",
        "%s, 52, is the director of a think tank and a columnist.", "%s's latest book is \"The Long Game\".",
        "%s \u2013 a former diplomat \u2013 writes from Cairo.", "About the author: %s is an analyst.",
        "%s has written for the Atlantic and the New Yorker.", "%s is Fox News' senior judicial analyst.");
    for (String name : names) {
      for (String bio : bios) {
        String paragraph = String.format(bio, name);
        ParsedDocument doc = RawTextParser.parse("A Headline About Things\n\n" + BODY + paragraph + "\n", "x.txt");
        assertEquals(List.of(name), doc.authors(), paragraph);
        assertEquals(paragraph, doc.bio());
        assertEquals("author=bio;title=header", doc.metadataSource());
      }
    }
  }

  @Test
  void honorificsCapsOneWordAndCoAuthorBios() {
    assertEquals(List.of("Corne J. Becker"),
        RawTextParser.parse(BODY + "Dr. Corne J. Becker is a physician in Texas.", null).authors());
    assertEquals(List.of("Simon Jenkins"),
        RawTextParser.parse(BODY + "SIR SIMON JENKINS IS A COLUMNIST FOR THE GUARDIAN.", null).authors());
    assertEquals(List.of("Editorial"), RawTextParser.parse(BODY + "Editorial is a columnist for X.", null).authors());
    assertEquals(List.of("Jane Doe", "John Roe"),
        RawTextParser.parse(BODY + "Jane Doe and John Roe are fellows at the Hudson Institute.", null).authors());
    assertEquals(List.of("Jane Doe", "John Roe"), RawTextParser.parse(BODY
        + "Jane Doe is a professor of law.\n\nJohn Roe is a reporter. Follow him on Twitter @jroe.", null).authors());
    assertEquals(List.of("Observer editorial"),
        RawTextParser.parse(BODY + "Observer editorial is a columnist for X.", null).authors());
    assertEquals(List.of("Guardian staff"),
        RawTextParser.parse(BODY + "Guardian staff and agencies are contributors to X.", null).authors());
    assertEquals(List.of("Letters"),
        RawTextParser.parse(BODY + "Letters, who has reported from the region for a decade, is a contributor.", null)
            .authors());
    assertEquals(List.of("Oliver North"),
        RawTextParser.parse(BODY + "Lt. Col. Oliver North (ret.) is a Fox News contributor.", null).authors());
    assertEquals(List.of("John Lott"), RawTextParser.parse(BODY
        + "John R. Lott, Jr. is an economist.\n\nJohn Lott is a columnist for Fox News.", null).authors(),
        "two bios of one person name one author");
  }

  @Test
  void lastParagraphsThatAreNotBios() {
    for (String last : List.of("Russia is a member of the Security Council.", "Putin and his allies are former KGB officers.",
        "The economy is a mess, and the president knows it.", "Obama is wrong.", "Dolores Whitfield is a decorated lifeguard.",
        "It is time for Congress to act.", "Oil abundance is not necessarily a curse. Most producers are ready.")) {
      ParsedDocument doc = RawTextParser.parse(BODY + last, null);
      assertNull(doc.bio(), last);
      assertTrue(doc.body().endsWith(last), "the paragraph stays in the body: " + last);
    }
  }

  @Test
  void headerLinesInAnyOrderAndScrapeNoise() {
    ParsedDocument doc = RawTextParser.parse("Date: January 13, 2022\nShare this article\n<h1>Why &amp; How</h1>\n"
        + "By JANE DOE\n\n" + BODY, "x.txt");
    assertEquals("Why & How", doc.title());
    assertEquals(LocalDate.of(2022, 1, 13), doc.date());
    assertEquals(List.of("Jane Doe"), doc.authors());
    assertTrue(doc.body().startsWith("The first paragraph"), doc.body());
    ParsedDocument bare = RawTextParser.parse("Sanctions, explained\nHelen Whitaker\nDate: May 18, 2022\n\n" + BODY, null);
    assertEquals(List.of("Helen Whitaker"), bare.authors(), "a name line right before a date line is a byline");
    ParsedDocument dek = RawTextParser.parse("Sanctions, explained\nPutin Strikes Back\n\n" + BODY, null);
    assertTrue(dek.authors().isEmpty(), "a headline-case line without a date line after it is not a byline");
    ParsedDocument byAll = RawTextParser.parse("Headline\n\nBy all accounts he is a decent man.\n\n" + BODY, null);
    assertTrue(byAll.body().startsWith("By all accounts"), "a sentence starting with By stays in the body");
  }

  @Test
  void isoTimestampAndBylineWithDate() {
    ParsedDocument doc = RawTextParser.parse("Headline\n2022-01-13T08:15:00Z\nBy Jane Doe\n\n" + BODY, null);
    assertEquals(LocalDate.of(2022, 1, 13), doc.date());
    ParsedDocument combined = RawTextParser.parse("Headline\nBy Jane Doe | January 13, 2022\n\n" + BODY, null);
    assertEquals(LocalDate.of(2022, 1, 13), combined.date());
    assertEquals(List.of("Jane Doe"), combined.authors());
  }
}
