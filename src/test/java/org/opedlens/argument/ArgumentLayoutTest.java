package org.opedlens.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;

/** The paragraph-layout decisions of {@link ArgumentModel} (labelling guide, "Paragraphs"), with the shipped models. */
class ArgumentLayoutTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static ArgumentDocument doc(String[] text, int[] paragraphs) {
    List<TokenizedSentence> sentences = new ArrayList<>();
    for (String s : text) {
      sentences.add(ANALYZER.analyze(s));
    }
    return new ArgumentDocument(sentences, paragraphs);
  }

  @Test
  void essayLayout() {
    String[] text = {
      "Should towns ban cars from their centres",
      "Traffic has been part of town life for as long as anyone can remember.",
      "Some people think that cars bring customers to the shops, while others believe that they drive people away.",
      "In my opinion, town centres should be closed to private cars.",
      "My reasons are as follows.",
      "First, streets without cars are safer for children and old people.",
      "Every year, many pedestrians are injured by cars in narrow shopping streets.",
      "Parents could let their children walk to school on their own.",
      "Second, shops do better when people can stroll.",
      "People who walk stop more often than people who drive past.",
      "In conclusion, towns should give their centres back to the people who walk in them."};
    int[] paragraphs = {0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertTrue(result.get(3).thesis(), "the thesis closes the introduction: " + result.get(3));
    assertFalse(result.get(2).thesis(), "a report of both sides is not the thesis");
    assertEquals(ArgumentModel.NONE, result.get(1).role(), "scene-setting before the thesis");
    assertEquals(ArgumentModel.NONE, result.get(4).role(), "an announcement is a transition");
    assertEquals(ArgumentModel.CLAIM, result.get(5).role(), "a body paragraph's opening point");
    assertEquals(ArgumentModel.PREMISE, result.get(6).role());
    assertEquals(ArgumentModel.PREMISE, result.get(7).role());
    assertEquals(ArgumentModel.CLAIM, result.get(8).role(), "a body paragraph's opening point");
    assertTrue(result.get(10).thesis(), "the closing restatement");
    assertEquals(DiscourseMarkers.ELABORATION, result.get(10).relation());
    assertEquals(3, result.get(10).attachesTo());
    assertConsistent(result);
  }

  @Test
  void concludingPointAndNarrativeOpenings() {
    String[] text = {
      "The ferry should stay public",
      "The island's ferry has been run by the county for forty years, and the county now wants to sell it.",
      "It should keep it.",
      "Last winter the private bus company on the mainland cancelled its evening service at a week's notice.",
      "Dozens of nurses had to sleep at the hospital.",
      "Private operators cut the routes that do not pay.",
      "Islanders depend on the ferry for school, work and hospital visits.",
      "A timetable that changes with the profits would leave them stranded.",
      "Therefore the ferry is a public service, not a business.",
      "To sum up, the county should keep its ferry."};
    int[] paragraphs = {0, 1, 1, 2, 2, 3, 3, 3, 3, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertEquals(ArgumentModel.CLAIM, result.get(8).role(), "a paragraph's concluding point");
    assertEquals(ArgumentModel.PREMISE, result.get(5).role(), "its opening backs the conclusion");
    assertFalse(result.get(3).role().equals(ArgumentModel.CLAIM), "a story does not open on a point");
  }

  @Test
  void closingParagraphWithoutOpeningSummary() {
    String[] text = {
      "Should students live on campus",
      "Every autumn, thousands of first-year students have to decide where to live.",
      "Halls of residence and private flats both have their advantages and disadvantages.",
      "I believe that first-year students are better off in a hall of residence.",
      "This will be shown by looking at study and at friendship.",
      "First, students in halls live close to the library and the lecture rooms.",
      "They waste no time on buses and can drop in on a tutor between classes.",
      "Second, halls make it easy to meet people.",
      "Meals, clubs and shared kitchens bring strangers together in the first weeks.",
      "A flat in town can be lonely for someone who knows nobody there.",
      "All things considered, the first year is hard enough without a long commute.",
      "In my view, a place in a hall is the best start a new student can have.",
      "I hope that universities will build enough rooms for everyone who wants one."};
    int[] paragraphs = {0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4};
    ArgumentDocument document = doc(text, paragraphs);
    assertTrue(ArgumentModel.announces(document, 4), "an announcement in the passive");
    assertTrue(ArgumentModel.presentsBothSides(document, 2), "both have their advantages and disadvantages");
    assertTrue(ArgumentModel.statesStance(document, 11));
    assertTrue(ArgumentModel.outlook(document, 12));
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(document);
    assertTrue(result.get(3).thesis(), "the thesis in the introduction: " + result.get(3));
    assertEquals(ArgumentModel.NONE, result.get(2).role(), "weighing both sides is background");
    assertEquals(ArgumentModel.NONE, result.get(4).role(), "an announcement is a transition");
    assertTrue(result.get(11).thesis(), "the first-person restatement in the closing paragraph: " + result.get(11));
    assertEquals(ArgumentModel.NONE, result.get(12).role(), "a closing hope is outside the argument");
  }

  @Test
  void closingVerdictIsTheParagraphsPoint() {
    String[] text = {
      "Homework in primary school",
      "Homework has been part of school life for generations.",
      "In my opinion, children under ten should not get homework.",
      "Young children are tired after six hours in a classroom.",
      "An extra hour of worksheets in the evening teaches them very little.",
      "I think that the evenings are better spent on play, sport and sleep.",
      "Homework also widens the gap between children.",
      "Some parents can help every evening, while others work late.",
      "In conclusion, primary schools should leave the evenings to families."};
    int[] paragraphs = {0, 1, 1, 2, 2, 2, 3, 3, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertEquals(ArgumentModel.CLAIM, result.get(5).role(), "the first-person verdict that closes the paragraph");
    assertEquals(ArgumentModel.PREMISE, result.get(3).role(), "the opening backs the verdict");
  }

  @Test
  void noLayoutWithoutParagraphs() {
    assertNull(ArgumentModel.Layout.of(ArgumentDocument.flat(List.of(ANALYZER.analyze("A first line."),
        ANALYZER.analyze("A second line."), ANALYZER.analyze("A third line."), ANALYZER.analyze("A last line.")))));
  }

  @Test
  void authorLinesAtTheEndAreOther() {
    String[] text = {
      "The port deal needs a second look",
      "The council signed the port contract on Tuesday without a public hearing.",
      "That was a mistake, and the mayor should admit it.",
      "Hanna Lorvik is a senior fellow at the Estrian Institute for Urban Policy.",
      "She is the author of two books on city finance.",
      "Lorvik can be reached at her office in Karsova."};
    int[] paragraphs = {0, 1, 2, 3, 3, 3};
    ArgumentDocument document = doc(text, paragraphs);
    ArgumentModel model = ArgumentModel.shipped();
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(document);
    int other = ArgumentModel.EVIDENCE_TYPES.indexOf(ArgumentModel.OTHER);
    for (int i = 3; i <= 5; i++) {
      assertTrue(ArgumentModel.authorLine(document, i), text[i]);
      assertEquals(other, ArgumentModel.argmax(model.evidence(document, cues, i)), text[i]);
      assertEquals(ArgumentModel.NONE, model.analyze(document).get(i).role(), text[i]);
    }
    assertFalse(ArgumentModel.authorLine(document, 2), "the author's own claim");
    // The same kind of sentence early in a text is part of the argument, and a sentence opening on "The" is no name.
    assertFalse(ArgumentModel.authorLine(doc(new String[] {"Hanna Lorvik is a senior fellow at the institute.",
        "Her report was ignored.", "That was wrong.", "The council should read it.", "It still can.",
        "There is time."}, new int[] {0, 0, 0, 0, 0, 0}), 0));
    assertFalse(ArgumentModel.authorLine(doc(new String[] {"A", "B.", "The new chair is a member of the old board."},
        new int[] {0, 1, 2}), 2));
  }

  @Test
  void openingWithoutThesisLeavesTheThesisToTheConclusion() {
    String[] text = {
      "Cities and their parks",
      "The first public parks opened in the nineteenth century.",
      "Since then, parks have been both praised and criticised.",
      "First, a park gives children a safe place to play.",
      "Many flats in the centre have no garden at all.",
      "Second, trees cool the streets in summer.",
      "A street lined with trees can be several degrees cooler than one without.",
      "In conclusion, every city should keep its parks and plant new ones."};
    int[] paragraphs = {0, 1, 1, 2, 2, 3, 3, 4};
    ArgumentDocument document = doc(text, paragraphs);
    ArgumentModel model = ArgumentModel.shipped();
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(document);
    for (int i = 1; i <= 2; i++) {
      double score = model.probabilities(ArgumentModel.THESIS, ArgumentFeatures.sentence(document, cues, i))[0];
      assertTrue(score < ArgumentModel.WEAK_THESIS, "background reads as no thesis: " + score);
    }
    List<ArgumentModel.SentenceArgument> result = model.analyze(document);
    assertEquals(ArgumentModel.NONE, result.get(1).role(), result.get(1).toString());
    assertEquals(ArgumentModel.NONE, result.get(2).role(), result.get(2).toString());
    assertTrue(result.get(7).thesis(), "the conclusion states the thesis: " + result.get(7));
    long theses = result.stream().filter(ArgumentModel.SentenceArgument::thesis).count();
    assertEquals(1, theses, result.toString());
    assertConsistent(result);
  }

  @Test
  void cueRulesVoteForTheirType() {
    ArgumentFeatures.Cues figures = ArgumentFeatures.cues(ANALYZER.analyze("Unemployment rose to 12 percent last year."));
    ArgumentFeatures.Cues opinion = ArgumentFeatures.cues(ANALYZER.analyze("The council should think again."));
    assertEquals("statistics", ArgumentModel.cueType(figures));
    assertEquals("assumption", ArgumentModel.cueType(opinion));
    double[] p = {0.4, 0.25, 0.1, 0.2, 0.03, 0.02};
    double[] voted = ArgumentModel.withCueVote(p, figures);
    assertEquals(3, ArgumentModel.argmax(voted), "the vote lifts statistics over assumption");
    assertEquals(1.0, java.util.Arrays.stream(voted).sum(), 1e-9);
    assertTrue(java.util.Arrays.equals(p, ArgumentModel.withCueVote(p, opinion)), "no vote for the default type");
  }

  @Test
  void interjectionsAndSignpostsAreOther() {
    for (String text : new String[] {"Thank you for reading to the end.", "Shame on the board.",
        "Seriously? Another delay?", "Let them wait.", "Here is why.", "But here are the figures.",
        "Happy holidays to every reader!"}) {
      assertTrue(ArgumentModel.interjection(ANALYZER.analyze(text)), text);
    }
    for (String text : new String[] {"Let me stress that the plan is sound.",
        "Here is the trouble with a plan that nobody on the council has read from start to finish.",
        "The board should thank its staff.", "Happy people make better neighbours."}) {
      assertFalse(ArgumentModel.interjection(ANALYZER.analyze(text)), text);
    }
    ArgumentDocument document = doc(new String[] {"Seriously? Another delay?", "The plan is sound."}, new int[] {0, 0});
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(document);
    assertEquals(ArgumentModel.EVIDENCE_TYPES.indexOf(ArgumentModel.OTHER),
        ArgumentModel.argmax(ArgumentModel.shipped().evidence(document, cues, 0)));
  }

  @Test
  void unitsInsideAQuotationSplitOverSeveralUnitsAreTestimony() {
    String[] text = {
      "The minister told the chamber: \"We will not raise the levy",
      "the budget can carry the cost",
      "and nobody will be left behind.\"",
      "The sums do not add up.",
      "\"Trust us",
      "The next budget is due in May."};
    ArgumentDocument document = doc(text, new int[] {1, 1, 1, 1, 2, 3});
    assertEquals(ArgumentModel.TESTIMONY, ArgumentModel.ruleType(document, 1), "inside the open quotation");
    assertEquals(ArgumentModel.TESTIMONY, ArgumentModel.ruleType(document, 2), "the unit that closes it");
    assertNull(ArgumentModel.ruleType(document, 3), "after the closing mark the author speaks again");
    assertNull(ArgumentModel.ruleType(document, 5), "a quotation left open does not run into the next paragraph");
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(document);
    assertEquals(ArgumentModel.EVIDENCE_TYPES.indexOf(ArgumentModel.TESTIMONY),
        ArgumentModel.argmax(ArgumentModel.shipped().evidence(document, cues).get(1)));
  }

  @Test
  void reportedSpeechIsTestimony() {
    for (String text : new String[] {"Finance Minister Ada Brent said the levy would stay for another decade.",
        "But Councillor Ada Brent has argued that the depot is too small.",
        "Last week she told the committee that the audit was late.",
        "The depot is far too small for the new buses, Mayor Jon Roe says.",
        "The prime minister said the levy would stay for another decade.",
        "The depot will close in May, a senior council official said."}) {
      assertTrue(ArgumentModel.reportedSpeech(ANALYZER.analyze(text)), text);
      ArgumentDocument document = doc(new String[] {text}, new int[] {1});
      assertEquals(ArgumentModel.TESTIMONY, ArgumentModel.ruleType(document, 0), text);
    }
    for (String text : new String[] {"I said at the time that the plan would fail.",
        "We argued for a smaller depot.", "He told me the audit was late.",
        "The report says little about the cost.", "The council should say what the depot will cost."}) {
      assertFalse(ArgumentModel.reportedSpeech(ANALYZER.analyze(text)), text);
    }
  }

  /**
   * The reported-speech and wish/note rules skip their regular expressions when a sentence has none of the words
   * every match needs: on every sentence of the team's labelled data (argument, stance, sentiment) and on wishes and
   * notes written for this test, that shortcut must change no answer.
   */
  @Test
  void wordShortcutChangesNoRuleAnswer() throws java.io.IOException {
    List<String> texts = new ArrayList<>(List.of("Let's hope the council listens.", "Let there be light on the budget.",
        "May the old harbour master rest in peace.", "We also wish the new board all the best.",
        "Rest in peace, old friend.", "The author will be a guest on Morning Desk.",
        "An earlier version was originally published by the Harbour Gazette.",
        "These views do not necessarily reflect those of the paper.", "Listen to the debate at 8 pm ET on Radio Two.",
        "Watch the hearing on Channel 4 at 7:30 p.m.", "Follow Roe on Instagram."));
    for (String dir : List.of("datasets/argument", "datasets/stance", "datasets/sentiment")) {
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
        for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
          List<String> lines = java.nio.file.Files.readAllLines(file);
          int textColumn = List.of(lines.get(0).split("\t")).indexOf("text");
          for (String line : textColumn < 0 ? List.<String>of() : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length > textColumn) {
              texts.add(fields[textColumn]);
            }
          }
        }
      }
    }
    int speech = 0;
    int wishes = 0;
    for (String text : texts) {
      TokenizedSentence s = ANALYZER.analyze(text);
      boolean bySpeechPattern = ArgumentModel.reportedSpeechPattern(s);
      boolean byWishPattern = ArgumentModel.wishOrNotePattern(s);
      assertEquals(bySpeechPattern, ArgumentModel.reportedSpeech(s), text);
      assertEquals(byWishPattern, ArgumentModel.wishOrNote(s), text);
      speech += bySpeechPattern ? 1 : 0;
      wishes += byWishPattern ? 1 : 0;
    }
    assertTrue(texts.size() > 10_000, texts.size() + " sentences");
    assertTrue(speech > 50 && wishes >= 11, "patterns matched " + speech + " and " + wishes + " sentences");
  }

  @Test
  void wishesAndProgrammeNotesAreOther() {
    for (String text : new String[] {"Let us hope the council listens this time.", "May she rest in peace.",
        "We wish the new mayor every success.", "Tune in to City Talk on Sunday at 9 p.m. ET.",
        "This article first appeared in the Harbour Gazette.",
        "The views expressed in this column are the author's own.", "Follow her on Twitter for updates."}) {
      assertTrue(ArgumentModel.wishOrNote(ANALYZER.analyze(text)), text);
      ArgumentDocument document = doc(new String[] {"The levy is unfair.", text, "The council must act."},
          new int[] {1, 1, 2});
      assertEquals(ArgumentModel.OTHER, ArgumentModel.ruleType(document, 1), text);
    }
    for (String text : new String[] {"I wish the council would read its own audit.", "May was a hard month for the mayor.",
        "Watch the budget vote closely.", "Let us be clear: the levy is unfair."}) {
      assertFalse(ArgumentModel.wishOrNote(ANALYZER.analyze(text)), text);
    }
  }

  @Test
  void aUnitOpeningOnAQuotationMarkIsTestimony() {
    String[] text = {"The levy is unfair.", "\u201CWe will review it next spring.\u201D",
        "\"Nobody will pay more than they can afford\"", "The council should scrap it now."};
    ArgumentDocument document = doc(text, new int[] {1, 2, 3, 4});
    assertEquals(ArgumentModel.TESTIMONY, ArgumentModel.ruleType(document, 1), text[1]);
    assertEquals(ArgumentModel.TESTIMONY, ArgumentModel.ruleType(document, 2), text[2]);
    assertNull(ArgumentModel.ruleType(document, 3), "the author's own words");
    assertFalse(ArgumentModel.opensWithQuote(ANALYZER.analyze("The so-called \"reform\" is a tax rise.")));
  }

  @Test
  void evidenceLeansToTheParagraphNeighbours() {
    String[] text = {
      "Last May, the mayor walked into the council chamber with a new plan.",
      "She read it out.",
      "Nobody had seen it before.",
      "Thank you for nothing.",
      "The plan deserves a fair hearing."};
    ArgumentDocument document = doc(text, new int[] {1, 1, 1, 1, 2});
    ArgumentModel model = ArgumentModel.shipped();
    List<ArgumentFeatures.Cues> cues = ArgumentFeatures.cues(document);
    List<double[]> blended = model.evidence(document, cues);
    assertEquals(text.length, blended.size());
    int anecdote = ArgumentModel.EVIDENCE_TYPES.indexOf("anecdote");
    for (int i = 0; i < text.length; i++) {
      double[] own = model.evidence(document, cues, i);
      assertEquals(1.0, java.util.Arrays.stream(blended.get(i)).sum(), 1e-9);
      if (i == 3 || i == 4) {
        // Typed by rule, or alone in its paragraph: nothing to lean to.
        assertTrue(java.util.Arrays.equals(own, blended.get(i)), text[i]);
      } else {
        assertFalse(java.util.Arrays.equals(own, blended.get(i)), text[i]);
      }
    }
    double ownAnecdote = model.evidence(document, cues, 1)[anecdote];
    assertTrue(blended.get(1)[anecdote] != ownAnecdote, "the narration around it moves the short sentence");
  }

  @Test
  void closingParagraphWithoutMarkerRestatesTheThesisInItsOpening() {
    String[] text = {
      "Should towns ban cars from their centres",
      "Traffic has been part of town life for as long as anyone can remember.",
      "In my opinion, town centres should be closed to private cars.",
      "First, streets without cars are safer for children and old people.",
      "Every year, many pedestrians are injured by cars in narrow shopping streets.",
      "Second, shops do better when people can stroll.",
      "People who walk stop more often than people who drive past.",
      "Town centres are better places without private cars.",
      "They are safer, and their shops do better."};
    int[] paragraphs = {0, 1, 1, 2, 2, 3, 3, 4, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertTrue(result.get(2).thesis(), result.get(2).toString());
    assertTrue(result.get(7).thesis(), "the closing paragraph's opening restates the thesis: " + result.get(7));
    assertEquals(DiscourseMarkers.ELABORATION, result.get(7).relation());
    assertEquals(2, result.get(7).attachesTo());
    assertFalse(result.get(8).thesis());
    // A closing paragraph of one sentence without a summary marker is not taken for a restatement.
    int[] single = {0, 1, 1, 2, 2, 3, 3, 3, 4};
    assertFalse(ArgumentModel.shipped().analyze(doc(text, single)).get(8).thesis());
  }

  @Test
  void introductionClosingOnAConclusionStatesTheThesis() {
    String[] text = {
      "Libraries in small towns",
      "Reading should be open to everyone, rich or poor.",
      "Yet many towns have closed their libraries in the last ten years to save money.",
      "Therefore, the town library deserves more support from councils than it gets.",
      "First, a library is the only free place where people can sit, read and meet.",
      "Old people and children use it most.",
      "Second, it gives everyone access to books and computers.",
      "Families without a computer at home depend on it.",
      "To sum up, a town without a library loses more than it saves."};
    int[] paragraphs = {0, 1, 1, 1, 2, 2, 3, 3, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertTrue(result.get(3).thesis(), "the introduction closes on its standpoint: " + result.get(3));
    // The models score the opening principle higher; the introduction's concluding sentence is still the thesis.
    assertFalse(result.get(1).thesis(), "an earlier general remark is not the thesis: " + result.get(1));
    assertConsistent(result);
  }

  @Test
  void aChoiceInTheFirstPersonStatesAPosition() {
    for (String text : new String[] {"If I had to pick, I would prefer a flat of my own.",
        "I side with the parents on this question.", "I would argue that the fee is too high.",
        "I am in favour of a later start to the school day."}) {
      assertTrue(ArgumentModel.statesStance(doc(new String[] {text}, new int[] {0}), 0), text);
    }
    assertFalse(ArgumentModel.statesStance(doc(new String[] {"Students prefer flats to dormitories."},
        new int[] {0}), 0));
    String[] text = {
      "Dormitory or flat",
      "Every autumn, thousands of first-year students have to decide where to live.",
      "In my opinion, students learn more from renting a flat than from living in a dormitory.",
      "First, a flat teaches students to manage their money.",
      "They pay rent and bills every month.",
      "Second, they learn to share a home with people they chose.",
      "They have to agree on cleaning and quiet hours.",
      "Both kinds of housing teach students something about living on their own.",
      "If I had to pick, I would prefer a flat of my own.",
      "I think it prepares young people for the life that follows their studies."};
    int[] paragraphs = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    List<ArgumentModel.SentenceArgument> result = ArgumentModel.shipped().analyze(doc(text, paragraphs));
    assertTrue(result.get(8).thesis(), "the closing choice restates the thesis: " + result.get(8));
    assertFalse(result.get(9).thesis(), result.get(9).toString());
  }

  @Test
  void aShortLineWithAFullStopAndNoComponentIsAnEssayTitle() {
    List<String> title = List.of("Living", "in", "a", "big", "city", ".");
    assertTrue(EssayEvaluator.isTitle(new EssayEvaluator.Paragraph(title, List.of("O", "O", "O", "O", "O", "O"))));
    assertFalse(EssayEvaluator.isTitle(new EssayEvaluator.Paragraph(title,
        List.of("B-Claim:For", "I-Claim:For", "I-Claim:For", "I-Claim:For", "I-Claim:For", "O"))));
    List<String> sentence = List.of("Cities", "give", "young", "people", "more", "work", "than", "villages", ".");
    assertFalse(EssayEvaluator.isTitle(new EssayEvaluator.Paragraph(sentence, java.util.Collections.nCopies(9, "O"))),
        "a longer line that ends on a full stop is a sentence");
    List<EssayEvaluator.Paragraph> paragraphs = List.of(
        new EssayEvaluator.Paragraph(List.of("Cars", "in", "town"), List.of("O", "O", "O")),
        new EssayEvaluator.Paragraph(sentence, java.util.Collections.nCopies(9, "O")),
        new EssayEvaluator.Paragraph(title, java.util.Collections.nCopies(6, "O")),
        new EssayEvaluator.Paragraph(sentence, java.util.Collections.nCopies(9, "O")));
    assertEquals(2, EssayEvaluator.essays(paragraphs).size());
  }

  /** Only argumentative sentences carry an evidence type, and a sentence attaches to an earlier argumentative one. */
  private static void assertConsistent(List<ArgumentModel.SentenceArgument> result) {
    for (int i = 0; i < result.size(); i++) {
      ArgumentModel.SentenceArgument a = result.get(i);
      assertEquals(a.role().equals(ArgumentModel.NONE), a.evidence().equals(ArgumentModel.NONE), a.toString());
      if (a.attachesTo() >= 0) {
        assertTrue(a.attachesTo() < i && !result.get(a.attachesTo()).role().equals(ArgumentModel.NONE), a.toString());
      }
    }
  }
}
