package org.opedlens.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/** Real MLlib LDA on the sample's documents: seeded and reproducible, mixtures are distributions, small corpora skip. */
class TopicModelTest {
  private static Dataset<Row> sentences;
  private static long documents;

  @BeforeAll
  static void sentences() {
    SampleRun.get();
    sentences = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.SENTENCES).toString())
        .select("doc_id", "author", "date", "topic_terms").cache();
    documents = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.DOCUMENTS).toString())
        .filter(col("duplicate_of").isNull()).count();
  }

  private record Fitted(List<Row> topics, List<Row> mixtures, java.util.Map<String, Object> info) {}

  private static Fitted fit(int k, long seed) {
    TopicModel.Result result = TopicModel.fit(SharedSpark.get(), sentences, new TopicModel.Options(k, seed));
    Fitted fitted = new Fitted(result.topics().orderBy("topic").collectAsList(),
        result.documentTopics().orderBy("doc_id").collectAsList(), result.info());
    result.release();
    return fitted;
  }

  @Test
  void theSameSeedGivesTheSameTopicsAndAnotherSeedOtherOnes() {
    Fitted first = fit(4, 7);
    Fitted second = fit(4, 7);
    Fitted other = fit(4, 8);
    assertEquals(4, first.topics().size());
    assertEquals(first.topics(), second.topics(), "same corpus, k and seed: same terms and weights");
    assertEquals(first.mixtures(), second.mixtures(), "same mixtures");
    assertNotEquals(first.topics(), other.topics(), "the seed is used");
    assertFalse(first.info().containsKey("skipped"), "the sample is enough for 4 topics: " + first.info());
  }

  @Test
  void topicsHaveDistinctTermsAndDocumentMixturesAreDistributions() {
    Fitted fitted = fit(4, 7);
    for (Row topic : fitted.topics()) {
      List<String> terms = topic.getList(topic.fieldIndex("terms"));
      List<Double> weights = topic.getList(topic.fieldIndex("term_weights"));
      assertEquals(TopicModel.TOP_TERMS, terms.size());
      assertEquals(terms.size(), new HashSet<>(terms).size(), "distinct terms: " + terms);
      for (int i = 1; i < weights.size(); i++) {
        assertTrue(weights.get(i - 1) >= weights.get(i), "terms are ordered by weight: " + weights);
      }
      assertTrue(topic.getString(topic.fieldIndex("label")).startsWith(terms.get(0) + " / "));
    }
    assertEquals(documents, fitted.mixtures().size(), "every canonical document has a mixture");
    double shares = 0;
    for (Row topic : fitted.topics()) {
      shares += topic.getDouble(topic.fieldIndex("corpus_share"));
    }
    assertEquals(1.0, shares, 1e-6, "corpus shares sum to 1");
    for (Row document : fitted.mixtures()) {
      List<Double> mixture = document.getList(document.fieldIndex("topic_mixture"));
      assertEquals(4, mixture.size());
      assertEquals(1.0, mixture.stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
      int top = document.getInt(document.fieldIndex("top_topic"));
      assertEquals(mixture.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), mixture.get(top), 1e-12);
      assertTrue(document.getInt(document.fieldIndex("term_count")) > 50, "an op-ed has many vocabulary terms");
    }
  }

  @Test
  void namedActorsAreOneTermAndStopWordsAreGone() {
    List<String> terms = TopicModel.documentTerms(sentences).selectExpr("explode(terms)").distinct()
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(terms.contains("hong kong"), "a named actor is one term");
    assertTrue(terms.contains("sanction"), "nouns are lemmatized");
    assertFalse(terms.contains("sanctions"));
    assertFalse(terms.contains("the") || terms.contains("year") || terms.contains("november"));
  }

  @Test
  void smallCorporaAndKZeroAreSkippedWithAReason() {
    TopicModel.Result tooMany = TopicModel.fit(SharedSpark.get(), sentences, new TopicModel.Options(20, 1));
    assertTrue(tooMany.info().get("skipped").toString().contains("fewer than 40"), tooMany.info().toString());
    assertEquals(0, tooMany.topics().count());
    assertEquals(0, tooMany.documentTopics().count());
    assertEquals(TopicModel.TOPIC_ROW, tooMany.topics().schema());
    TopicModel.Result off = TopicModel.fit(SharedSpark.get(), sentences, new TopicModel.Options(0, 1));
    assertTrue(off.info().get("skipped").toString().contains("--topics 0"));
  }
}
