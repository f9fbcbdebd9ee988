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
  void noLayoutWithoutParagraphs() {
    assertNull(ArgumentModel.Layout.of(ArgumentDocument.flat(List.of(ANALYZER.analyze("A first line."),
        ANALYZER.analyze("A second line."), ANALYZER.analyze("A third line."), ANALYZER.analyze("A last line.")))));
  }
}
