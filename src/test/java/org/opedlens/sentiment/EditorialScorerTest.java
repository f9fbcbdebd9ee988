package org.opedlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.util.Resources;

/** The editorial rules and lexicons on the team's own sentences, each compared with plain VADER where it differs. */
class EditorialScorerTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private final EditorialScorer rules = new EditorialScorer();
  private final VaderScorer vader = new VaderScorer();

  private EditorialScorer.Score score(String sentence) {
    return rules.score(ANALYZER.analyze(sentence));
  }

  @Test
  void editorialLexiconRatesNewsWordsVaderLacks() {
    String sentence = "The famine deepened after the embargo.";
    assertEquals(0.0, vader.score(sentence).compound(), 1e-9, "VADER has neither word");
    assertTrue(score(sentence).compound() < -0.3, "famine and embargo are negative: " + score(sentence));
  }

  @Test
  void lemmasFindInflectedFormsOfLexiconWords() {
    EditorialScorer.Score blunders = score("The mayor's blunders piled up.");
    assertTrue(blunders.compound() < 0, blunders.toString());
    assertTrue(blunders.cues().contains("-blunders"), blunders.cues().toString());
  }

  @Test
  void namesAndSetPhrasesCarryNoValence() {
    String court = "The Supreme Court will rule in June.";
    assertTrue(vader.score(court).compound() > 0, "VADER reads 'supreme' as praise");
    assertEquals(0.0, score(court).compound(), 1e-9);
    String grandJury = "A grand jury will hear the case in March.";
    assertTrue(vader.score(grandJury).compound() > 0, "VADER reads 'grand' as praise");
    assertEquals(0.0, score(grandJury).compound(), 1e-9);
  }

  @Test
  void idiomsGetTheirOwnValence() {
    String sentence = "The new budget falls short again.";
    assertEquals(0.0, vader.score(sentence).compound(), 1e-9, "VADER rates neither word");
    assertTrue(score(sentence).compound() < -0.2, "'falls short' is criticism: " + score(sentence));
  }

  @Test
  void likeAsAPrepositionIsNotPraise() {
    String sentence = "Cities like Denver publish the figures each year.";
    assertTrue(vader.score(sentence).compound() > 0, "VADER reads 'like' as liking");
    assertEquals(0.0, score(sentence).compound(), 1e-9);
    // The verb keeps its valence (the tagger reads "like" after a plural noun as a preposition, so "We" here).
    assertTrue(score("We like the new ballot design.").compound() > 0, "the verb keeps its valence");
  }

  @Test
  void overridesFollowThePartOfSpeech() {
    assertEquals(0.0, score("The party meets on Monday.").compound(), 1e-9, "political party");
    assertEquals(0.0, score("They grew up on the same block.").compound(), 1e-9, "city block");
    assertTrue(score("The senators vowed to block the bill.").compound() < 0, "the verb still obstructs");
  }

  @Test
  void negationFlipsValenceAndIsReported() {
    EditorialScorer.Score plain = score("The plan is fair.");
    EditorialScorer.Score negated = score("The plan is not fair.");
    assertTrue(plain.compound() > 0);
    assertTrue(negated.compound() < 0, negated.toString());
    assertTrue(negated.negated() < 0, "the flipped valence is reported: " + negated);
    assertEquals(0.0, plain.negated(), 1e-9);
  }

  @Test
  void negationDoesNotReachAcrossAClauseBreak() {
    EditorialScorer.Score score = score("If not, welcome changes will follow.");
    assertTrue(score.compound() > 0, "'not' belongs to the previous clause: " + score);
    assertEquals(0.0, score.negated(), 1e-9);
  }

  @Test
  void lessOfABadThingIsGoodNews() {
    assertTrue(score("Fewer deaths were reported this winter.").compound() > 0);
    assertTrue(score("The new law will cut the deficit.").compound() > 0);
    assertTrue(score("Unemployment fell in March.").compound() > 0);
    assertTrue(score("Unemployment rose in March.").compound() < 0);
    assertTrue(score("The library's hours were cut so severely that it closes on Saturdays.").compound() < 0,
        "only nouns and adjectives are flipped");
    assertTrue(score("The council cut the hospital budget.").compound() <= score("The council cut the budget.").compound(),
        "a noun that only modifies the reduced noun is not flipped");
  }

  @Test
  void contrastWordsShiftWeightToWhatFollows() {
    EditorialScorer.Score however = score("The program is costly; however, it is remarkably effective.");
    assertTrue(however.compound() > 0, however.toString());
    assertTrue(however.afterContrast() > 0, "the part after the contrast is reported: " + however);
    EditorialScorer.Score but = score("The speech was eloquent, but the policy is a disaster.");
    assertTrue(but.compound() < 0, but.toString());
  }

  @Test
  void aConcessiveClauseCountsHalf() {
    EditorialScorer.Score score = score("Although the mayor is popular, the budget is a disgraceful mess.");
    assertTrue(score.compound() < 0, score.toString());
    EditorialScorer.Score withoutConcession = score("The mayor is popular.");
    assertTrue(withoutConcession.compound() > 0);
  }

  @Test
  void boostersAndExclamationsIntensifyAsInVader() {
    double plain = score("The repairs were good.").compound();
    double boosted = score("The repairs were very good.").compound();
    double exclaimed = score("The repairs were very good!").compound();
    assertTrue(boosted > plain && exclaimed > boosted, plain + " " + boosted + " " + exclaimed);
  }

  @Test
  void cuesAreSignedWordsLargestFirst() {
    EditorialScorer.Score score = score("The brutal crackdown drew a courageous response.");
    assertEquals("-brutal", score.cues().get(0));
    assertTrue(score.cues().contains("+courageous"), score.cues().toString());
    assertTrue(score.cues().size() <= 3);
  }

  @Test
  void factualSentencesScoreZero() {
    EditorialScorer.Score score = score("The council will meet at 7 p.m. in the annex on Oak Street.");
    assertEquals(0.0, score.compound(), 1e-9, score.toString());
    assertEquals(0, score.valentWords());
  }

  @Test
  void shippedLexiconsAreWellFormed() {
    assertTrue(EditorialLexicon.shipped().size() > 2000, "editorial lexicon size " + EditorialLexicon.shipped().size());
    Set<String> seen = new HashSet<>();
    for (String[] row : Resources.tsvRows(EditorialLexicon.WORDS)) {
      assertEquals(2, row.length, String.join("|", row));
      assertTrue(seen.add(row[0]), "duplicate " + row[0]);
      double v = Double.parseDouble(row[1]);
      assertTrue(v >= -4 && v <= 4, row[0] + " " + v);
      assertFalse(row[0].isBlank() || !row[0].equals(row[0].toLowerCase()), row[0]);
    }
    for (String[] row : Resources.tsvRows(EditorialLexicon.OVERRIDES)) {
      assertEquals(3, row.length, String.join("|", row));
      assertTrue(VaderLexicon.valences().containsKey(row[0]), "override of a word VADER lacks: " + row[0]);
      assertTrue(row[2].equals("*") || row[2].matches("[A-Z]+"), row[2]);
    }
    for (String[] row : Resources.tsvRows(EditorialLexicon.PHRASES)) {
      assertEquals(2, row.length, String.join("|", row));
      assertTrue(row[0].contains(" "), "a phrase has several words: " + row[0]);
      double v = Double.parseDouble(row[1]);
      assertTrue(v >= -4 && v <= 4, row[0] + " " + v);
    }
  }
}
