package org.opedlens.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds trained models by name: {@code <dir>/<name>.json.gz} when a model directory is set (system property
 * {@code opedlens.models}, set by {@code run --models DIR}), otherwise the default models shipped in the jar under
 * {@code /models/}. Each model is loaded once per JVM.
 */
public final class ModelStore {
  public static final String PROPERTY = "opedlens.models";
  public static final String SHIPPED_DIR = "src/main/resources/models";

  private static final Map<String, LinearModel> CACHE = new ConcurrentHashMap<>();

  private ModelStore() {}

  public static String fileName(String name) {
    return name + ".json.gz";
  }

  public static LinearModel get(String name) {
    return CACHE.computeIfAbsent(name, ModelStore::load);
  }

  /** Whether a model of this name exists in the model directory or the jar (without loading it). */
  public static boolean has(String name) {
    if (CACHE.containsKey(name)) {
      return true;
    }
    String dir = System.getProperty(PROPERTY);
    if (dir != null && Files.isRegularFile(Path.of(dir, fileName(name)))) {
      return true;
    }
    return ModelStore.class.getResource("/models/" + fileName(name)) != null;
  }

  private static LinearModel load(String name) {
    String dir = System.getProperty(PROPERTY);
    try {
      if (dir != null && Files.isRegularFile(Path.of(dir, fileName(name)))) {
        try (InputStream in = Files.newInputStream(Path.of(dir, fileName(name)))) {
          return LinearModel.read(in);
        }
      }
      try (InputStream in = ModelStore.class.getResourceAsStream("/models/" + fileName(name))) {
        if (in == null) {
          throw new IllegalStateException("no model '" + name + "' in " + (dir == null ? "" : dir + " or ")
              + "the jar; train it with: jobs/opedlens train");
        }
        return LinearModel.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + name, e);
    }
  }

  /** Forget loaded models (tests that train a model and then use it). */
  public static void clear() {
    CACHE.clear();
  }
}
