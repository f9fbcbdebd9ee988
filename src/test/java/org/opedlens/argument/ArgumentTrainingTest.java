package org.opedlens.argument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.ml.LinearModel;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.testing.SharedSpark;

/**
 * Trains every argument model with Spark (MLlib) and OpenNLP on the team's paragraph-marked op-eds and essays
 * (a real training file, small enough for a test) and checks what came out: artefacts with the right labels,
 * held-out figures, a maxent artefact that scores exactly like OpenNLP's own model, and a document analysis that
 * keeps the structural rules of the labelling guide.
 */
class ArgumentTrainingTest {
  private static final String DATA = "datasets/argument/sentences_paragraphs.tsv";
  private static Map<String, LinearModel> models;

  @BeforeAll
  static void train() {
    ArgumentTrainer.Options defaults = ArgumentTrainer.Options.defaults();
    models = ArgumentTrainer.train(SharedSpark.get(), List.of(DATA),
        new ArgumentTrainer.Options(true, defaults.regParam(), defaults.maxentL2(), defaults.priorWeight(), 30));
  }

  @Test
  void everyTaskHasItsArtefacts() {
    for (Map.Entry<String, List<String>> task : ArgumentModel.TASK_LABELS.entrySet()) {
      for (String learner : ArgumentModel.learners(task.getKey())) {
        LinearModel m = models.get(ArgumentModel.modelName(task.getKey(), learner));
        assertEquals(task.getValue(), m.labels, m.name);
        assertTrue(m.features.size() > 50, m.name + " has " + m.features.size() + " features");
        assertEquals(ArgumentTrainer.VERSION, m.version);
      }
    }
    LinearModel role = models.get(ArgumentModel.modelName(ArgumentModel.ROLE, ArgumentModel.MLLIB));
    @SuppressWarnings("unchecked")
    Map<String, Object> heldOut = (Map<String, Object>) role.training.get("held_out");
    assertTrue(((Number) heldOut.get("n")).intValue() > 10, "a held-out split was scored: " + heldOut);
    assertEquals(1.0, role.training.get("prior_weight"));
  }

  @Test
  void clausesAugmentTheEvidenceData() {
    LinearModel plain = models.get(ArgumentModel.modelName(ArgumentModel.ROLE, ArgumentModel.MAXENT));
    LinearModel evidence = models.get(ArgumentModel.modelName(ArgumentModel.EVIDENCE, ArgumentModel.MAXENT));
    // Every argumentative sentence is one evidence example, plus one per clause when it splits.
    List<ArgumentTrainer.Labelled> rows = ArgumentTrainer.read(List.of(DATA));
    long argumentative = rows.stream().filter(r -> !r.role().equals("none")).count();
    assertEquals(rows.size(), ((Number) plain.training.get("rows")).intValue());
    assertTrue(((Number) evidence.training.get("rows")).intValue() > argumentative,
        evidence.training.get("rows") + " evidence rows for " + argumentative + " argumentative sentences");
  }

  @Test
  void maxentArtefactScoresLikeOpenNlp() {
    List<OpenNlpMaxentTrainer.Example> examples = new ArrayList<>();
    TextAnalyzer analyzer = new TextAnalyzer();
    String[][] data = {
      {"statistics", "Prices rose by 12 percent last year."}, {"statistics", "Half of the 300 shops closed."},
      {"testimony", "\"We will not give up,\" the mayor said."}, {"testimony", "The report says the dam is safe."},
      {"assumption", "The plan is a mistake."}, {"assumption", "We should listen to the farmers."}};
    for (String[] d : data) {
      ArgumentDocument doc = ArgumentDocument.flat(List.of(analyzer.analyze(d[1])));
      examples.add(new OpenNlpMaxentTrainer.Example(d[0],
          ArgumentFeatures.sentence(doc, ArgumentFeatures.cues(doc), 0)));
    }
    AbstractModel fit = OpenNlpMaxentTrainer.fit(examples, 0.5, 1);
    LinearModel converted = OpenNlpMaxentTrainer.toLinearModel(fit, "t", "1", ArgumentModel.EVIDENCE_TYPES);
    for (OpenNlpMaxentTrainer.Example e : examples) {
      String[] context = e.features().keySet().toArray(new String[0]);
      float[] values = new float[context.length];
      for (int k = 0; k < context.length; k++) {
        values[k] = e.features().get(context[k]).floatValue();
      }
      double[] theirs = fit.eval(context, values);
      double[] ours = converted.probabilities(e.features());
      for (int o = 0; o < theirs.length; o++) {
        int k = ArgumentModel.EVIDENCE_TYPES.indexOf(fit.getOutcome(o));
        assertEquals(theirs[o], ours[k], 1e-5, "probability of " + fit.getOutcome(o));
      }
      assertEquals(e.label(), ArgumentModel.EVIDENCE_TYPES.get(ArgumentModel.argmax(ours)));
    }
  }

  @Test
  void analysisKeepsTheStructuralRules() {
    ArgumentModel model = ArgumentModel.of(models);
    TextAnalyzer analyzer = new TextAnalyzer();
    String[] text = {
      "Give the Night Buses a Second Chance",
      "Last winter the transport board cut the night bus service to the harbour district.",
      "The board should restore the service before the next winter.",
      "Nurses, cleaners and bakers start work before the first morning tram.",
      "According to the union, 40 percent of them now walk or take a taxi.",
      "Of course, the service was expensive to run.",
      "But the cost of a taxi falls on the people who can least afford it.",
      "In conclusion, the board should bring the night buses back."};
    List<TokenizedSentence> sentences = new ArrayList<>();
    for (String s : text) {
      sentences.add(analyzer.analyze(s));
    }
    int[] paragraphs = {0, 1, 1, 2, 2, 3, 3, 4};
    List<ArgumentModel.SentenceArgument> result = model.analyze(new ArgumentDocument(sentences, paragraphs));
    assertEquals(text.length, result.size());
    assertTrue(result.stream().anyMatch(ArgumentModel.SentenceArgument::thesis), "a thesis is chosen");
    for (int i = 0; i < result.size(); i++) {
      ArgumentModel.SentenceArgument a = result.get(i);
      assertTrue(ArgumentModel.ROLES.contains(a.role()), a.toString());
      assertTrue(ArgumentModel.RELATIONS.contains(a.relation()), a.toString());
      if (a.thesis()) {
        assertEquals(ArgumentModel.CLAIM, a.role(), "a thesis is a claim");
      }
      if (a.role().equals(ArgumentModel.NONE)) {
        assertEquals("none", a.evidence());
        assertEquals("none", a.relation());
      } else {
        assertTrue(ArgumentModel.EVIDENCE_TYPES.contains(a.evidence()), a.toString());
      }
      if (a.relation().equals("none")) {
        assertEquals(-1, a.attachesTo());
      } else {
        assertTrue(a.attachesTo() >= 0 && a.attachesTo() < i, "attaches to an earlier sentence: " + a);
        assertTrue(!result.get(a.attachesTo()).role().equals(ArgumentModel.NONE), "never to a none sentence");
      }
    }
    assertEquals("none", result.get(0).relation(), "the first sentence attaches to nothing");
  }

  @Test
  void shippedModelsReadTheEvidenceCues() {
    // The models trained on all of datasets/argument/ (the small test model above has too few examples per type).
    ArgumentModel model = ArgumentModel.shipped();
    TextAnalyzer analyzer = new TextAnalyzer();
    String[][] cases = {
      {"statistics", "According to the port authority, exports fell by 23 percent in the first half of the year."},
      {"testimony", "\"We were never told about the cracks,\" the head of the tenants' association said on Monday."},
      {"anecdote", "Last August I waited four hours in the emergency room with my daughter before a doctor saw us."},
      {"assumption", "The council should stop pretending that the problem will solve itself."}};
    for (String[] c : cases) {
      ArgumentDocument doc = ArgumentDocument.flat(List.of(analyzer.analyze(c[1])));
      double[] p = model.evidence(doc, ArgumentFeatures.cues(doc), 0);
      assertEquals(c[0], ArgumentModel.EVIDENCE_TYPES.get(ArgumentModel.argmax(p)), c[1]);
    }
  }

  @Test
  void clauseSplitterCutsAtConjunctionsAndKeepsTags() {
    TokenizedSentence s = new TextAnalyzer().analyze(
        "The council approved the plan in May, but the money never arrived because the grant was cancelled.");
    List<TokenizedSentence> clauses = ClauseSplitter.split(s);
    assertEquals(3, clauses.size(), clauses.stream().map(TokenizedSentence::text).toList().toString());
    assertEquals("but the money never arrived", clauses.get(1).text());
    assertArrayEquals(new String[] {"because", "the", "grant", "was", "cancelled"}, clauses.get(2).lower());
    assertEquals(clauses.get(2).tokens().length, clauses.get(2).tags().length);
  }

  @Test
  void unitsInsideAQuotationOpenedEarlierInTheParagraphAreMarked() {
    TextAnalyzer analyzer = new TextAnalyzer();
    List<TokenizedSentence> units = List.of(
        analyzer.analyze("The minister said: \"We will not wait"),
        analyzer.analyze("and we will not apologise"),
        analyzer.analyze("for any of it.\""),
        analyzer.analyze("Nobody believed her"),
        analyzer.analyze("The \"reform\" went ahead"),
        analyzer.analyze("She added: \"Never"),
        analyzer.analyze("The vote was held in June"));
    ArgumentDocument doc = new ArgumentDocument(units, new int[] {0, 0, 0, 0, 0, 0, 1});
    boolean[] expected = {false, true, true, false, false, false, false};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], ArgumentFeatures.insideQuote(doc, i), units.get(i).text());
      assertEquals(expected[i], ArgumentFeatures.sentence(doc, ArgumentFeatures.cues(doc), i)
          .containsKey("ctx=inside_quote"), units.get(i).text());
    }
  }
}
