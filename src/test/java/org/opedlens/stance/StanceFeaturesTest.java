package org.opedlens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;

class StanceFeaturesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();
  private static final VaderScorer VADER = new VaderScorer();

  private static List<String> terms(String sentence, String target) {
    TokenizedSentence s = TEXT.analyze(sentence);
    return StanceFeatures.mentions(s, StanceResources.get().target(target).lexicon()).stream()
        .map(m -> m.term().term()).toList();
  }

  private static Map<String, Double> features(String sentence, String target, boolean lexical) {
    TokenizedSentence s = TEXT.analyze(sentence);
    return StanceFeatures.features(s, StanceResources.get().target(target), VADER.score(sentence), lexical, null);
  }

  @Test
  void possessivesAndHyphenatedWordsStillNameTheTarget() {
    // OpenNLP keeps "'s" attached: "Gaddafi's" is one token.
    assertEquals(List.of("gaddafi"), terms("Belhaj became a minister after Gaddafi's overthrow.", "autocracy"));
    assertEquals(List.of("strongman"), terms("It is a strongman's dilemma.", "autocracy"));
    assertEquals(List.of("putin"), terms("A Putin-backed president was overthrown.", "autocracy"));
    assertTrue(terms("Both are rapidly anti-democratic.", "democracy").contains("anti-democratic"));
  }

  @Test
  void partyNamesAreNotDemocracy() {
    assertTrue(terms("The Democratic nominee will campaign in Ohio.", "democracy").isEmpty());
    assertTrue(terms("She is a Democratic senator from Oregon.", "democracy").isEmpty());
    assertEquals(List.of("democratic institutions"),
        terms("Democratic institutions are only as strong as the people who defend them.", "democracy"));
  }

  @Test
  void cuesAreRelatedToTheMention() {
    Map<String, Double> f = features("The brutal regime jailed the reporters.", "autocracy", false);
    assertEquals(1.0, f.get("m:any"));
    assertTrue(f.containsKey("c:NEG_adj"), f.toString());
    assertTrue(f.containsKey("c:NEG_before"), f.toString());
    Map<String, Double> concern = features("This is a grave threat to democracy.", "democracy", false);
    assertTrue(concern.containsKey("c:CONCERN_before"), concern.toString());
    Map<String, Double> negated = features("It is hardly a democracy in any real sense.", "democracy", false);
    assertTrue(negated.containsKey("m:negated"), negated.toString());
    Map<String, Double> none = features("The bakery opens at seven.", "autocracy", false);
    assertEquals(1.0, none.get(StanceFeatures.NO_MENTION));
    assertFalse(none.containsKey("m:any"));
  }

  @Test
  void reportedSpeechAndTheContrastTargetAreSeen() {
    Map<String, Double> f = features("Putin said the elections were fair.", "autocracy", false);
    assertTrue(f.containsKey("r:report"), f.toString());
    assertTrue(f.containsKey("o:any"), "democracy terms are the contrast of autocracy: " + f);
  }

  @Test
  void featureFamiliesSplitByName() {
    Map<String, Double> lexical = features("The junta must go.", "autocracy", true);
    assertTrue(lexical.keySet().stream().anyMatch(StanceFeatures::isLexical));
    Map<String, Double> relative = features("The junta must go.", "autocracy", false);
    assertTrue(relative.keySet().stream().noneMatch(StanceFeatures::isLexical));
    assertTrue(StanceFeatures.isAnchored("c:NEG_near"));
    assertFalse(StanceFeatures.isAnchored("c:NEG"));
    assertFalse(StanceFeatures.isAnchored("w=junta"));
    assertTrue(StanceFeatures.isAnchored("m:negated"));
  }

  @Test
  void heldOutSplitIsDeterministicAndAboutOneInTen() {
    int held = 0;
    for (int i = 0; i < 2000; i++) {
      if (StanceTrainer.isHeldOut("x-" + i)) {
        held++;
      }
    }
    assertTrue(held > 150 && held < 250, "held out " + held);
    assertEquals(StanceTrainer.isHeldOut("aut-0001"), StanceTrainer.isHeldOut("aut-0001"));
  }

  @Test
  void rhetoricFeaturesAreSeenAndLeftToThePolarityClassifier() {
    Map<String, Double> f =
        features("The junta promised elections, but nothing changed: the generals never left.", "autocracy", false);
    assertTrue(f.containsKey("e:intensifier"), f.toString());
    assertTrue(f.containsKey("e:contrast"), f.toString());
    assertTrue(f.containsKey("e:colon"), f.toString());
    Map<String, Double> plain = features("The junta met in the capital on Monday.", "autocracy", false);
    assertTrue(plain.keySet().stream().noneMatch(k -> k.startsWith(StanceFeatures.RHETORIC)), plain.toString());
    assertTrue(StanceFeatures.isAnchored("e:contrast"));
    assertFalse(StanceTrainer.DETECTOR_FEATURES.keep("e:contrast"));
    assertTrue(StanceTrainer.DETECTOR_FEATURES.keep("m:negated"));
  }

  @Test
  void practiceTermsAreExplicitWithAMarkerOnlyThePolarityClassifierSees() {
    Map<String, Double> practice =
        features("The censorship grew harsher in the provinces after the election.", "autocracy", false);
    assertEquals(1.0, practice.get(StanceFeatures.PRACTICE), practice.toString());
    assertEquals(1.0, practice.get("m:kind_explicit"), practice.toString());
    assertFalse(practice.containsKey("m:kind_practice"), practice.toString());
    Map<String, Double> regime = features("Dictatorships often build new airports.", "autocracy", false);
    assertEquals(1.0, regime.get("m:kind_explicit"), regime.toString());
    assertFalse(regime.containsKey(StanceFeatures.PRACTICE), regime.toString());
    assertTrue(StanceFeatures.isAnchored(StanceFeatures.PRACTICE));
    assertFalse(StanceTrainer.DETECTOR_FEATURES.keep(StanceFeatures.PRACTICE));
    assertTrue(StanceTrainer.DETECTOR_FEATURES.keep("m:kind_explicit"));
  }

  @Test
  void campaignContextIsToldFromCivicContextAroundADemocracyMention() {
    Map<String, Double> race = features(
        "The Tories moved their organisers to the marginal seats, where voters will decide the election.", "democracy",
        false);
    assertEquals(1.0, race.get("x:campaign"), race.toString());
    assertEquals(1.0, race.get("x:campaign_only"), race.toString());
    assertEquals(1.0, race.get("x:party"), race.toString());
    assertFalse(race.containsKey("x:civic_near"), race.toString());
    Map<String, Double> civic = features(
        "Purging eligible voters from the rolls before the election is an assault on their rights.", "democracy",
        false);
    assertEquals(1.0, civic.get("x:civic_near"), civic.toString());
    assertFalse(civic.containsKey("x:campaign"), civic.toString());
    // Context describes the surroundings of a mention: none without one.
    Map<String, Double> none = features("The Tories won the seat with a large swing.", "democracy", false);
    assertTrue(none.keySet().stream().noneMatch(k -> k.startsWith(StanceFeatures.CONTEXT)), none.toString());
    // Only models whose target lists them learn them.
    assertFalse(StanceTrainer.withContext(StanceTrainer.DETECTOR_FEATURES, false).keep("x:party"));
    assertTrue(StanceTrainer.withContext(StanceTrainer.DETECTOR_FEATURES, true).keep("x:party"));
    assertTrue(StanceTrainer.withContext(StanceTrainer.DETECTOR_FEATURES, false).keep("m:any"));
  }

  @Test
  void actsOfRemovingARulerAreSeenAndLeftOutOfTheDetector() {
    assertEquals(1.0, features("Belhaj became a minister after Gaddafi's overthrow.", "autocracy", false)
        .get("a:removal"));
    assertEquals(1.0, features("The alliance must spend more if it wants to stand up to Putin's Russia.",
        "autocracy", false).get("a:removal"));
    assertEquals(1.0, features("Ankara doubts that Washington will force Assad out of power.", "autocracy", false)
        .get("a:removal"));
    Map<String, Double> plain = features("Putin met the Kazakh president in Moscow on Monday.", "autocracy", false);
    assertFalse(plain.containsKey("a:removal"), plain.toString());
    assertFalse(StanceTrainer.DETECTOR_FEATURES.keep("a:removal"));
  }

  @Test
  void ownPolarityModelsLeaveOutTheCuesAimedAtTheContrastTarget() {
    for (String kept : List.of("c:NEG_near", "m:negated", "o:any", "o:max_w", "r:report")) {
      assertTrue(StanceTrainer.OWN_POLARITY_FEATURES.keep(kept), kept);
    }
    for (String left : List.of("o:NEG_near", "o:POS_NOT_adj", "o:CONCERN_after", "v:compound", "g:person")) {
      assertFalse(StanceTrainer.OWN_POLARITY_FEATURES.keep(left), left);
    }
    // The generic models, which any target without examples uses, keep them.
    assertTrue(StanceTrainer.POLARITY_FEATURES.keep("o:NEG_near"));
  }
}
