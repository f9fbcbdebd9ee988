package org.opedlens.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;

/** The marker rules on sentences written for this test, tokenized by the real OpenNLP tokenizer. */
class DiscourseMarkersTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static String relation(String sentence) {
    return DiscourseMarkers.relation(DiscourseMarkers.lower(ANALYZER.tokenize(sentence)), 3);
  }

  private static DiscourseMarkers.Match decisive(String sentence) {
    return DiscourseMarkers.decisive(DiscourseMarkers.lower(ANALYZER.tokenize(sentence)));
  }

  @Test
  void reasonsAndConclusionsSupport() {
    assertEquals("support", relation("Because the ferry is cheaper, most commuters will switch to it."));
    assertEquals("support", relation("Therefore the council has no choice but to raise the fee."));
    assertEquals("support", relation("After all, nobody voted for higher rents."));
    assertEquals("support", relation("For example, the bakery on Elm Road doubled its sales."));
    assertEquals("support", relation("Moreover, the plan would cost less than the old one."));
    assertEquals("support", relation("That is why the mayor must act now."));
    // The tokenizer keeps contractions whole ("That's"), with a straight or a curly apostrophe.
    assertEquals("support", relation("That's why the mayor must act now."));
    assertEquals("support", relation("That\u2019s why the mayor must act now."));
    assertEquals("support", relation("What's more, the plan would cost less than the old one."));
    assertEquals("support", relation("So the question is no longer whether to build, but where."));
    assertEquals("support", relation("In fact, the bridge carried more bikes than cars last summer."));
    assertEquals("support", relation("According to the port authority, exports fell by a fifth."));
  }

  @Test
  void attacksAndConcessionsContrast() {
    assertEquals("contrast", relation("But the tunnel would take ten years to dig."));
    assertEquals("contrast", relation("Yet the minister kept silent for a week."));
    assertEquals("contrast", relation("However, the numbers tell a different story."));
    assertEquals("contrast", relation("Still, the farmers have a point."));
    assertEquals("contrast", relation("Of course, no plan is free of risk."));
    assertEquals("contrast", relation("It is true that the old market was run down."));
    assertEquals("contrast", relation("It's true that the old market was run down."));
    assertEquals("contrast", relation("Critics argue that the tax will drive shops away."));
    assertEquals("contrast", relation("Some people say that uniforms limit self-expression."));
    assertEquals("contrast", relation("And yet the same officials approved the budget twice."));
  }

  @Test
  void restatementsElaborate() {
    assertEquals("elaboration", relation("In conclusion, the stadium is a poor use of public money."));
    assertEquals("elaboration", relation("In other words, the ban would change very little."));
    assertEquals("elaboration", relation("To sum up, free buses would help the people who need them most."));
  }

  @Test
  void innerContrastCountsButInnerReasonDoesNot() {
    DiscourseMarkers.Match inner = decisive("The plan looks generous, but the money runs out in two years.");
    assertNotNull(inner);
    assertEquals("contrast", inner.marker().relation());
    assertTrue(inner.start() > 1, "found inside the sentence");
    // An inner "because" explains the sentence's own clause; it says nothing about the previous sentence.
    assertNull(decisive("The mayor resigned because the audit found missing funds."));
    assertEquals("none", relation("The mayor resigned because the audit found missing funds."));
  }

  @Test
  void unmarkedAndFirstSentencesAttachToNothing() {
    assertEquals("none", relation("The river floods the lower town every spring."));
    assertEquals("none", relation("Since 2015 the population has doubled."), "a temporal 'since' is not a reason");
    String[] lower = DiscourseMarkers.lower(ANALYZER.tokenize("However, this is the first sentence."));
    assertEquals("none", DiscourseMarkers.relation(lower, 0));
  }

  @Test
  void longestPhraseWins() {
    DiscourseMarkers.Match m = decisive("On the other hand, the trams are full every morning.");
    assertEquals("on the other hand", m.marker().phrase());
    assertEquals(DiscourseMarkers.Kind.CONTRAST, m.marker().kind());
    assertEquals(DiscourseMarkers.Kind.SUMMARY, decisive("To sum up, the trams work.").marker().kind());
  }
}
