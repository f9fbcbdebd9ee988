package org.opedlens.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.opedlens.testing.SampleRun;
import org.opedlens.testing.SharedSpark;

/** The Parquet each table is written with matches the data dictionary, column by column, in order. */
class SchemaDictionaryTest {
  @Test
  void everyWrittenTableMatchesTheDictionary() {
    SampleRun.get();
    DataDictionary dictionary = DataDictionary.load();
    assertEquals(Tables.ALL, dictionary.tables(), "the dictionary documents exactly the tables a run writes");
    for (String table : Tables.ALL) {
      StructType written = SharedSpark.get().read().parquet(SampleRun.OUTPUT.resolve(table).toString()).schema();
      List<String> actual = new ArrayList<>();
      for (StructField field : written.fields()) {
        actual.add(field.name() + " " + field.dataType().simpleString());
      }
      List<String> documented = new ArrayList<>();
      for (DataDictionary.Column column : dictionary.columns(table)) {
        documented.add(column.name() + " " + column.type());
        assertFalse(column.meaning().isBlank(), table + "." + column.name() + " has a meaning");
      }
      assertEquals(documented, actual, "schema of " + table);
    }
  }
}
