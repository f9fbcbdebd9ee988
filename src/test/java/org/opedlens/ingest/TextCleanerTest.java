package org.opedlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opedlens.nlp.TextAnalyzer;

class TextCleanerTest {
  @Test
  void markupEntitiesAndInvisibleCharacters() {
    assertEquals("First paragraph.\n\nSecond & last \u2014 caf\u00e9 \u201cquoted\u201d.",
        TextCleaner.clean("<p>First <b>paragraph</b>.</p><p>Second &amp; last &mdash; caf&eacute; "
            + "&#8220;quoted&#x201D;.</p><!-- tracking -->"));
    assertEquals("Soft hyphen and zero width gone.", TextCleaner.clean("Soft hy\u00adphen and zero\u200b width gone."));
    assertEquals("Unknown &bogus; entity kept.", TextCleaner.clean("Unknown &bogus; entity kept."));
  }

  @Test
  void noiseLinesAndSocialSentencesGo() {
    String raw = "The argument begins here.\nADVERTISEMENT\nShare this article\nFacebook | Twitter | Email\n"
        + "Story continues below advertisement\nTags: Russia, Putin, NATO\n"
        + "The argument ends here. Follow him on Twitter @ Rmanning4.\n@janedoe\n"
        + "The views expressed in this article are the author's own.\nCopyright 2022 The Herald. All rights reserved.\n"
        + "You can follow Jane Doe on Twitter at @jd. She writes weekly.";
    assertEquals("The argument begins here.\n\nThe argument ends here.\n\nShe writes weekly.", TextCleaner.clean(raw));
  }

  @Test
  void bodyLinesThatOnlyLookLikeNoiseStay() {
    for (String line : new String[] {"Related to this, the president said nothing.",
        "Subscribers to the theory argue otherwise.", "Read more carefully and the picture changes.",
        "Copyright law is broken in three ways.", "Share prices fell by a third."}) {
      assertEquals(line, TextCleaner.clean(line), line);
    }
  }

  @Test
  void curlyQuotesStayButTheTokenizerSeesStraightOnesAtTheSameOffsets() {
    String cleaned = TextCleaner.clean("Biden\u2019s \u201cdemocracy versus autocracy\u201d frame.");
    assertTrue(cleaned.contains("\u2019") && cleaned.contains("\u201c"), "stored text keeps the quotes as written");
    String folded = TextAnalyzer.foldQuotes(cleaned);
    assertEquals(cleaned.length(), folded.length(), "one char for one char: sentence offsets stay valid");
    assertEquals("Biden's \"democracy versus autocracy\" frame.", folded);
    assertFalse(folded.contains("\u2019"));
  }
}
