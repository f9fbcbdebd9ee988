package org.opedlens.stance;

/** The author's stance toward a target, as ../shared/eval/stance/GUIDELINES.md defines the labels. */
public enum StanceLabel {
  FAVOR,
  AGAINST,
  NEUTRAL,
  ABSENT
}
