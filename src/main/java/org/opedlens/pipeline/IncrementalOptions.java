package org.opedlens.pipeline;

/**
 * What makes a run incremental: a publication-date window ({@code --since/--until}) and/or an input manifest
 * ({@code --input-manifest}). With neither, a run is a full run and replaces every table.
 */
public record IncrementalOptions(DateWindow window, String inputManifest) {
  public static final IncrementalOptions NONE = new IncrementalOptions(DateWindow.ALL, null);

  public IncrementalOptions {
    window = window == null ? DateWindow.ALL : window;
  }

  public boolean enabled() {
    return window.isBounded() || inputManifest != null;
  }
}
