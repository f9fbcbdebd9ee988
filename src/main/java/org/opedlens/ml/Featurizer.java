package org.opedlens.ml;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.opedlens.nlp.TextAnalyzer;
import org.opedlens.nlp.TokenizedSentence;

/**
 * Turns labelled sentences into training rows {@code (label, feature_names, feature_values)} in Spark: one {@link TextAnalyzer} per
 * partition, the task's own feature function per sentence. The same feature function scores sentences at run
 * time, so training and scoring can never drift apart.
 */
public final class Featurizer {
  private Featurizer() {}

  /** The features of a featurized row (columns feature_names, feature_values). */
  public static Map<String, Double> features(Row row) {
    List<String> names = row.getList(row.fieldIndex("feature_names"));
    List<Double> values = row.getList(row.fieldIndex("feature_values"));
    Map<String, Double> features = new java.util.HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      features.put(names.get(i), values.get(i));
    }
    return features;
  }

  /** A task's features for one sentence; {@code row} is the labelled row (for extra columns such as context). */
  public interface FeatureFunction extends Serializable {
    Map<String, Double> features(TokenizedSentence sentence, Row row);
  }

  /** Reads team-written TSV files (header line, no quoting) into a Dataset of strings. */
  public static Dataset<Row> readTsv(SparkSession spark, List<String> paths) {
    return spark.read()
        .option("sep", "\t")
        .option("header", "true")
        .option("quote", "\u0000")
        .option("mode", "FAILFAST")
        .csv(paths.toArray(new String[0]));
  }

  public static Dataset<Row> featurize(Dataset<Row> rows, String textColumn, String labelColumn,
      DataType labelType, FeatureFunction function) {
    StructType schema =
        new StructType()
            .add("label", labelType)
            .add("feature_names", DataTypes.createArrayType(DataTypes.StringType))
            .add("feature_values", DataTypes.createArrayType(DataTypes.DoubleType));
    MapPartitionsFunction<Row, Row> featurizePartition =
        (Iterator<Row> partition) -> {
          TextAnalyzer analyzer = new TextAnalyzer();
          List<Row> out = new ArrayList<>();
          while (partition.hasNext()) {
            Row row = partition.next();
            TokenizedSentence sentence = analyzer.analyze(row.getAs(textColumn));
            Object label = row.getAs(labelColumn);
            if (labelType == DataTypes.DoubleType) {
              label = Double.parseDouble(label.toString());
            }
            Map<String, Double> features = function.features(sentence, row);
            out.add(RowFactory.create(label, features.keySet().toArray(new String[0]),
                features.values().toArray(new Double[0])));
          }
          return out.iterator();
        };
    return rows.mapPartitions(featurizePartition, Encoders.row(schema));
  }
}
