package org.opedlens.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Flags syndicated copies: every document stays in {@code documents}; all but one canonical copy per group get
 * {@code duplicate_of} (the canonical doc_id) and {@code duplicate_method} ({@code exact}: same folded text;
 * {@code near}: Jaccard similarity of word 5-gram shingles at least the threshold).
 *
 * <p>Exact copies share a content hash. Near copies are found among the exact groups' representatives with MinHash
 * (the hash family of Spark MLlib's {@code MinHashLSH}, computed in {@link MinHash}): signatures are cut into bands
 * of {@value #ROWS_PER_BAND} hash values (LSH's AND step; MLlib's {@code approxSimilarityJoin} ORs single hash
 * values, which makes quadratic candidate lists on large corpora), documents sharing a band are candidates, and
 * each candidate pair's exact Jaccard similarity decides.
 * Copies form groups by connected components (iterative min-label propagation, all in Spark); the canonical copy
 * is the group's first by (date, nulls last; doc_id; source_path; record_key), so the choice is deterministic.
 * Nothing is collected to the driver.
 */
public final class Duplicates {
  private Duplicates() {}

  static final int SHINGLE_WORDS = 5;
  static final int ROWS_PER_BAND = 4;
  static final int BANDS = 10;
  /** A band bucket with more members than this links each to the bucket's first instead of to every other. */
  static final int MAX_BUCKET_PAIRS = 64;
  private static final long SEED = 20_261_127L;
  private static final int DIMENSION = 1 << 24;
  private static final int MAX_ITERATIONS = 50;

  private static final StructType FEATURES = new StructType().add("rank", DataTypes.StringType)
      .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false));
  private static final StructType BAND =
      new StructType().add("band", DataTypes.StringType).add("rank", DataTypes.StringType);

  /** Adds {@code duplicate_of} and {@code duplicate_method}; datasets it caches are added to {@code cached}. */
  public static Dataset<Row> flag(Dataset<Row> documents, IngestOptions options, List<Dataset<Row>> cached) {
    Dataset<Row> ranked =
        documents.withColumn("_rank", concat_ws("|",
                coalesce(date_format(col("date"), "yyyy-MM-dd"), lit("9999-99-99")),
                col("doc_id"), col("source_path"), col("record_key"),
                // Only tells apart rows identical in all the above (one file given twice, packed and not).
                monotonically_increasing_id().cast("string")))
            .withColumn("_exact_rep", min("_rank").over(Window.partitionBy("content_hash")));
    Dataset<Row> edges = ranked.filter(col("_rank").notEqual(col("_exact_rep")))
        .select(col("_rank").as("src"), col("_exact_rep").as("dst"));
    if (options.nearDuplicatesEnabled()) {
      Dataset<Row> representatives = ranked.filter(col("_rank").equalTo(col("_exact_rep"))).select("_rank", "text");
      edges = edges.union(nearPairs(representatives, options.nearDuplicateSimilarity(), cached));
    }
    Dataset<Row> labels = components(edges, cached);
    Dataset<Row> canonical = ranked.select(col("_rank").as("_label"), col("doc_id").as("_canonical_id"),
        col("content_hash").as("_canonical_hash"));
    Dataset<Row> joined = ranked.join(labels, ranked.col("_rank").equalTo(labels.col("node")), "left")
        .join(canonical, labels.col("label").equalTo(canonical.col("_label")), "left");
    return joined
        .withColumn("duplicate_of",
            when(col("label").isNotNull().and(col("label").notEqual(col("_rank"))), col("_canonical_id")))
        .withColumn("duplicate_method",
            when(col("duplicate_of").isNull(), lit(null).cast(DataTypes.StringType))
                .when(col("content_hash").equalTo(col("_canonical_hash")), lit("exact"))
                .otherwise(lit("near")))
        .drop("_rank", "_exact_rep", "node", "label", "_label", "_canonical_id", "_canonical_hash");
  }

  /** Pairs (src, dst) of representatives whose shingle Jaccard similarity is at least {@code similarity}. */
  static Dataset<Row> nearPairs(Dataset<Row> representatives, double similarity, List<Dataset<Row>> cached) {
    Dataset<Row> features =
        representatives.map(
                (MapFunction<Row, Row>) row -> RowFactory.create(row.getString(0), shingles(row.getString(1))),
                Encoders.row(FEATURES))
            .filter(size(col("shingles")).gt(0))
            .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(features);
    MinHash minHash = new MinHash(ROWS_PER_BAND * BANDS, SEED);
    Dataset<Row> bands = features.flatMap(
        (FlatMapFunction<Row, Row>) row -> bandKeys(row.getString(0), minHash.signature(ints(row, 1))),
        Encoders.row(BAND));
    Dataset<Row> buckets = bands
        .withColumn("size", count(lit(1)).over(Window.partitionBy("band")))
        .withColumn("first", min("rank").over(Window.partitionBy("band")));
    Dataset<Row> small = buckets.filter(col("size").leq(MAX_BUCKET_PAIRS)).select("band", "rank");
    Dataset<Row> pairsInSmall = small.as("a").join(small.as("b").hint("merge"), "band")
        .filter(col("a.rank").lt(col("b.rank")))
        .select(col("a.rank").as("src"), col("b.rank").as("dst"));
    Dataset<Row> starsInLarge = buckets.filter(col("size").gt(MAX_BUCKET_PAIRS).and(col("rank").notEqual(col("first"))))
        .select(col("first").as("src"), col("rank").as("dst"));
    // Made distinct first (a pair found in several bands is checked once). This join and the bands' self-join
    // are sort-merge by hint: they hold most of the ingest stage's data, and a broadcast (which Spark picked from
    // its size estimates) ran a 100,000-op-ed run out of a 2 GB heap.
    Dataset<Row> candidates = pairsInSmall.union(starsInLarge).distinct();
    Dataset<Row> left = features.select(col("rank").as("src"), col("shingles").as("a")).hint("merge");
    Dataset<Row> right = features.select(col("rank").as("dst"), col("shingles").as("b")).hint("merge");
    return candidates.join(left, "src").join(right, "dst")
        .filter((FilterFunction<Row>) row ->
            jaccard(ints(row, row.fieldIndex("a")), ints(row, row.fieldIndex("b"))) >= similarity)
        .select("src", "dst");
  }

  /**
   * MinHash over shingle indices with the hash family of Spark MLlib's {@code MinHashLSH}: h(x) = ((1 + x)·a + b)
   * mod p, a and b drawn from a seeded random. Computed here on primitive arrays because MLlib's version boxes
   * every value of every hash function (half of the ingest stage's CPU in the 10 K-op-ed benchmark).
   */
  static final class MinHash implements java.io.Serializable {
    static final long PRIME = 2_038_074_743L;
    private final long[] a;
    private final long[] b;

    MinHash(int functions, long seed) {
      java.util.Random random = new java.util.Random(seed);
      a = new long[functions];
      b = new long[functions];
      for (int i = 0; i < functions; i++) {
        a[i] = 1 + random.nextInt((int) PRIME - 1);
        b[i] = random.nextInt((int) PRIME - 1);
      }
    }

    /** The smallest hash of the indices under each function (indices below 2^24: no overflow). */
    long[] signature(int[] indices) {
      long[] min = new long[a.length];
      Arrays.fill(min, Long.MAX_VALUE);
      for (int index : indices) {
        long x = 1L + index;
        for (int f = 0; f < a.length; f++) {
          long h = (x * a[f] + b[f]) % PRIME;
          if (h < min[f]) {
            min[f] = h;
          }
        }
      }
      return min;
    }
  }

  /** One key per band: the band's number and its hash values. */
  private static Iterator<Row> bandKeys(String rank, long[] signature) {
    List<Row> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      StringBuilder key = new StringBuilder().append(band);
      for (int r = 0; r < ROWS_PER_BAND; r++) {
        key.append(':').append(signature[band * ROWS_PER_BAND + r]);
      }
      keys.add(RowFactory.create(key.toString(), rank));
    }
    return keys.iterator();
  }

  /** An array<int> field: the int[] a map stage made, or the list Spark gives back once it is stored. */
  private static int[] ints(Row row, int field) {
    Object value = row.get(field);
    if (value instanceof int[] array) {
      return array;
    }
    List<Integer> values = row.getList(field);
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /**
   * Connected components of the edge graph: each node's label becomes the smallest rank it is connected to. Each
   * round takes every node's smallest neighbouring label; it stops when no label changes.
   */
  static Dataset<Row> components(Dataset<Row> edges, List<Dataset<Row>> cached) {
    Dataset<Row> both = edges.union(edges.select(col("dst").as("src"), col("src").as("dst"))).distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(both);
    if (both.count() == 0) {
      // No copies at all, the common case: no rounds to run.
      return both.select(col("src").as("node"), col("dst").as("label"));
    }
    Dataset<Row> labels = both.groupBy("src").agg(min("dst").as("m"))
        .select(col("src").as("node"), least(col("src"), col("m")).as("label"))
        .localCheckpoint(true);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Dataset<Row> neighbourLabels = both.join(labels, both.col("dst").equalTo(labels.col("node")))
          .groupBy(both.col("src")).agg(min("label").as("neighbour"));
      Dataset<Row> next = labels.join(neighbourLabels, labels.col("node").equalTo(neighbourLabels.col("src")), "left")
          .select(col("node"), least(col("label"), coalesce(col("neighbour"), col("label"))).as("label"),
              col("label").as("previous"))
          .localCheckpoint(true);
      long changed = next.filter(col("label").notEqual(col("previous"))).count();
      labels = next.select("node", "label");
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }

  /** The word 5-gram shingles of a text (case and punctuation folded), hashed to sorted distinct indices. */
  static int[] shingles(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    int n = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    int[] indices = new int[words.isEmpty() ? 0 : n];
    for (int i = 0; i < indices.length; i++) {
      int hash = 0x811C9DC5;
      for (int w = i; w < Math.min(words.size(), i + SHINGLE_WORDS); w++) {
        String token = words.get(w);
        for (int k = 0; k < token.length(); k++) {
          hash = (hash ^ token.charAt(k)) * 0x01000193;
        }
        hash = (hash ^ ' ') * 0x01000193;
      }
      indices[i] = (hash & 0x7FFFFFFF) % DIMENSION;
    }
    Arrays.sort(indices);
    int distinct = 0;
    for (int i = 0; i < indices.length; i++) {
      if (i == 0 || indices[i] != indices[i - 1]) {
        indices[distinct++] = indices[i];
      }
    }
    return Arrays.copyOf(indices, distinct);
  }

  /** |A ∩ B| / |A ∪ B| of two sorted, distinct shingle index arrays. */
  static double jaccard(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
