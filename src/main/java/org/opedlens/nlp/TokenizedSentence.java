package org.opedlens.nlp;

/**
 * One sentence after tokenization, tagging and lemmatization. {@code lower} are the tokens lower-cased with
 * apostrophes and quotes folded to ASCII; {@code lemmas} are lower-case.
 */
public record TokenizedSentence(String text, String[] tokens, String[] lower, String[] tags, String[] lemmas) {}
