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
    for (int i = 0; i < result.size(); i++) {
      ArgumentModel.SentenceArgument a = result.get(i);
      assertEquals(a.role().equals(ArgumentModel.NONE), a.evidence().equals(ArgumentModel.NONE), a.toString());
      if (a.attachesTo() >= 0) {
        assertTrue(a.attachesTo() < i && !result.get(a.attachesTo()).role().equals(ArgumentModel.NONE), a.toString());
      }
    }
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
}
