package org.opedlens.sbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One group per rule of the rule layer, on sentences the team wrote. Every split also checks the offsets
 * contract: each span is trimmed, in order, non-overlapping, and {@code text.substring(start, end)} is the sentence.
 */
class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    int previousEnd = 0;
    for (Span span : SPLITTER.split(text)) {
      assertTrue(span.getStart() >= previousEnd, "spans overlap or go backwards: " + span);
      assertTrue(span.getEnd() > span.getStart() && span.getEnd() <= text.length(), "bad span " + span);
      String sentence = text.substring(span.getStart(), span.getEnd());
      assertEquals(sentence.strip(), sentence, "span is not trimmed");
      sentences.add(sentence);
      previousEnd = span.getEnd();
    }
    return sentences;
  }

  private static void assertSplit(String text, String... expected) {
    assertEquals(List.of(expected), split(text), "splitting: " + text);
  }

  @Test
  void endsSentencesAtPeriodsQuestionAndExclamationMarks() {
    assertSplit("The council met. It voted late.", "The council met.", "It voted late.");
    assertSplit("Who pays for it? The county does.", "Who pays for it?", "The county does.");
    assertSplit("What a night! Nobody slept.", "What a night!", "Nobody slept.");
    assertSplit("Really?! We never knew.", "Really?!", "We never knew.");
  }

  @Test
  void keepsOffsetsIntoTheOriginalTextWithCurlyQuotesAndOddSpaces() {
    String text = "  The mayor’s plan failed.\u00A0 “It’s over,” she said.\t\n";
    List<Span> spans = SPLITTER.split(text);
    assertEquals(2, spans.size());
    assertEquals("The mayor’s plan failed.", text.substring(spans.get(0).getStart(), spans.get(0).getEnd()));
    assertEquals("“It’s over,” she said.", text.substring(spans.get(1).getStart(), spans.get(1).getEnd()));
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertEquals(List.of(), split(""));
    assertEquals(List.of(), split(" \n\n \t"));
  }

  @Nested
  class Abbreviations {
    @Test
    void titlesNeverEndASentence() {
      assertSplit("Dr. Alvarez met Gov. Reyes and Sen. Ortiz. They talked.",
          "Dr. Alvarez met Gov. Reyes and Sen. Ortiz.", "They talked.");
      assertSplit("We drove past St. Agnes and Mt. Hood.", "We drove past St. Agnes and Mt. Hood.");
    }

    @Test
    void monthsBeforeADayStayInTheSentence() {
      assertSplit("The vote is set for Feb. 12 in the old hall.", "The vote is set for Feb. 12 in the old hall.");
    }

    @Test
    void aDateThatEndsASentenceSplitsAfterTheDayNotTheMonth() {
      assertSplit("The board last met on Oct. 3. Its chair has since resigned.",
          "The board last met on Oct. 3.", "Its chair has since resigned.");
    }

    @Test
    void middleInitialsAndInitialChainsAreKept() {
      assertSplit("Maria T. Okafor wrote the report.", "Maria T. Okafor wrote the report.");
      assertSplit("The tower by J. R. Hollis opened.", "The tower by J. R. Hollis opened.");
      assertSplit("A gift from Lena and P. Duarte paid for it.", "A gift from Lena and P. Duarte paid for it.");
    }

    @Test
    void theWordIEndsASentenceAfterALowerCaseWord() {
      assertSplit("The last to leave was I. Then the lights went out.",
          "The last to leave was I.", "Then the lights went out.");
      assertSplit("Ask Tomas I. Berg about it.", "Ask Tomas I. Berg about it.");
    }

    @Test
    void initialismsSplitOnlyBeforeASentenceOpenerOrANameTitle() {
      assertSplit("Exports to the U.S. fell again.", "Exports to the U.S. fell again.");
      assertSplit("She lobbied the U.S. Congress for years.", "She lobbied the U.S. Congress for years.");
      assertSplit("He moved to the U.S. Three years later he left.",
          "He moved to the U.S.", "Three years later he left.");
      assertSplit("The talks were held in the U.K. Ms. Hale led them.",
          "The talks were held in the U.K.", "Ms. Hale led them.");
    }

    @Test
    void clockTimesFollowTheSameRulesAndAnOpeningPhraseIsNoSentence() {
      assertSplit("By 9 a.m. Dr. Kim had left the clinic.", "By 9 a.m. Dr. Kim had left the clinic.");
      assertSplit("The polls closed at 8 p.m. The count began.", "The polls closed at 8 p.m.", "The count began.");
      assertSplit("The train left at 7 a.m. sharp.", "The train left at 7 a.m. sharp.");
    }

    @Test
    void numberPrefixesBeforeANumber() {
      assertSplit("See No. 4 on the list and p. 12 of the appendix.",
          "See No. 4 on the list and p. 12 of the appendix.");
    }

    @Test
    void companyAbbreviationsEndASentenceOnlyBeforeAnOpener() {
      assertSplit("The bid came from Harlow & Co. at dawn.", "The bid came from Harlow & Co. at dawn.");
      assertSplit("The bid came from Harlow & Co. It was rejected.",
          "The bid came from Harlow & Co.", "It was rejected.");
      assertSplit("Her son, Daniel Moss Jr. He runs the shop now.",
          "Her son, Daniel Moss Jr.", "He runs the shop now.");
    }

    @Test
    void latinAndVersusNeverEnd() {
      assertSplit("Some towns, e.g. Marlow, agreed.", "Some towns, e.g. Marlow, agreed.");
      assertSplit("The case of Dunn v. Ferris was settled.", "The case of Dunn v. Ferris was settled.");
    }

    @Test
    void stateAbbreviationsAreAbbreviationsOnlyWhenCapitalised() {
      assertSplit("She lives in Fresno, Calif. and teaches there.", "She lives in Fresno, Calif. and teaches there.");
      assertSplit("She moved to Fresno, Calif. The rent was lower.",
          "She moved to Fresno, Calif.", "The rent was lower.");
      assertSplit("The dog looked ill. Mass vaccination followed.",
          "The dog looked ill.", "Mass vaccination followed.");
    }
  }

  @Nested
  class NumbersAndDecimals {
    @Test
    void decimalsAndThousandsAreNotBoundaries() {
      assertSplit("Tickets cost $12.50 each and 3.5 million were sold.",
          "Tickets cost $12.50 each and 3.5 million were sold.");
    }

    @Test
    void aNumberCanEndASentence() {
      assertSplit("The budget grew to $4.75. Nobody objected.", "The budget grew to $4.75.", "Nobody objected.");
      assertSplit("Turnout fell in 2016. 2020 was different.", "Turnout fell in 2016.", "2020 was different.");
      assertSplit("The code is 10.22.4.1. Use it.", "The code is 10.22.4.1.", "Use it.");
    }
  }

  @Nested
  class Ellipses {
    @Test
    void anEllipsisInsideASentenceIsKept() {
      assertSplit("We waited ... and waited...then left.", "We waited ... and waited...then left.");
      assertSplit("The memo said the plan . . . would fail.", "The memo said the plan . . . would fail.");
      assertSplit("The law says, \"There shall be no tolls... No exceptions... None at all.\" It passed.",
          "The law says, \"There shall be no tolls... No exceptions... None at all.\"", "It passed.");
      assertSplit("He wrote ''we owe nothing... Nothing at all.'' The court agreed.",
          "He wrote ''we owe nothing... Nothing at all.''", "The court agreed.");
      assertSplit("He paused… and went on.", "He paused… and went on.");
    }

    @Test
    void outsideQuotationsACapitalAfterAnEllipsisOpensASentence() {
      assertSplit("We asked for a delay... The board said no.", "We asked for a delay...", "The board said no.");
      assertSplit("We asked for a delay… I doubt it helped.", "We asked for a delay…", "I doubt it helped.");
    }

    @Test
    void fourDotsEndASentence() {
      assertSplit("She never called back.... We stopped waiting.",
          "She never called back....", "We stopped waiting.");
      assertSplit("The report trails off . . . . A new one is due.",
          "The report trails off . . . .", "A new one is due.");
    }

    @Test
    void aPeriodThenASpacedEllipsisOpensTheNextQuotedSentence() {
      assertSplit("He read the first line. . . . The rest was missing.",
          "He read the first line.", ". . . The rest was missing.");
    }

    @Test
    void anEllipsisThatClosesAQuotationBeforeACapitalEnds() {
      assertSplit("She said \"we tried...\" The panel disagreed.",
          "She said \"we tried...\"", "The panel disagreed.");
    }

    @Test
    void bracketedOmissionsAreKept() {
      assertSplit("\"The board [...] voted no [...]\" (Minutes, p. 3).",
          "\"The board [...] voted no [...]\" (Minutes, p. 3).");
    }
  }

  @Nested
  class QuotesAndBrackets {
    @Test
    void aClosingQuoteBelongsToTheSentenceItEnds() {
      assertSplit("The sign read, \"Closed.\" We went home.", "The sign read, \"Closed.\"", "We went home.");
      assertSplit("He wrote ''not again.'' The editors agreed.", "He wrote ''not again.''", "The editors agreed.");
      assertSplit("The clerk said, ‘Next.’ Nobody moved.", "The clerk said, ‘Next.’", "Nobody moved.");
    }

    @Test
    void aQuotedSentenceFollowedByLowerCaseContinues() {
      assertSplit("\"Go home.\" she said quietly.", "\"Go home.\" she said quietly.");
      assertSplit("\"Why now?\" he asked the mayor.", "\"Why now?\" he asked the mayor.");
    }

    @Test
    void parenthesesAfterAPeriod() {
      assertSplit("The fund (it began in 1990.) now pays out.", "The fund (it began in 1990.) now pays out.");
      assertSplit("The fund grew. (It began in 1990.) Now it pays out.",
          "The fund grew.", "(It began in 1990.)", "Now it pays out.");
    }

    @Test
    void aStrayQuoteAfterAClosedQuotationStaysWithIt() {
      assertSplit("She wrote 'all done.' '' Then she left.", "She wrote 'all done.' ''", "Then she left.");
    }

    @Test
    void possessiveAfterAnAbbreviationIsNotAQuote() {
      assertSplit("That was Moss Jr.'s car.", "That was Moss Jr.'s car.");
    }

    @Test
    void namesWithAnExclamationMarkBeforeLowerCase() {
      assertSplit("She worked at Zapp! for a year.", "She worked at Zapp! for a year.");
    }
  }

  @Nested
  class Lists {
    @Test
    void numberedListsWithAndWithoutFinalPeriods() {
      assertSplit("1. Fix the roads 2. Fund the schools", "1. Fix the roads", "2. Fund the schools");
      assertSplit("1. Fix the roads. 2. Fund the schools.", "1. Fix the roads.", "2. Fund the schools.");
      assertSplit("1) Fix the roads 2) Fund the schools", "1) Fix the roads", "2) Fund the schools");
      assertSplit("1.) Fix the roads 2.) Fund the schools 3.) Cut fees",
          "1.) Fix the roads", "2.) Fund the schools", "3.) Cut fees");
    }

    @Test
    void letteredLists() {
      assertSplit("a. Raise taxes b. Cut spending c. Borrow", "a. Raise taxes", "b. Cut spending", "c. Borrow");
      assertSplit("A) Raise taxes B) Cut spending", "A) Raise taxes", "B) Cut spending");
    }

    @Test
    void capitalAPeriodAtAParagraphStartIsAnInitialNotAList() {
      assertSplit("A. Lindqvist wrote to Plan B. Owners agreed.", "A. Lindqvist wrote to Plan B. Owners agreed.");
    }

    @Test
    void bulletsOpenItems() {
      assertSplit("• 3. Fix the roads • 4. Fund the schools", "• 3. Fix the roads", "• 4. Fund the schools");
      assertSplit("\u2043Fix the roads \u2043Fund the schools", "\u2043Fix the roads", "\u2043Fund the schools");
    }

    @Test
    void listMarkersOnTheirOwnLines() {
      assertSplit("Our demands:\n- lower rents\n- more buses", "Our demands:", "- lower rents", "- more buses");
    }
  }

  @Nested
  class MissingSpaces {
    @Test
    void aPeriodGluedToTheNextSentence() {
      assertSplit("The vote failed.Then the council adjourned.", "The vote failed.", "Then the council adjourned.");
      assertSplit("Costs hit 2,000.That was too much.", "Costs hit 2,000.", "That was too much.");
    }

    @Test
    void notAfterAnAbbreviationOrInsideInitialisms() {
      assertSplit("We called Dr.Ortiz at the U.S.A. embassy.", "We called Dr.Ortiz at the U.S.A. embassy.");
    }
  }

  @Nested
  class WebTokens {
    @Test
    void emailAddressesKeepTheirPeriods() {
      assertSplit("Write to desk.Editor@newsroom.example. We answer daily.",
          "Write to desk.Editor@newsroom.example.", "We answer daily.");
    }

    @Test
    void urlsKeepTheirPeriods() {
      assertSplit("The data is at https://data.Example.org/Budget.Csv. Read it.",
          "The data is at https://data.Example.org/Budget.Csv.", "Read it.");
      assertSplit("See www.Valley.Example/Report?Year=2020 for more.",
          "See www.Valley.Example/Report?Year=2020 for more.");
    }

    @Test
    void handlesWithAndWithoutASpace() {
      assertSplit("Follow her at @ Writer_99. She posts daily.", "Follow her at @ Writer_99.", "She posts daily.");
      assertSplit("Reach us @valley.news for updates.", "Reach us @valley.news for updates.");
    }
  }

  @Nested
  class Fragments {
    @Test
    void aStrayPeriodBeforeALowerCaseWordDoesNotCutOffAFragment() {
      assertSplit("The dispute could end the partnership. partners. It began in May.",
          "The dispute could end the partnership. partners.", "It began in May.");
      assertSplit("She chaired the panel on water. from 1998 to 2003. She retired in 2004.",
          "She chaired the panel on water. from 1998 to 2003.", "She retired in 2004.");
    }

    @Test
    void aLongLowerCaseSentenceAfterAPeriodIsStillASentence() {
      assertSplit("Fuel prices doubled. the protests that followed spread to every large city.",
          "Fuel prices doubled.", "the protests that followed spread to every large city.");
    }

    @Test
    void punctuationOnlyPiecesJoinTheSentenceBefore() {
      assertSplit("The hall was full. . Everyone stayed.", "The hall was full. .", "Everyone stayed.");
    }
  }

  @Nested
  class LineBreaksAndParagraphs {
    @Test
    void blankLinesEndParagraphsAndSentences() {
      assertSplit("A title without a period\n\nThe body starts here.\n  \nA second paragraph.",
          "A title without a period", "The body starts here.", "A second paragraph.");
    }

    @Test
    void wrappedLinesReadAsSpaces() {
      assertSplit("The council voted on the plan\nto delay the new bridge until spring.",
          "The council voted on the plan\nto delay the new bridge until spring.");
      assertSplit("It rained all night and the river\nRoad was closed by the county on Monday.",
          "It rained all night and the river\nRoad was closed by the county on Monday.");
    }

    @Test
    void blocksOfLinesWithoutEndingsAreOneSentencePerLine() {
      assertSplit("schedule\nticket prices\nparking, shuttles\n", "schedule", "ticket prices", "parking, shuttles");
    }

    @Test
    void aShortCapitalisedLineOverTheBodyIsAHeadline() {
      assertSplit("Budget Fight Looms in Valley Towns\nThe council met on Monday to discuss the shortfall in the "
              + "school budget. It adjourned without a vote.",
          "Budget Fight Looms in Valley Towns",
          "The council met on Monday to discuss the shortfall in the school budget.", "It adjourned without a vote.");
    }

    @Test
    void aHeadlineFusedWithTheFirstSentenceOnOneLine() {
      assertSplit("the quiet revolt in the suburbs Opinion Politics Local news For months, residents of the valley "
              + "have complained about the new tolls. They finally won.",
          "the quiet revolt in the suburbs Opinion Politics Local news",
          "For months, residents of the valley have complained about the new tolls.", "They finally won.");
      assertSplit("why the river town said no Opinion Local On Tuesday, voters rejected the dam by a wide margin.",
          "why the river town said no Opinion Local",
          "On Tuesday, voters rejected the dam by a wide margin.");
    }

    @Test
    void titlesOfWorksInsideLaterSentencesAreNotHeadlines() {
      assertSplit("The debate was long. Critics compared the plan to the film Wait Until Dawn by its own director.",
          "The debate was long.",
          "Critics compared the plan to the film Wait Until Dawn by its own director.");
      assertSplit("Many of us read the novel Before Sunrise Came in school and remember it well.",
          "Many of us read the novel Before Sunrise Came in school and remember it well.");
    }
  }

  /**
   * Inputs built to make a careless scan quadratic (a huge token of glued sentences, paragraphs that all open a
   * list, runs of dots, a huge unpunctuated first sentence). Each is ~400 K chars: linear work takes milliseconds,
   * quadratic work minutes; the generous limit only catches the latter.
   */
  @Test
  void adversarialInputsStayLinear() {
    List<String> inputs = List.of(
        "ab.Cd".repeat(80_000),
        "1. item one\n\n".repeat(30_000),
        ".".repeat(400_000) + " . . ".repeat(10_000),
        "word Opinion For ".repeat(25_000) + "end.",
        "Mr. ".repeat(100_000));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String input : inputs) {
        assertTrue(!SPLITTER.split(input).isEmpty());
      }
    });
  }

  @Test
  void aLongerOpEdParagraphWithMixedCases() {
    String text = "The U.S. Senate passed the bill on Jan. 6. It now goes to the House. Sen. Marta L. Ruiz, "
        + "who wrote it, said, \"This is a start.\" Critics disagree... They say the $2.5 billion is not enough. "
        + "Read the text at www.senate.example/Bill-12. Ruiz is at ruiz@senate.example.";
    assertSplit(text,
        "The U.S. Senate passed the bill on Jan. 6.",
        "It now goes to the House.",
        "Sen. Marta L. Ruiz, who wrote it, said, \"This is a start.\"",
        "Critics disagree...",
        "They say the $2.5 billion is not enough.",
        "Read the text at www.senate.example/Bill-12.",
        "Ruiz is at ruiz@senate.example.");
  }
}
