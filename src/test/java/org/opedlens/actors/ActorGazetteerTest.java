package org.opedlens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.util.Resources;

/** The real gazetteer and OpenNLP tokenizer: names in running text become one canonical actor each. */
class ActorGazetteerTest {
  private static ActorGazetteer gazetteer;
  private static TextAnalyzer text;

  @BeforeAll
  static void load() {
    gazetteer = ActorGazetteer.load(ActorGazetteer.DEFAULT);
    text = new TextAnalyzer();
  }

  private static List<String> actorsIn(String sentence) {
    return gazetteer.canonicalNames(text.analyze(sentence).tokens());
  }

  @Test
  void variantsOfOneNameBecomeTheCanonicalName() {
    assertEquals(List.of("Vladimir Putin"), actorsIn("In Paris the papers call him Poutine."));
    assertEquals(List.of("Vladimir Putin", "Xi Jinping"),
        actorsIn("Vladimir Vladimirovich Putin flew to Beijing to meet President Xi."));
    assertEquals(List.of("Vladimir Putin"), actorsIn("Putin's war has gone badly, and Putin knows it."),
        "a possessive and a repeat still name one actor, once");
    assertEquals(List.of("Nursultan Nazarbayev", "Kazakhstan"),
        actorsIn("Nazerbayev ruled Kazakhstan for three decades."), "the seed's misspelling is an alias");
    assertEquals(List.of("Abdel Fattah el-Sisi", "Egypt", "Mohamed Morsi"),
        actorsIn("Sisi has ruled Egypt since the army removed Mohammed Morsi in 2013."));
  }

  @Test
  void shortAliasesAreCaseSensitive() {
    assertEquals(List.of("United States", "United Nations", "World Health Organization"),
        actorsIn("The US asked the UN to let the WHO investigate."));
    assertEquals(List.of(), actorsIn("Let us see who will pay for it."), "'us' and 'who' are not actors");
  }

  @Test
  void theLongestAliasWins() {
    assertEquals(List.of("Apple Daily", "Hong Kong"), actorsIn("Apple Daily was forced to close in Hong Kong."));
    assertEquals(List.of("Apple"), actorsIn("Apple removed the app from its store."));
  }

  @Test
  void normalizeMapsWholeSurfaceForms() {
    assertEquals("Vladimir Putin", gazetteer.normalize("Poutine").canonical());
    assertEquals("Vladimir Putin", gazetteer.normalize("Vladimir Vladimirovich Putin").canonical());
    assertEquals("PERSON", gazetteer.normalize("Putin").type());
    assertEquals("COUNTRY", gazetteer.normalize("Russian Federation").type());
    assertEquals("ORGANIZATION", gazetteer.normalize("NATO").type());
    assertNull(gazetteer.normalize("Nobody Inparticular"));
  }

  @Test
  void everyAliasOfTheGazetteerNormalizesToItsOwnActor() {
    int aliases = 0;
    for (String[] row : Resources.tsvRows(ActorGazetteer.DEFAULT)) {
      for (String alias : row[2].split("\\|")) {
        ActorGazetteer.Actor actor = gazetteer.normalize(alias);
        assertNotNull(actor, "alias " + alias);
        assertEquals(row[0], actor.canonical(), "alias " + alias);
        aliases++;
      }
    }
    assertTrue(aliases > 1000, "the gazetteer has many aliases: " + aliases);
    assertTrue(gazetteer.actors().size() >= 590, "actors: " + gazetteer.actors().size());
  }
}
