package org.opedlens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline runs OpenNLP's tokenizer with its alphanumeric fast path and the POS tagger with a beam of one
 * (EnglishModels.fastTokenizerModel, greedyPosModel), where the shipped models ask for neither: this holds only
 * while both give the shipped models' output. Checked on every sentence of the bundled sample corpus, with
 * separate tool instances over separate token arrays, so no tool can read another's feature cache.
 */
class TunedOpenNlpSettingsTest {
  private static final List<String> SENTENCES = new ArrayList<>();

  @BeforeAll
  static void readSampleCorpus() throws IOException {
    SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());
    try (Stream<Path> listing = Files.list(Path.of("datasets/sample"))) {
      listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(file -> {
        try {
          SENTENCES.addAll(List.of(detector.sentDetect(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    assertTrue(SENTENCES.size() > 500, "sample corpus not found: " + SENTENCES.size() + " sentences");
  }

  @Test
  void fastPathTokenizerGivesTheShippedTokenizersTokens() {
    TokenizerME shipped = new TokenizerME(EnglishModels.tokenizerModel());
    TokenizerME fast = new TokenizerME(EnglishModels.fastTokenizerModel());
    assertEquals("false", EnglishModels.tokenizerModel().getManifestProperty("useAlphaNumericOptimization"));
    assertEquals("true", EnglishModels.fastTokenizerModel().getManifestProperty("useAlphaNumericOptimization"));
    for (String sentence : SENTENCES) {
      assertArrayEquals(shipped.tokenize(sentence), fast.tokenize(sentence), sentence);
    }
  }

  @Test
  void greedyTaggerGivesTheShippedBeamSearchTags() {
    TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizerModel());
    POSTaggerME beam = new POSTaggerME(EnglishModels.posModel());
    POSTaggerME greedy = new POSTaggerME(EnglishModels.greedyPosModel());
    assertEquals("3", EnglishModels.posModel().getManifestProperty("BeamSize"));
    assertEquals("1", EnglishModels.greedyPosModel().getManifestProperty("BeamSize"));
    long tokens = 0;
    for (String sentence : SENTENCES) {
      String[] words = tokenizer.tokenize(sentence);
      assertArrayEquals(beam.tag(words.clone()), greedy.tag(words.clone()), sentence);
      tokens += words.length;
    }
    assertTrue(tokens > 10_000, "only " + tokens + " tokens checked");
  }
}
