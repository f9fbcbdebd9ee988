package org.opedlens.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.opedlens.util.Resources;

/**
 * A stance target defined by files, not code: a folder {@code datasets/targets/<name>/} holding
 * {@code target.properties} (name, description, where its lexicon and optional labelled examples are) and usually
 * its {@code lexicon.tsv} ({@code term, kind, weight}, like the built-in lexicons). AUTOCRACY and DEMOCRACY are
 * defined the same way; adding a target needs no code.
 *
 * <p>Properties: {@code name} (lower-case letters, digits, '_'; it prefixes the output columns), {@code
 * description}, {@code lexicon} (default {@code lexicon.tsv}), {@code examples} (comma-separated TSV files or globs
 * with a header, an {@code id} and a {@code text} column; optional), {@code label_column} (the examples' column
 * holding FAVOR, AGAINST, NEUTRAL or ABSENT for this target; default {@code label}), {@code contrast} (optional:
 * another target whose mentions are informative, e.g. democracy for autocracy), {@code lexical_features} (true:
 * the polarity classifier also learns words from the examples; default false), {@code rhetoric_features} (true: the
 * polarity classifier also learns the rhetoric features, intensifiers, contrast and colons; default false), {@code
 * context_features} (which models, {@code detector} and/or {@code polarity}, also learn the context features:
 * campaign words, party names and civic words around the mentions; default none), {@code act_features} (true: the
 * polarity classifier also learns whether an act of removing or opposing governs a mention; default false). Paths
 * are relative to the folder.
 *
 * <p>Priors (optional; they say what real op-eds look like, which team-written examples deliberately do not):
 * {@code prior.addressed.mentioned} (default 0.8) and {@code prior.addressed.unmentioned} (default 0.05), the
 * expected share of sentences that address the target among those that do / do not contain a lexicon term; {@code
 * prior.polarity} (default: equal), the expected shares of FAVOR, AGAINST and NEUTRAL among addressing sentences. Training shifts the models to them.
 */
public final class TargetDefinition implements Serializable {
  public static final String DIRECTORY = "datasets/targets";
  public static final String FILE = "target.properties";
  public static final List<String> BUILT_IN = List.of("autocracy", "democracy");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  public static final double DEFAULT_MENTIONED_PRIOR = 0.8;
  public static final double DEFAULT_UNMENTIONED_PRIOR = 0.05;
  /** No opinion about polarity: the three labels equally likely. */
  public static final String DEFAULT_POLARITY_PRIOR = "FAVOR:0.3333,AGAINST:0.3333,NEUTRAL:0.3334";

  private final String name;
  private final String description;
  private final String folder;
  private final String lexiconPath;
  private final List<String> examples;
  private final String labelColumn;
  private final String contrast;
  private final double mentionedPrior;
  private final double unmentionedPrior;
  private final java.util.Map<String, Double> polarityPrior;
  private final boolean lexicalFeatures;
  private final boolean rhetoricFeatures;
  private final java.util.Set<String> contextFeatures;
  private final boolean actFeatures;
  private transient TargetLexicon lexicon;

  private TargetDefinition(String name, String description, String folder, String lexiconPath,
      List<String> examples, String labelColumn, String contrast, double mentionedPrior, double unmentionedPrior,
      java.util.Map<String, Double> polarityPrior, boolean lexicalFeatures, boolean rhetoricFeatures,
      java.util.Set<String> contextFeatures, boolean actFeatures) {
    this.name = name;
    this.description = description;
    this.folder = folder;
    this.lexiconPath = lexiconPath;
    this.examples = List.copyOf(examples);
    this.labelColumn = labelColumn;
    this.contrast = contrast;
    this.mentionedPrior = mentionedPrior;
    this.unmentionedPrior = unmentionedPrior;
    this.polarityPrior = polarityPrior;
    this.lexicalFeatures = lexicalFeatures;
    this.rhetoricFeatures = rhetoricFeatures;
    this.contextFeatures = contextFeatures;
    this.actFeatures = actFeatures;
  }

  /**
   * Loads a target by name ({@code datasets/targets/<name>/}, as a file or from the jar) or by folder path (any
   * folder with a target.properties).
   */
  public static TargetDefinition load(String nameOrFolder) {
    String folder = nameOrFolder.contains("/") || Files.isRegularFile(Path.of(nameOrFolder, FILE))
        ? nameOrFolder : DIRECTORY + "/" + nameOrFolder;
    Properties properties = new Properties();
    try (InputStream in = Resources.open(folder + "/" + FILE)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("no stance target '" + nameOrFolder + "': expected " + folder + "/" + FILE
          + " (see datasets/targets/README.md)", e);
    }
    return fromProperties(folder, properties);
  }

  static TargetDefinition fromProperties(String folder, Properties p) {
    String name = p.getProperty("name", "").strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(folder + "/" + FILE + ": name '" + name
          + "' must be lower-case letters, digits and '_' (it prefixes output columns)");
    }
    List<String> examples = new ArrayList<>();
    for (String example : p.getProperty("examples", "").split(",")) {
      if (!example.isBlank()) {
        examples.add(resolve(folder, example.strip()));
      }
    }
    String contrast = p.getProperty("contrast", "").strip();
    return new TargetDefinition(name, p.getProperty("description", name).strip(), folder,
        resolve(folder, p.getProperty("lexicon", "lexicon.tsv").strip()), examples,
        p.getProperty("label_column", "label").strip(), contrast.isEmpty() ? null : contrast,
        probability(folder, p, "prior.addressed.mentioned", DEFAULT_MENTIONED_PRIOR),
        probability(folder, p, "prior.addressed.unmentioned", DEFAULT_UNMENTIONED_PRIOR),
        polarityPrior(folder, p.getProperty("prior.polarity", DEFAULT_POLARITY_PRIOR)),
        Boolean.parseBoolean(p.getProperty("lexical_features", "false").strip()),
        Boolean.parseBoolean(p.getProperty("rhetoric_features", "false").strip()),
        contextFeatures(folder, p.getProperty("context_features", "")),
        Boolean.parseBoolean(p.getProperty("act_features", "false").strip()));
  }

  private static java.util.Set<String> contextFeatures(String folder, String value) {
    java.util.Set<String> models = new java.util.TreeSet<>();
    for (String model : value.split(",")) {
      String m = model.strip().toLowerCase(Locale.ROOT);
      if (m.isEmpty()) {
        continue;
      }
      if (!m.equals("detector") && !m.equals("polarity")) {
        throw new IllegalArgumentException(folder + "/" + FILE + ": context_features '" + model
            + "' must list detector and/or polarity");
      }
      models.add(m);
    }
    return java.util.Set.copyOf(models);
  }

  private static double probability(String folder, Properties p, String key, double fallback) {
    String value = p.getProperty(key);
    double v = value == null ? fallback : Double.parseDouble(value.strip());
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(folder + "/" + FILE + ": " + key + " must be strictly between 0 and 1");
    }
    return v;
  }

  static java.util.Map<String, Double> polarityPrior(String folder, String spec) {
    java.util.Map<String, Double> prior = new java.util.LinkedHashMap<>();
    for (String part : spec.split(",")) {
      String[] kv = part.split(":");
      if (kv.length != 2) {
        throw new IllegalArgumentException(folder + "/" + FILE + ": prior.polarity must look like "
            + DEFAULT_POLARITY_PRIOR);
      }
      prior.put(kv[0].strip().toUpperCase(Locale.ROOT), Double.parseDouble(kv[1].strip()));
    }
    double sum = 0;
    for (String label : StanceModel.POLARITY_LABELS) {
      Double v = prior.get(label);
      if (v == null || !(v > 0)) {
        throw new IllegalArgumentException(folder + "/" + FILE + ": prior.polarity needs a positive share for "
            + label);
      }
      sum += v;
    }
    java.util.Map<String, Double> normalised = new java.util.LinkedHashMap<>();
    for (String label : StanceModel.POLARITY_LABELS) {
      normalised.put(label, prior.get(label) / sum);
    }
    return java.util.Map.copyOf(normalised);
  }

  /** A path relative to the target folder, normalised with '/' so it also names a classpath resource. */
  static String resolve(String folder, String relative) {
    if (Path.of(relative).isAbsolute()) {
      return relative;
    }
    return Path.of(folder).resolve(relative).normalize().toString().replace('\\', '/');
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String folder() {
    return folder;
  }

  public String lexiconPath() {
    return lexiconPath;
  }

  /** Files or globs of labelled examples (empty when the target has none). */
  public List<String> examples() {
    return examples;
  }

  public String labelColumn() {
    return labelColumn;
  }

  /** The contrast target's name, or null. */
  public String contrast() {
    return contrast;
  }

  /** Expected share of addressing sentences among real sentences that contain a lexicon term. */
  public double mentionedPrior() {
    return mentionedPrior;
  }

  /** Expected share of addressing sentences among real sentences without any lexicon term. */
  public double unmentionedPrior() {
    return unmentionedPrior;
  }

  /** Expected shares of FAVOR, AGAINST, NEUTRAL among addressing sentences (sum 1). */
  public java.util.Map<String, Double> polarityPrior() {
    return polarityPrior;
  }

  /**
   * Whether the polarity classifier also learns lexical features (lemma n-grams, words around the mention) from
   * the examples. Off by default: words learned from team-written sentences transferred badly to real op-eds.
   */
  public boolean lexicalFeatures() {
    return lexicalFeatures;
  }

  /**
   * Whether the polarity classifier also learns the rhetoric features ({@link StanceFeatures#RHETORIC}). On for
   * autocracy only: they raised its held-out accuracy; for democracy they lowered FAVOR F1 (issue #5, README).
   */
  public boolean rhetoricFeatures() {
    return rhetoricFeatures;
  }

  /**
   * Which of the target's models ("detector", "polarity") learn the context features ({@link
   * StanceFeatures#CONTEXT}: campaign words, party names and civic words around the mentions); none by default.
   */
  public java.util.Set<String> contextFeatures() {
    return contextFeatures;
  }

  /**
   * Whether the polarity classifier also learns the act features ({@link StanceFeatures#ACT}: an act of removing or
   * opposing that governs a mention, "overthrew", "stand up to"); default false.
   */
  public boolean actFeatures() {
    return actFeatures;
  }

  public boolean builtIn() {
    return BUILT_IN.contains(name);
  }

  /** The target's lexicon, loaded on first use (once per JVM for targets obtained from {@link StanceResources}). */
  public synchronized TargetLexicon lexicon() {
    if (lexicon == null) {
      lexicon = TargetLexicon.load(name, lexiconPath);
    }
    return lexicon;
  }

  @Override
  public String toString() {
    return name + " (" + folder + ")";
  }
}
