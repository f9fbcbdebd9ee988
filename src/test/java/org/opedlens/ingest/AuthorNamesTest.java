package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {
  @Test
  void bylineForms() {
    assertEquals(List.of("Jane Doe"), AuthorNames.split("By Jane Doe"));
    assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.split("By JANE DOE and JOHN ROE"));
    assertEquals(List.of("Jane Doe"), AuthorNames.split("By Jane Doe, Special to the Herald"));
    assertEquals(List.of("Jane Doe", "John Roe", "Jim Poe"), AuthorNames.split("By Jane Doe, John Roe & Jim Poe"));
    assertEquals(List.of("Jane Doe"), AuthorNames.split("By Jane Doe | Fox News"));
    assertEquals(List.of("Jane Doe"), AuthorNames.split("By Jane Doe, Opinion Contributor"));
    assertEquals(List.of("Jane Doe"), AuthorNames.split("by jane doe in Cairo"));
    assertEquals(List.of("Jane Doe"), AuthorNames.split("Written by Jane Doe (@janedoe)"));
    assertEquals(List.of("Editorial Board"), AuthorNames.split("By the Editorial Board"));
    assertEquals(List.of("Brett Schaefer", "Terry Miller"), AuthorNames.split("Brett Schaefer , Terry Miller"));
    assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.split("By Jane Doe with John Roe"));
    assertEquals(List.of("Oliver North"), AuthorNames.split("By Lt. Col. Oliver North (ret.), Special to Fox News"));
    assertEquals(List.of("\u0645\u062d\u0645\u062f \u0639\u0644\u064a"), AuthorNames.split("By \u0645\u062d\u0645\u062f \u0639\u0644\u064a"),
        "scripts without case");
  }

  @Test
  void repeatsHonorificsAndCredentials() {
    assertEquals(List.of("Andrew Napolitano"), AuthorNames.split("Andrew Napolitano, Andrew Napolitano"));
    assertEquals(List.of("Ada Morrow", "Luis Ferreira"),
        AuthorNames.split("Sen. Ada Morrow, Sen. Luis Ferreira, Sen. Luis Ferreira"));
    assertEquals(List.of("Tom Frieden"), AuthorNames.split("Tom Frieden, M.D."));
    assertEquals(List.of("Anthony Fauci"), AuthorNames.split("By Dr. Anthony Fauci, PhD"));
    assertEquals(List.of("Simon Jenkins"), AuthorNames.split("Sir Simon Jenkins"));
    assertEquals(List.of("Martin Luther King Jr."), AuthorNames.split("Martin Luther King, Jr."));
    assertEquals(List.of("E.J. Dionne Jr."), AuthorNames.split("By E.J. Dionne Jr."));
  }

  @Test
  void realNamesSurvive() {
    for (String name : List.of("Ursula von der Leyen", "Jean-Claude Juncker", "J.K. Rowling", "Se\u00e1n O'Brien",
        "Gabriel Garc\u00eda M\u00e1rquez", "Madonna", "Aung San Suu Kyi", "Ngozi Okonjo-Iweala", "Ban Ki-moon",
        "Ta-Nehisi Coates", "D'Arcy Fitzgerald", "Laura D'Andrea Tyson", "Ibrahim Al-Marashi", "Ma Jian",
        "Xi Jinping", "Bill de Blasio", "Jason A Johnson", "K.T. McFarland", "SNM Abdi", "MJ Rosenberg",
        "Natalie Nougayr\u00e8de", "Recep Tayyip Erdo\u011fan", "Will Hutton", "Theresa May", "Edward Said",
        "Observer editorial")) {
      assertEquals(List.of(name), AuthorNames.split("By " + name), name);
    }
  }

  @Test
  void allCapsAndLowerCaseNamesAreTitleCased() {
    assertEquals("Ursula von der Leyen", AuthorNames.normalise("URSULA VON DER LEYEN"));
    assertEquals("Se\u00e1n O'Brien", AuthorNames.normalise("SE\u00c1N O'BRIEN"));
    assertEquals("Anne-Sophie M\u00fcller", AuthorNames.normalise("ANNE-SOPHIE M\u00dcLLER"));
    assertEquals("K.T. McFarland", AuthorNames.normalise("K.T. MCFARLAND"));
    assertEquals("Bell Hooks", AuthorNames.normalise("bell  hooks"));
    assertEquals("Robert A. Manning", AuthorNames.normalise(" Robert  A. Manning "));
  }

  @Test
  void sentencesAreNotNames() {
    assertTrue(AuthorNames.split("By all accounts he is a decent man").isEmpty());
    assertTrue(AuthorNames.split("By the numbers: what the vote means").isEmpty());
    assertEquals(List.of("Jane Doe"), AuthorNames.split("By Jane Doe, Reuters"), "an agency after a person: a role");
    assertEquals(List.of("Reuters"), AuthorNames.split("By Reuters"), "no person named: the byline's institution");
    assertEquals(List.of("Guardian staff"), AuthorNames.split("Guardian staff and agencies"));
    assertTrue(AuthorNames.split("It is time").isEmpty());
    assertTrue(AuthorNames.split("By 2030, emissions must fall").isEmpty());
  }

  @Test
  void samePersonAcrossInitialsAndSuffixes() {
    assertTrue(AuthorNames.containsPerson(List.of("John Lott"), "John R. Lott Jr."));
    assertTrue(!AuthorNames.containsPerson(List.of("John Lott"), "John Roe"));
  }
}
