package org.opedlens.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.opedlens.actors.ActorGazetteer;
import org.opedlens.nlp.TokenizedSentence;

/**
 * The words a sentence gives the topic model: its noun and proper-noun lemmas, lower-cased, without stop words,
 * dates and words every op-ed uses, and each actor of the gazetteer it names as one term under its canonical name
 * ("hong kong", not "hong" and "kong"). Computed in the sentence analysis, where the tokens, tags and lemmas
 * already exist, so that topics never run OpenNLP a second time over the corpus.
 */
public final class TopicTerms {
  public static final String VERSION = "nouns-actors-1";

  /** Words every op-ed uses that say nothing about its topic (on top of Spark's English stop words). */
  static final Set<String> GENERIC_WORDS = Set.of(
      "year", "time", "way", "thing", "lot", "day", "week", "month", "people", "part", "fact", "case", "point",
      "kind", "sort", "number", "percent", "mr", "mrs", "ms", "dr", "today", "tomorrow", "yesterday", "end", "side",
      "something", "nothing", "anything", "everything", "someone", "anyone", "everyone", "one", "place",
      "reason", "question", "issue", "problem", "sense", "view", "term", "matter", "idea", "word", "story",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thousand",
      "million", "billion", "hundred");

  private static final Pattern TERM = Pattern.compile("[a-z][a-z-]*[a-z]");
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN");
  private static final Set<String> STOP_WORDS = stopWords();

  private TopicTerms() {}

  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
    words.addAll(GENERIC_WORDS);
    return Set.copyOf(words);
  }

  /** The sentence's terms in token order; an actor's name where it is mentioned. */
  public static List<String> of(TokenizedSentence sentence, ActorGazetteer actors) {
    List<String> terms = new ArrayList<>();
    boolean[] inName = new boolean[sentence.tokens().length];
    for (ActorGazetteer.Mention mention : actors.find(sentence.tokens())) {
      terms.add(mention.actor().canonical().toLowerCase(Locale.ROOT));
      Arrays.fill(inName, mention.start(), mention.end(), true);
    }
    for (int i = 0; i < sentence.lemmas().length; i++) {
      if (inName[i]) {
        continue;
      }
      String lemma = sentence.lemmas()[i].toLowerCase(Locale.ROOT);
      if (CONTENT_TAGS.contains(sentence.tags()[i]) && TERM.matcher(lemma).matches() && lemma.length() >= 3
          && !STOP_WORDS.contains(lemma)) {
        terms.add(lemma);
      }
    }
    return terms;
  }
}
