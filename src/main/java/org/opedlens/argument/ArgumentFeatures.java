package org.opedlens.argument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opedlens.ml.TextFeatures;
import org.opedlens.nlp.TokenizedSentence;

/**
 * The features of the argument classifiers, computed from an {@link ArgumentDocument} so that training, the run
 * and both evaluations see exactly the same thing. Three groups:
 * <ul>
 *   <li>the sentence itself: lemma n-grams (shared {@link TextFeatures}), its first words, and cue classes that
 *       separate the Webis unit types and survive clause fragments — numbers and percentages (statistics),
 *       quotation marks, reporting verbs and named sources (testimony), past-tense verbs, dates and first-person
 *       narration (anecdote), generalisers such as "everyone"/"of course" (common ground), questions and
 *       imperatives (other), modals and evaluative first-person verbs (the author's own assumption);</li>
 *   <li>discourse markers ({@link DiscourseMarkers}): which marker, its relation and kind, initial or inside;</li>
 *   <li>position and neighbours: relative position in the document and paragraph, and the cue classes of the
 *       sentences just before and after (narration and quotes run over several sentences), and whether a unit is
 *       inside a quotation an earlier unit of its paragraph opened.</li>
 * </ul>
 */
public final class ArgumentFeatures {
  private ArgumentFeatures() {}

  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "tell", "state", "claim", "argue", "insist", "write", "note", "add", "explain", "warn", "report",
          "announce", "declare", "admit", "acknowledge", "suggest", "conclude", "testify", "describe", "quote",
          "recall", "complain", "confirm", "deny", "predict", "estimate", "reveal", "remark", "observe", "assert",
          "maintain", "contend", "urge", "concede", "boast", "vow", "promise", "accuse", "ask", "reply", "respond",
          "tweet", "comment", "put");
  private static final Set<String> SOURCES =
      Set.of("study", "report", "survey", "poll", "research", "researcher", "expert", "official", "spokesman",
          "spokeswoman", "spokesperson", "minister", "professor", "analyst", "economist", "scientist", "data",
          "statement", "interview", "president", "secretary", "director", "chief", "author", "commission",
          "committee", "agency", "institute", "department", "office", "ministry", "court", "judge", "leader");
  private static final Set<String> STATISTIC_WORDS =
      Set.of("percent", "%", "percentage", "million", "billion", "trillion", "thousand", "thousands", "hundreds",
          "dozens", "half", "third", "quarter", "majority", "minority", "rate", "average", "per", "figure",
          "figures", "number", "doubled", "tripled", "fold", "twice", "median", "ratio", "proportion", "share",
          "statistics");
  private static final Set<String> NUMBER_WORDS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
          "dozen");
  private static final Set<String> CURRENCY = Set.of("$", "£", "€", "dollar", "pound", "euro", "yen");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november", "december",
          "yesterday", "ago", "earlier", "recently", "last", "then", "once", "when", "after", "before", "during",
          "morning", "evening", "night", "week", "weekend", "summer", "winter", "spring", "autumn");
  private static final Set<String> PAST_FORMS =
      Set.of("was", "were", "had", "did", "said", "told", "went", "came", "took", "saw", "got", "gave", "found",
          "knew", "became", "began", "left", "felt", "kept", "held", "brought", "wrote", "stood", "heard", "met",
          "ran", "paid", "sat", "spoke", "lost", "fell", "sent", "built", "won", "led", "rose", "drew", "broke",
          "chose", "drove", "ate", "grew", "threw", "wore", "fought", "caught", "taught", "sold", "bought",
          "thought", "made", "spent", "shot", "struck", "hung", "forgot", "woke", "flew", "hid", "lay");
  private static final Set<String> PERFECT_OR_PASSIVE =
      Set.of("has", "have", "is", "are", "be", "been", "being", "'s", "'re", "'ve", "am", "get", "gets");
  private static final Set<String> GENERALISERS =
      Set.of("everyone", "everybody", "nobody", "all", "always", "never", "every", "everything", "nothing",
          "obviously", "clearly", "naturally", "surely", "undeniably", "undeniable", "self-evident", "universal",
          "universally", "human", "humans", "people", "society", "nation", "nations", "history", "whoever",
          "anyone", "anybody", "no-one", "common", "basic", "fundamental", "simply", "true", "fact");
  private static final Set<String> MODALS =
      Set.of("should", "must", "ought", "need", "needs", "will", "would", "could", "can", "may", "might",
          "shall", "'ll", "'d");
  private static final Set<String> OPINION_VERBS =
      Set.of("believe", "think", "feel", "argue", "doubt", "suspect", "hope", "fear", "suppose", "agree",
          "disagree", "consider", "guess", "wonder", "expect", "suggest", "propose", "urge");
  private static final Set<String> EVALUATIVE =
      Set.of("good", "bad", "better", "worse", "best", "worst", "wrong", "right", "important", "necessary",
          "dangerous", "absurd", "fair", "unfair", "wise", "foolish", "mistake", "shame", "disgrace", "failure",
          "success", "crucial", "essential", "vital", "clear", "obvious", "ridiculous", "terrible", "great",
          "serious", "real", "problem", "need", "deserve", "reckless", "naive", "hypocritical", "disastrous");
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
  private static final Set<String> THIRD_PERSONAL = Set.of("he", "she", "him", "her", "his", "hers", "they");

  // The word lists as bits of one lookup per token (a token was looked up in up to fifteen sets): bit c of
  // WORD_CLASSES.get(w) is set exactly when w is in the c-th list.
  private static final int NUMBER_WORD = 1;
  private static final int TIME_WORD = 1 << 1;
  private static final int PAST_FORM = 1 << 2;
  private static final int PERFECT_OR_PASSIVE_WORD = 1 << 3;
  private static final int MODAL = 1 << 4;
  private static final int FIRST_SINGULAR_WORD = 1 << 5;
  private static final int FIRST_PLURAL_WORD = 1 << 6;
  private static final int THIRD_PERSONAL_WORD = 1 << 7;
  private static final int GENERALISER = 1 << 8;
  private static final int CURRENCY_WORD = 1 << 9;
  private static final int STATISTIC_WORD = 1 << 10;
  private static final int REPORTING_VERB = 1 << 11;
  private static final int SOURCE = 1 << 12;
  private static final int OPINION_VERB = 1 << 13;
  private static final int EVALUATIVE_WORD = 1 << 14;
  private static final Map<String, Integer> WORD_CLASSES = new java.util.HashMap<>();

  static {
    List<Set<String>> lists = List.of(NUMBER_WORDS, TIME_WORDS, PAST_FORMS, PERFECT_OR_PASSIVE, MODALS,
        FIRST_SINGULAR, FIRST_PLURAL, THIRD_PERSONAL, GENERALISERS, CURRENCY, STATISTIC_WORDS, REPORTING_VERBS,
        SOURCES, OPINION_VERBS, EVALUATIVE);
    for (int c = 0; c < lists.size(); c++) {
      for (String word : lists.get(c)) {
        WORD_CLASSES.merge(word, 1 << c, (a, b) -> a | b);
      }
    }
  }

  private static int wordClasses(String word) {
    Integer classes = WORD_CLASSES.get(word);
    return classes == null ? 0 : classes;
  }

  private static boolean in(int classes, int wordClass) {
    return (classes & wordClass) != 0;
  }

  /** Cue classes of one sentence, computed once and reused for its neighbours' context features. */
  public record Cues(int tokens, int numbers, boolean percent, boolean money, boolean year, boolean statisticWord,
      boolean quote, int quoteMarks, boolean reporting, boolean accordingTo, boolean source, int past, int present,
      boolean time, boolean firstSingular, boolean firstPlural, boolean thirdPerson, double properShare,
      boolean question, boolean exclamation, boolean imperative, boolean generaliser, boolean modal,
      boolean opinionVerb, boolean evaluative, boolean colon, boolean parenthesis) {

    /** The cue class names that hold, for context features. */
    List<String> flags() {
      List<String> out = new java.util.ArrayList<>();
      if (numbers > 0) {
        out.add("number");
      }
      if (percent || money) {
        out.add("stat_unit");
      }
      if (quote) {
        out.add("quote");
      }
      if (reporting || accordingTo) {
        out.add("reporting");
      }
      if (past > 0 && past >= present) {
        out.add("past");
      }
      if (time) {
        out.add("time");
      }
      if (firstSingular) {
        out.add("first_singular");
      }
      if (question) {
        out.add("question");
      }
      if (modal) {
        out.add("modal");
      }
      return out;
    }
  }

  private static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB") || tag.equals("MD");
  }

  private static boolean isNumber(String lower, String tag, int classes) {
    return tag.equals("NUM") || tag.equals("CD") || (!lower.isEmpty() && Character.isDigit(lower.charAt(0)))
        || in(classes, NUMBER_WORD);
  }

  /**
   * A past-tense verb form: an irregular past, or an -ed form not after a perfect/passive auxiliary ({@code classes}:
   * the word classes of the sentence's tokens).
   */
  private static boolean isPast(TokenizedSentence s, int i, int[] classes) {
    String lower = s.lower()[i];
    if (in(classes[i], PAST_FORM) && isVerb(s.tags()[i])) {
      return !(i > 0 && in(classes[i - 1], PERFECT_OR_PASSIVE_WORD) && !lower.equals("was")
          && !lower.equals("were") && !lower.equals("had"));
    }
    if (!isVerb(s.tags()[i]) || !lower.endsWith("ed") || lower.equals(s.lemmas()[i])) {
      return false;
    }
    for (int back = 1; back <= 2 && i - back >= 0; back++) {
      if (in(classes[i - back], PERFECT_OR_PASSIVE_WORD)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPresent(TokenizedSentence s, int i, int classes) {
    String lower = s.lower()[i];
    if (!isVerb(s.tags()[i])) {
      return false;
    }
    return lower.equals("is") || lower.equals("are") || lower.equals("am") || lower.equals("'s")
        || lower.equals("'re") || lower.equals("does") || lower.equals("do") || lower.equals("has")
        || lower.equals("have") || in(classes, MODAL)
        || (lower.endsWith("s") && !lower.equals(s.lemmas()[i]) && lower.startsWith(s.lemmas()[i]));
  }

  public static Cues cues(TokenizedSentence s) {
    String[] lower = s.lower();
    String[] lemmas = s.lemmas();
    String[] tags = s.tags();
    int numbers = 0;
    int quoteMarks = 0;
    int past = 0;
    int present = 0;
    int proper = 0;
    int words = 0;
    boolean percent = false;
    boolean money = false;
    boolean year = false;
    boolean statisticWord = false;
    boolean reporting = false;
    boolean accordingTo = false;
    boolean source = false;
    boolean time = false;
    boolean firstSingular = false;
    boolean firstPlural = false;
    boolean thirdPerson = false;
    boolean question = false;
    boolean exclamation = false;
    boolean generaliser = false;
    boolean modal = false;
    boolean opinionVerb = false;
    boolean evaluative = false;
    boolean colon = false;
    boolean parenthesis = false;
    int[] classes = new int[lower.length];
    for (int i = 0; i < lower.length; i++) {
      classes[i] = wordClasses(lower[i]);
    }
    for (int i = 0; i < lower.length; i++) {
      String w = lower[i];
      String lemma = lemmas[i];
      String tag = tags[i];
      int wc = classes[i];
      int lc = lemma.equals(w) ? wc : wordClasses(lemma);
      if (w.equals("\"") || w.equals("``") || w.equals("''")) {
        quoteMarks++;
        continue;
      }
      if (w.equals("?")) {
        question = true;
      } else if (w.equals("!")) {
        exclamation = true;
      } else if (w.equals(":")) {
        colon = true;
      } else if (w.equals("(") || w.equals("[")) {
        parenthesis = true;
      }
      if (TextFeatures.isPunctuation(w) && !w.equals("%") && !w.equals("$") && !w.equals("£")
          && !w.equals("€")) {
        continue;
      }
      words++;
      if (isNumber(w, tag, wc)) {
        numbers++;
        if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(3))) {
          year = true;
        }
        if (w.endsWith("%")) {
          percent = true;
        }
      }
      if (w.equals("%") || w.equals("percent") || (w.equals("cent") && i > 0 && lower[i - 1].equals("per"))) {
        percent = true;
      }
      if (in(lc, CURRENCY_WORD) || w.startsWith("$") || w.startsWith("£") || w.startsWith("€")) {
        money = true;
      }
      if (in(lc, STATISTIC_WORD)) {
        statisticWord = true;
      }
      if (in(lc, REPORTING_VERB) && isVerb(tag)) {
        reporting = true;
      }
      if (w.equals("according") && i + 1 < lower.length && lower[i + 1].equals("to")) {
        accordingTo = true;
      }
      if (in(lc, SOURCE)) {
        source = true;
      }
      if (in(wc, TIME_WORD)) {
        time = true;
      }
      if (isPast(s, i, classes)) {
        past++;
      } else if (isPresent(s, i, wc)) {
        present++;
      }
      if (in(wc, MODAL) && (tag.equals("AUX") || tag.equals("MD") || tag.equals("VERB"))) {
        modal = true;
      }
      if (in(wc, FIRST_SINGULAR_WORD)) {
        firstSingular = true;
      } else if (in(wc, FIRST_PLURAL_WORD)) {
        firstPlural = true;
      } else if (in(wc, THIRD_PERSONAL_WORD)) {
        thirdPerson = true;
      }
      if (in(wc, GENERALISER)) {
        generaliser = true;
      }
      if (in(lc, OPINION_VERB) && isVerb(tag)) {
        opinionVerb = true;
      }
      if (in(lc, EVALUATIVE_WORD)) {
        evaluative = true;
      }
      if (tag.equals("PROPN") || tag.startsWith("NNP")) {
        proper++;
      }
    }
    int first = DiscourseMarkers.start(lower);
    boolean imperative = first < tags.length && tags[first].equals("VERB") && lower[first].equals(lemmas[first])
        && !lower[first].endsWith("ing") && (first + 1 >= lower.length || !FIRST_SINGULAR.contains(lower[first + 1]));
    imperative |= first + 1 < lower.length && lower[first].equals("let") && (lower[first + 1].equals("us")
        || lower[first + 1].equals("'s"));
    return new Cues(words, numbers, percent, money, year, statisticWord, quoteMarks > 0, quoteMarks, reporting,
        accordingTo, source, past, present, time, firstSingular, firstPlural, thirdPerson,
        words == 0 ? 0 : (double) proper / words, question, exclamation, imperative, generaliser, modal,
        opinionVerb, evaluative, colon, parenthesis);
  }

  private static void addCues(Cues c, Map<String, Double> out) {
    put(out, "cue=number", c.numbers() > 0);
    put(out, "cue=numbers2", c.numbers() > 1);
    put(out, "cue=percent", c.percent());
    put(out, "cue=money", c.money());
    put(out, "cue=year", c.year());
    put(out, "cue=stat_word", c.statisticWord());
    put(out, "cue=number_and_stat_word", c.numbers() > 0 && (c.statisticWord() || c.percent() || c.money()));
    put(out, "cue=quote", c.quote());
    put(out, "cue=quote_pair", c.quoteMarks() >= 2);
    put(out, "cue=reporting", c.reporting());
    put(out, "cue=according_to", c.accordingTo());
    put(out, "cue=source", c.source());
    put(out, "cue=reporting_and_source", c.reporting() && (c.source() || c.properShare() > 0));
    put(out, "cue=quote_and_reporting", c.quote() && c.reporting());
    put(out, "cue=quote_unbalanced", c.quoteMarks() % 2 == 1);
    put(out, "cue=past", c.past() > 0);
    put(out, "cue=past_only", c.past() > 0 && c.present() == 0);
    put(out, "cue=present_only", c.present() > 0 && c.past() == 0);
    put(out, "cue=no_finite_verb", c.present() == 0 && c.past() == 0);
    put(out, "cue=time", c.time());
    put(out, "cue=past_and_time", c.past() > 0 && c.time());
    put(out, "cue=first_singular", c.firstSingular());
    put(out, "cue=first_singular_past", c.firstSingular() && c.past() > 0);
    put(out, "cue=first_plural", c.firstPlural());
    put(out, "cue=third_person", c.thirdPerson());
    put(out, "cue=third_person_past", c.thirdPerson() && c.past() > 0);
    put(out, "cue=question", c.question());
    put(out, "cue=exclamation", c.exclamation());
    put(out, "cue=imperative", c.imperative());
    put(out, "cue=generaliser", c.generaliser());
    put(out, "cue=generaliser_present", c.generaliser() && c.past() == 0);
    put(out, "cue=modal", c.modal());
    put(out, "cue=opinion_verb", c.opinionVerb());
    put(out, "cue=evaluative", c.evaluative());
    put(out, "cue=colon", c.colon());
    put(out, "cue=parenthesis", c.parenthesis());
    out.put("cue=proper_share", c.properShare());
    put(out, "cue=proper_many", c.properShare() >= 0.2);
    int n = c.tokens();
    out.put(n < 5 ? "len=<5" : n < 10 ? "len=<10" : n < 20 ? "len=<20" : n < 35 ? "len=<35" : "len=35+", 1.0);
  }

  private static void put(Map<String, Double> out, String name, boolean on) {
    if (on) {
      out.put(name, 1.0);
    }
  }

  private static void addMarkers(TokenizedSentence s, Map<String, Double> out) {
    for (DiscourseMarkers.Match m : DiscourseMarkers.find(s.lower())) {
      String where = m.initial() ? "initial" : "inside";
      out.put("mk=" + m.marker().phrase().replace(' ', '_') + "@" + where, 1.0);
      out.put("mk_rel=" + m.marker().relation() + "@" + where, 1.0);
      out.put("mk_kind=" + m.marker().kind() + "@" + where, 1.0);
    }
    DiscourseMarkers.Match decisive = DiscourseMarkers.decisive(s.lower());
    out.put("mk_rule=" + (decisive == null ? DiscourseMarkers.NONE : decisive.marker().relation()), 1.0);
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("``") || w.equals("''");
  }

  private static void addOpening(TokenizedSentence s, Map<String, Double> out) {
    String[] lower = s.lower();
    if (lower.length > 0) {
      // A unit that opens or closes on a quotation mark is (part of) a quotation: editorials quote over several
      // units, and only the first and last of them carry the marks.
      put(out, "cue=opens_quote", isQuoteMark(lower[0]));
      int last = lower.length - 1;
      while (last > 0 && TextFeatures.isPunctuation(lower[last]) && !isQuoteMark(lower[last])) {
        last--;
      }
      put(out, "cue=closes_quote", last > 0 && isQuoteMark(lower[last]));
    }
    int first = DiscourseMarkers.start(s.lower());
    if (first < s.lemmas().length) {
      out.put("first=" + s.lemmas()[first], 1.0);
      out.put("first_tag=" + s.tags()[first], 1.0);
      if (first + 1 < s.lemmas().length) {
        out.put("first2=" + s.lemmas()[first] + "_" + s.lemmas()[first + 1], 1.0);
      }
    }
  }

  private static void addPosition(ArgumentDocument doc, int i, Map<String, Double> out) {
    int n = doc.size();
    put(out, "pos=first", i == 0);
    put(out, "pos=second", i == 1);
    put(out, "pos=last", i == n - 1);
    put(out, "pos=penultimate", i == n - 2);
    double relative = n <= 1 ? 0 : (double) i / (n - 1);
    out.put("pos=rel" + Math.min(4, (int) (relative * 5)), 1.0);
    out.put("pos=relative", relative);
    int[] p = doc.paragraphs();
    boolean paragraphs = p[n - 1] != p[0];
    if (paragraphs) {
      // A headline standing alone as the first paragraph does not make the introduction the second paragraph.
      int first = p[0];
      if (p[1] != p[0] && isHeadline(doc.sentence(0))) {
        first = p[1];
      }
      put(out, "par=headline", i == 0 && first != p[0]);
      put(out, "par=first_paragraph", p[i] == first);
      put(out, "par=single_sentence", (i == 0 || p[i - 1] != p[i]) && (i == n - 1 || p[i + 1] != p[i]));
      put(out, "par=last_paragraph", p[i] == p[n - 1]);
      boolean opens = i == 0 || p[i - 1] != p[i];
      boolean closes = i == n - 1 || p[i + 1] != p[i];
      put(out, "par=opens_paragraph", opens);
      put(out, "par=closes_paragraph", closes);
      // Body paragraphs (neither the introduction nor the closing one) make one point each, stated at their
      // opening or drawn as a conclusion at their close.
      boolean body = p[i] != first && p[i] != p[n - 1] && !(i == 0 && first != p[0]);
      put(out, "par=opens_body_paragraph", body && opens && !closes);
      put(out, "par=inside_body_paragraph", body && !opens && !closes);
      DiscourseMarkers.Match m = DiscourseMarkers.decisive(doc.sentence(i).lower());
      boolean conclusion = m != null && m.initial() && m.marker().kind() == DiscourseMarkers.Kind.CONCLUSION;
      put(out, "par=closes_body_paragraph_conclusion", body && closes && !opens && conclusion);
      put(out, "par=intro_before_last", p[i] == first && !closes);
      put(out, "par=closing_opens", p[i] == p[n - 1] && opens && p[n - 1] != first);
    }
  }

  /** A line without sentence-final punctuation (a title or headline). */
  static boolean isHeadline(TokenizedSentence s) {
    String[] lower = s.lower();
    if (lower.length == 0) {
      return true;
    }
    String last = lower[lower.length - 1];
    return !last.equals(".") && !last.equals("!") && !last.equals("\"");
  }

  /** Context: the cue classes of the neighbouring sentences. */
  private static void addNeighbours(List<Cues> cues, int i, Map<String, Double> out) {
    if (i > 0) {
      for (String flag : cues.get(i - 1).flags()) {
        out.put("prev=" + flag, 1.0);
      }
    } else {
      out.put("prev=<start>", 1.0);
    }
    if (i + 1 < cues.size()) {
      for (String flag : cues.get(i + 1).flags()) {
        out.put("next=" + flag, 1.0);
      }
    } else {
      out.put("next=<end>", 1.0);
    }
  }

  /**
   * Whether a sentence or unit stands inside a quotation opened earlier in its paragraph and not yet closed
   * (editorials quote over several units, and only the first and last carry the marks).
   */
  static boolean insideQuote(boolean before, String[] lower, int from, int to) {
    boolean inside = before;
    for (int k = from; k < to; k++) {
      if (isQuoteMark(lower[k])) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Whether sentence {@code i} starts inside a quotation: the quote marks of the earlier sentences of its paragraph. */
  public static boolean insideQuote(ArgumentDocument doc, int i) {
    int[] p = doc.paragraphs();
    boolean inside = false;
    for (int j = i - 1; j >= 0 && p[j] == p[i]; j--) {
      String[] lower = doc.sentence(j).lower();
      inside = insideQuote(inside, lower, 0, lower.length);
    }
    return inside;
  }

  /** The cues of every sentence of a document, in order. */
  public static List<Cues> cues(ArgumentDocument doc) {
    List<Cues> out = new java.util.ArrayList<>(doc.size());
    for (TokenizedSentence s : doc.sentences()) {
      out.add(cues(s));
    }
    return out;
  }

  /** Features of sentence {@code i}: what the evidence type, role and thesis classifiers see. */
  public static Map<String, Double> sentence(ArgumentDocument doc, List<Cues> cues, int i) {
    Map<String, Double> out = new LinkedHashMap<>();
    TokenizedSentence s = doc.sentence(i);
    TextFeatures.addNgrams(s, out);
    addOpening(s, out);
    addCues(cues.get(i), out);
    addMarkers(s, out);
    addPosition(doc, i, out);
    addNeighbours(cues, i, out);
    put(out, "ctx=inside_quote", insideQuote(doc, i));
    return out;
  }

  /** Features of a sentence fragment on its own (a clause cut from a sentence), with its sentence's context. */
  public static Map<String, Double> fragment(ArgumentDocument doc, List<Cues> cues, int i, TokenizedSentence clause,
      boolean insideQuote) {
    Map<String, Double> out = new LinkedHashMap<>();
    put(out, "ctx=inside_quote", insideQuote);
    TextFeatures.addNgrams(clause, out);
    addOpening(clause, out);
    addCues(cues(clause), out);
    addMarkers(clause, out);
    addPosition(doc, i, out);
    addNeighbours(cues, i, out);
    return out;
  }

  /**
   * Features of the relation and attachment classifiers for sentence {@code i}: its own features plus the markers
   * and opening of the sentence before it (a concession is often answered by a "but" in the next sentence).
   */
  public static Map<String, Double> relation(ArgumentDocument doc, List<Cues> cues, int i,
      Map<String, Double> sentenceFeatures) {
    Map<String, Double> out = new LinkedHashMap<>(sentenceFeatures);
    out.putAll(previousSentence(doc, i));
    return out;
  }

  /**
   * What {@link #relation} adds to a sentence's own features: the previous sentence's marker kinds and first lemma.
   * Their names ("prev_mk_kind=", "prev_first=") are never among the sentence's own.
   */
  public static Map<String, Double> previousSentence(ArgumentDocument doc, int i) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (i > 0) {
      TokenizedSentence previous = doc.sentence(i - 1);
      for (DiscourseMarkers.Match m : DiscourseMarkers.find(previous.lower())) {
        out.put("prev_mk_kind=" + m.marker().kind() + (m.initial() ? "@initial" : "@inside"), 1.0);
      }
      int first = DiscourseMarkers.start(previous.lower());
      if (first < previous.lemmas().length) {
        out.put("prev_first=" + previous.lemmas()[first], 1.0);
      }
    }
    return out;
  }
}
