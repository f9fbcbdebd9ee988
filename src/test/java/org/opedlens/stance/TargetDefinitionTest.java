package org.opedlens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TargetDefinitionTest {
  @Test
  void builtInTargetsAreDefinedByFilesLikeAnyOther() {
    TargetDefinition autocracy = TargetDefinition.load("autocracy");
    assertEquals("autocracy", autocracy.name());
    assertTrue(autocracy.builtIn());
    assertEquals("datasets/lexicons/targets/autocracy.tsv", autocracy.lexiconPath());
    assertEquals("autocracy", autocracy.labelColumn());
    assertEquals("democracy", autocracy.contrast());
    assertEquals(1, autocracy.examples().size());
    assertEquals("datasets/stance/*.tsv", autocracy.examples().get(0));
    assertTrue(autocracy.lexicon().size() > 300, "the lexicon loads through the properties file");
    // Real op-eds rarely favour autocracy: its prior says so, and the democracy prior mirrors it.
    assertTrue(autocracy.polarityPrior().get("FAVOR") < 0.1);
    assertTrue(TargetDefinition.load("democracy").polarityPrior().get("AGAINST") < 0.1);
    // Only autocracy's polarity classifier learns the rhetoric features (issue #5).
    assertTrue(autocracy.rhetoricFeatures());
    assertFalse(TargetDefinition.load("democracy").rhetoricFeatures());
    assertFalse(TargetDefinition.load("press_freedom").rhetoricFeatures());
    // Context and act features are opt-in per target (issue #5, round 5).
    assertTrue(TargetDefinition.load("press_freedom").contextFeatures().isEmpty());
    assertFalse(TargetDefinition.load("press_freedom").actFeatures());
  }

  @Test
  void theWorkedUserTargetLoadsWithoutCode() {
    TargetDefinition pressFreedom = TargetDefinition.load("press_freedom");
    assertFalse(pressFreedom.builtIn());
    assertEquals("datasets/targets/press_freedom/lexicon.tsv", pressFreedom.lexiconPath());
    assertTrue(pressFreedom.lexicon().size() >= 20);
    assertEquals("autocracy", pressFreedom.contrast());
  }

  @Test
  void aFolderAnywhereIsATarget(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("lexicon.tsv"), "term\tkind\tweight\nnato\texplicit\t1.0\nthe alliance\timplicit\t0.6\n");
    Files.writeString(dir.resolve(TargetDefinition.FILE), "name=nato\nprior.addressed.unmentioned=0.02\n");
    TargetDefinition nato = TargetDefinition.load(dir.toString());
    assertEquals("nato", nato.name());
    assertEquals(2, nato.lexicon().size());
    assertTrue(nato.examples().isEmpty());
    assertEquals(0.02, nato.unmentionedPrior(), 1e-9);
    assertEquals(TargetDefinition.DEFAULT_MENTIONED_PRIOR, nato.mentionedPrior(), 1e-9);
    assertEquals(1.0, nato.polarityPrior().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  @Test
  void badDefinitionsSayWhatIsWrong() {
    Properties badName = new Properties();
    badName.setProperty("name", "Press Freedom!");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TargetDefinition.fromProperties("x", badName));
    assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
    Properties badPrior = new Properties();
    badPrior.setProperty("name", "ok");
    badPrior.setProperty("prior.polarity", "FAVOR:1,AGAINST:1");
    assertThrows(IllegalArgumentException.class, () -> TargetDefinition.fromProperties("x", badPrior));
    assertThrows(java.io.UncheckedIOException.class, () -> TargetDefinition.load("no_such_target_here"));
  }

  @Test
  void relativePathsResolveAgainstTheFolder() {
    assertEquals("datasets/lexicons/targets/a.tsv",
        TargetDefinition.resolve("datasets/targets/a", "../../lexicons/targets/a.tsv"));
    assertEquals("datasets/targets/a/lexicon.tsv", TargetDefinition.resolve("datasets/targets/a", "lexicon.tsv"));
  }
}
