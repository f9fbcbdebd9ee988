package org.opedlens.analysis;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.opedlens.argument.ArgumentModel;
import org.opedlens.schema.Tables;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/** The argument columns of the sample run's sentences, read back from Parquet, keep the guide's structure. */
class ArgumentStageTest {
  @Test
  void everyDocumentHasAThesisAndAttachmentsPointBack() {
    SampleRun.get();
    List<Row> rows = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(Tables.SENTENCES).toString())
        .select("doc_id", "sentence_index", "arg_role", "is_thesis", "evidence_type", "relation", "attaches_to")
        .orderBy(col("doc_id"), col("sentence_index")).collectAsList();
    assertTrue(rows.size() > 20, "the sample has sentences");
    Map<String, Integer> theses = new HashMap<>();
    Map<String, Map<Integer, String>> roles = new HashMap<>();
    for (Row r : rows) {
      String doc = r.getString(0);
      int index = r.getInt(1);
      String role = r.getString(2);
      roles.computeIfAbsent(doc, k -> new HashMap<>()).put(index, role);
      assertTrue(ArgumentModel.ROLES.contains(role), role);
      if (r.getBoolean(3)) {
        theses.merge(doc, 1, Integer::sum);
        assertEquals(ArgumentModel.CLAIM, role, "a thesis is a claim");
      }
      String evidence = r.getString(4);
      String relation = r.getString(5);
      int target = r.getInt(6);
      assertEquals(role.equals(ArgumentModel.NONE), evidence.equals("none"), "evidence none exactly for role none");
      assertTrue(ArgumentModel.RELATIONS.contains(relation), relation);
      if (relation.equals("none")) {
        assertEquals(-1, target);
      } else {
        assertTrue(target >= 0 && target < index, "attaches to an earlier sentence: " + r);
        assertTrue(!roles.get(doc).get(target).equals(ArgumentModel.NONE), "never to a none sentence: " + r);
      }
    }
    assertEquals(roles.keySet(), theses.keySet(), "every document has a thesis");
    theses.values().forEach(n -> assertTrue(n <= 2, "one thesis, at most plus its restatement"));
  }
}
