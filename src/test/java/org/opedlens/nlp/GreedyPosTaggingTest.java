package org.opedlens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The pipeline tags with a beam of one instead of the shipped model's three (EnglishModels.greedyPosModel): this
 * holds only while the two give the same tags. Checked on every sentence of the bundled sample corpus, with two
 * separate tagger instances over separate token arrays, so neither can read the other's feature cache.
 */
class GreedyPosTaggingTest {

  @Test
  void greedyTaggerGivesTheShippedBeamSearchTagsOnTheSampleCorpus() throws IOException {
    SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizerModel());
    POSTaggerME beam = new POSTaggerME(EnglishModels.posModel());
    POSTaggerME greedy = new POSTaggerME(EnglishModels.greedyPosModel());
    assertEquals("3", EnglishModels.posModel().getManifestProperty("BeamSize"));
    assertEquals("1", EnglishModels.greedyPosModel().getManifestProperty("BeamSize"));

    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("datasets/sample"))) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "sample corpus not found");
    long tokens = 0;
    for (Path file : files) {
      for (String sentence : detector.sentDetect(Files.readString(file, StandardCharsets.UTF_8))) {
        String[] words = tokenizer.tokenize(sentence);
        assertArrayEquals(beam.tag(words.clone()), greedy.tag(words.clone()), () -> file + ": " + sentence);
        tokens += words.length;
      }
    }
    assertTrue(tokens > 10_000, "only " + tokens + " tokens checked");
  }
}
