package org.opedlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values from the examples in VADER's own documentation (vaderSentiment README). */
class VaderScorerTest {
  private final VaderScorer vader = new VaderScorer();

  @Test
  void matchesVadersPublishedExamples() {
    assertEquals(0.8316, vader.score("VADER is smart, handsome, and funny.").compound(), 0.001);
    assertEquals(0.8439, vader.score("VADER is smart, handsome, and funny!").compound(), 0.001);
    assertEquals(0.8545, vader.score("VADER is very smart, handsome, and funny.").compound(), 0.001);
    assertEquals(0.9227, vader.score("VADER is VERY SMART, handsome, and FUNNY.").compound(), 0.001);
    assertEquals(0.9342, vader.score("VADER is VERY SMART, handsome, and FUNNY!!!").compound(), 0.001);
    assertEquals(-0.7424, vader.score("VADER is not smart, handsome, nor funny.").compound(), 0.001);
  }

  @Test
  void butShiftsWeightToTheSecondClause() {
    double before = vader.score("The plan is good, but the execution is terrible.").compound();
    assertTrue(before < 0, "after 'but' the negative clause dominates: " + before);
  }

  @Test
  void cuesAreTheStrongestWords() {
    assertEquals("-brutal", vader.score("The brutal crackdown shocked everyone.").cues().get(0).substring(0, 7));
  }
}
