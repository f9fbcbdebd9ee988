package org.opedlens.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opedlens.ml.TextFeatures;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.sentiment.VaderScorer;

/**
 * The features of one sentence for one stance target, shared by training and scoring. Two families:
 *
 * <ul>
 *   <li><b>target-relative</b> (any target): how the sentence mentions the target (lexicon weight and kind, count,
 *       position, subject position, inside a proper name or quotation, under negation), evaluative cues and their
 *       polarity relative to the mentions (adjacent, near, before/after, negated; "threat to …" concern), VADER
 *       over the sentence and over a window around the mentions, reported speech (say/claim/according to,
 *       quotations), questions, normative modals, first person, named actors from the gazetteer, and mentions of
 *       the contrast target (autocracy for democracy and vice versa) with their cues;
 *   <li><b>lexical</b> (a target with its own labelled examples): lemma n-grams with negation scope, the mention
 *       terms themselves, lemmas in a window around mentions, the adjective modifying a mention and the verb
 *       governing it (OpenNLP POS tags and lemmas).
 * </ul>
 *
 * Feature names never contain the target's name, so a model trained on the built-in targets' target-relative
 * features applies to any user-defined target.
 */
public final class StanceFeatures {
  private StanceFeatures() {}

  /** The feature of a sentence without any lexicon term of the target. */
  public static final String NO_MENTION = "m:none";

  /**
   * Lexicon kind of the terms that name a repressive practice or condemn by themselves ("crackdown", "kleptocracy",
   * "tyrant"). Such a term counts as explicit and also sets {@link #PRACTICE}, which only the polarity classifiers
   * learn: in real op-eds these terms mostly come with the author's condemnation, while whether a sentence addresses
   * the target is the same question as for any explicit term.
   */
  static final String PRACTICE_KIND = "practice";
  public static final String PRACTICE = "m:practice";

  static final int NEAR = 5;
  static final int ADJACENT = 2;
  static final int WINDOW = 4;

  private static final Set<String> REPORT_LEMMAS =
      Set.of("say", "tell", "claim", "argue", "insist", "warn", "accuse", "deny", "announce", "declare", "assert",
          "allege", "report", "blame", "promise", "vow", "suggest", "contend", "maintain", "acknowledge", "admit",
          "tweet", "remark", "reply", "respond", "pledge", "boast", "proclaim", "testify", "write", "describe",
          "call", "dismiss", "praise", "condemn", "denounce", "urge");
  private static final Set<String> NORMATIVE = Set.of("must", "should", "ought", "need", "needs", "deserve",
      "deserves");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "us", "me", "ourselves");
  private static final Set<String> PARTY_WORDS =
      Set.of("party", "parties", "primary", "primaries", "convention", "nominee", "nominees", "caucus", "senator",
          "senators", "candidate", "candidates", "leader", "leaders", "voters", "presidential", "national", "side",
          "majority", "minority", "governor", "congressman", "congresswoman", "lawmakers", "colleagues");
  private static final Set<String> PREFIXES = Set.of("anti", "pro", "post", "pre", "non", "ex", "neo", "self");
  private static final Set<String> SARCASM = Set.of("so-called", "supposedly", "purported", "purportedly",
      "alleged", "self-styled", "pretend", "pretends", "pretending", "charade", "window-dressing");

  /** A mention of the target in the sentence (token span) with the lexicon term behind it. */
  public record Found(int start, int end, TargetLexicon.Term term, String hyphenPrefix) {
    /** Matched as part of a hyphenated word; hyphenPrefix is the part before it ("anti"), or "" when first. */
    boolean partOfWord() {
      return hyphenPrefix != null;
    }
  }

  /** What a feature vector rests on, for readable cues: the target terms found and the cue words near them. */
  public static final class Evidence {
    public final List<String> terms = new ArrayList<>();
    public final Map<String, String> cueWords = new LinkedHashMap<>();
  }

  /** Prefix of the rhetoric features, which only the polarity classifiers learn from. */
  public static final String RHETORIC = "e:";

  private static final Set<String> INTENSIFIERS = Set.of("utterly", "completely", "totally", "entirely", "deeply",
      "truly", "absolutely", "thoroughly", "merely", "nothing", "only", "even", "always", "never", "every", "no");

  /** Lexical features are named family=value; target-relative ones family:name. */
  public static boolean isLexical(String feature) {
    return feature.indexOf('=') > 0;
  }

  /**
   * The target-relative features the polarity classifier uses: those that describe the mention and the evaluation
   * aimed at it (cues and VADER valence near the mention, negation, quotation, reported speech, questions,
   * normative modals, sarcasm markers, the contrast target). Sentence-wide sentiment and cue totals, named actors
   * and first person are left to the detector: evaluated on real op-eds they pushed neutral sentences that merely
   * contain an angry word somewhere toward FAVOR or AGAINST.
   */
  public static boolean isAnchored(String feature) {
    if (isLexical(feature)) {
      return false;
    }
    if (feature.startsWith("c:") || feature.startsWith("o:")) {
      return feature.endsWith("_near") || feature.endsWith("_adj") || feature.endsWith("_self")
          || feature.endsWith("_before") || feature.endsWith("_after") || feature.equals("o:any")
          || feature.equals("o:max_w");
    }
    if (feature.startsWith("v:")) {
      return feature.equals("v:window");
    }
    return !(feature.startsWith("g:") || feature.equals("s:first_person") || feature.equals("s:exclaim"));
  }

  /**
   * Mentions of the target, minus party names ("Democratic Party", "a Democratic senator"). OpenNLP's English
   * tokenizer keeps possessives attached ("Gaddafi's", "strongman's"), so terms are matched on tokens with the
   * possessive removed; a hyphenated token not matched whole is matched by its parts ("Putin-backed",
   * "anti-democratic", "junta-appointed").
   */
  public static List<Found> mentions(TokenizedSentence s, TargetLexicon lexicon) {
    String[] norm = matchForms(s.lower());
    List<Found> found = new ArrayList<>();
    boolean[] covered = new boolean[norm.length];
    for (TargetLexicon.Mention m : lexicon.mentions(norm)) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
      if (isPartyName(s, m.start())) {
        continue;
      }
      found.add(new Found(m.start(), m.end(), m.term(), null));
    }
    for (int i = 0; i < norm.length; i++) {
      int dash = norm[i].indexOf('-');
      if (covered[i] || dash <= 0 || dash == norm[i].length() - 1) {
        continue;
      }
      String[] parts = norm[i].split("-");
      for (int k = 0; k < parts.length; k++) {
        if (parts[k].isEmpty()) {
          continue;
        }
        for (TargetLexicon.Mention m : lexicon.mentions(new String[] {parts[k]})) {
          found.add(new Found(i, i + 1, m.term(), k > 0 ? parts[k - 1] : ""));
          break;
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /** Lower-case tokens as lexicon terms are matched: possessive "'s" / "'" and a dangling "-" removed. */
  static String[] matchForms(String[] lower) {
    String[] out = new String[lower.length];
    for (int i = 0; i < lower.length; i++) {
      String t = lower[i];
      if (t.length() > 2 && t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      } else if (t.length() > 1 && t.endsWith("'")) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.length() > 1 && t.endsWith("-")) {
        t = t.substring(0, t.length() - 1);
      }
      out[i] = t;
    }
    return out;
  }

  /** Capitalised "Democratic"/"Democrats" mid-sentence, or before a capitalised word or a party word. */
  static boolean isPartyName(TokenizedSentence s, int i) {
    String lower = s.lower()[i];
    if (!(lower.equals("democratic") || lower.equals("democrat") || lower.equals("democrats")
        || lower.equals("republican") || lower.equals("republicans"))) {
      return false;
    }
    String token = s.tokens()[i];
    if (!Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    if (i > 0) {
      return true;
    }
    if (i + 1 < s.tokens().length) {
      String next = s.tokens()[i + 1];
      return Character.isUpperCase(next.charAt(0)) || PARTY_WORDS.contains(s.lower()[i + 1]);
    }
    return false;
  }

  public static Map<String, Double> features(TokenizedSentence s, TargetDefinition target, VaderScorer.Score vader,
      boolean lexical, Evidence evidence) {
    StanceResources resources = StanceResources.get();
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("bias", 1.0);
    int n = s.lower().length;
    boolean[] negated = TextFeatures.negationScope(s);
    boolean[] quoted = quoted(s);
    List<Found> mentions = mentions(s, target.lexicon());

    addMentionFeatures(s, mentions, negated, quoted, f);
    List<StanceCues.Match> cues = resources.cues().find(matchForms(s.lower()));
    addCueFeatures(cues, mentions, negated, "c:", f, evidence);
    addSentenceFeatures(s, vader, mentions, negated, resources.valences(), f);
    addActorFeatures(s, resources.actors(), f);
    addRhetoricFeatures(s, f);
    addContextFeatures(s, mentions, f);
    addActFeatures(s, mentions, f);

    if (target.contrast() != null) {
      List<Found> contrast = mentions(s, resources.target(target.contrast()).lexicon());
      if (!contrast.isEmpty()) {
        double max = 0;
        for (Found m : contrast) {
          max = Math.max(max, m.term().weight());
        }
        f.put("o:any", 1.0);
        f.put("o:max_w", max);
        addCueFeatures(cues, contrast, negated, "o:", f, null);
      }
    }
    if (lexical) {
      addLexicalFeatures(s, mentions, negated, cues, f);
    }
    if (evidence != null) {
      for (Found m : mentions) {
        if (!evidence.terms.contains(m.term().term())) {
          evidence.terms.add(m.term().term());
        }
      }
    }
    return f;
  }

  private static void addMentionFeatures(TokenizedSentence s, List<Found> mentions, boolean[] negated,
      boolean[] quoted, Map<String, Double> f) {
    int n = s.lower().length;
    if (mentions.isEmpty()) {
      f.put(NO_MENTION, 1.0);
      return;
    }
    double max = 0;
    double sum = 0;
    Set<String> distinct = new LinkedHashSet<>();
    for (Found m : mentions) {
      max = Math.max(max, m.term().weight());
      sum += m.term().weight();
      distinct.add(m.term().term());
      if (m.term().kind().equals(PRACTICE_KIND)) {
        f.put(PRACTICE, 1.0);
        f.put("m:kind_explicit", 1.0);
      } else {
        f.put("m:kind_" + m.term().kind(), 1.0);
      }
      if (inProperName(s, m)) {
        f.put("m:in_name", 1.0);
      }
      if (negated[m.start()]) {
        f.put("m:negated", 1.0);
      }
      if (quoted[m.start()]) {
        f.put("m:in_quote", 1.0);
      }
      if (m.partOfWord()) {
        f.put("m:word_part", 1.0);
        if (!m.hyphenPrefix().isEmpty()) {
          f.put("m:after_" + (PREFIXES.contains(m.hyphenPrefix()) ? m.hyphenPrefix() : "word"), 1.0);
        }
      }
      if (s.lower()[m.end() - 1].endsWith("'s") || m.end() < n && s.lower()[m.end()].equals("'s")) {
        f.put("m:possessive", 1.0);
      }
      if (m.start() > 0 && SARCASM.contains(s.lower()[m.start() - 1])
          || m.start() > 1 && SARCASM.contains(s.lower()[m.start() - 2])) {
        f.put("m:so_called", 1.0);
      }
    }
    f.put("m:any", 1.0);
    f.put("m:max_w", max);
    f.put("m:sum_w", Math.min(sum, 3.0) / 3.0);
    f.put("m:count", Math.min(mentions.size(), 3) / 3.0);
    f.put(max >= 0.9 ? "m:strong" : max >= 0.6 ? "m:medium" : "m:weak", 1.0);
    if (distinct.size() >= 2) {
      f.put("m:several_terms", 1.0);
    }
    int first = mentions.get(0).start();
    if (first < Math.max(3, n / 3)) {
      f.put("m:early", 1.0);
    }
    if (first < firstVerb(s)) {
      f.put("m:before_verb", 1.0);
    }
  }

  /** A capitalised mention mid-sentence next to another capitalised word: part of a name ("Freedom Party"). */
  static boolean inProperName(TokenizedSentence s, Found m) {
    String[] t = s.tokens();
    if (m.start() == 0 || !Character.isUpperCase(t[m.start()].charAt(0))) {
      return false;
    }
    boolean before = m.start() > 1 && Character.isUpperCase(t[m.start() - 1].charAt(0));
    boolean after = m.end() < t.length && Character.isUpperCase(t[m.end()].charAt(0));
    return before || after;
  }

  private static int firstVerb(TokenizedSentence s) {
    for (int i = 0; i < s.tags().length; i++) {
      if (s.tags()[i].equals("VERB") || s.tags()[i].equals("AUX")) {
        return i;
      }
    }
    return s.tags().length;
  }

  /** Which tokens lie between a pair of quotation marks. */
  static boolean[] quoted(TokenizedSentence s) {
    boolean[] in = new boolean[s.lower().length];
    boolean open = false;
    for (int i = 0; i < in.length; i++) {
      String t = s.lower()[i];
      if (t.equals("\"") || t.equals("``") || t.equals("''")) {
        open = !open;
        continue;
      }
      in[i] = open;
    }
    if (open) {
      // An unbalanced quote: nothing is reliably inside.
      return new boolean[in.length];
    }
    return in;
  }

  private static int distance(int start, int end, Found m) {
    if (end <= m.start()) {
      return m.start() - end;
    }
    if (start >= m.end()) {
      return start - m.end();
    }
    return -1;
  }

  /**
   * Cue features relative to the given mentions: "NEG" for a condemning word, "POS" approving, "CONCERN" worry;
   * a negated cue adds "_NOT"; _self when the cue is the mention itself ("kleptocracy"), _adj within two tokens,
   * _near within five, _before/_after by side.
   */
  private static void addCueFeatures(List<StanceCues.Match> cues, List<Found> mentions, boolean[] negated,
      String prefix, Map<String, Double> f, Evidence evidence) {
    for (StanceCues.Match cue : cues) {
      String p = cue.cue().polarity().name() + (negated[cue.start()] ? "_NOT" : "");
      double w = cue.cue().weight();
      add(f, prefix + p, w);
      int best = Integer.MAX_VALUE;
      boolean before = false;
      for (Found m : mentions) {
        int d = distance(cue.start(), cue.end(), m);
        if (d < best) {
          best = d;
          before = cue.end() <= m.start();
        }
      }
      if (best == Integer.MAX_VALUE) {
        continue;
      }
      if (best < 0) {
        add(f, prefix + p + "_self", w);
      } else if (best <= NEAR) {
        add(f, prefix + p + "_near", w);
        add(f, prefix + p + (before ? "_before" : "_after"), w);
        if (best <= ADJACENT) {
          add(f, prefix + p + "_adj", w);
        }
      }
      if (evidence != null && best <= NEAR) {
        String sign = switch (cue.cue().polarity()) {
          case NEG -> negated[cue.start()] ? "+" : "-";
          case POS -> negated[cue.start()] ? "-" : "+";
          case CONCERN -> "!";
        };
        evidence.cueWords.putIfAbsent(cue.cue().polarity().name(), sign + cue.cue().term());
      }
    }
    for (Map.Entry<String, Double> e : f.entrySet()) {
      if (e.getKey().startsWith(prefix) && e.getValue() > 2.0) {
        e.setValue(2.0);
      }
    }
  }

  private static void add(Map<String, Double> f, String name, double value) {
    f.merge(name, value, Double::sum);
  }

  private static void addSentenceFeatures(TokenizedSentence s, VaderScorer.Score vader, List<Found> mentions,
      boolean[] negated, Map<String, Double> valences, Map<String, Double> f) {
    String[] lower = s.lower();
    String[] lemmas = s.lemmas();
    int n = lower.length;
    f.put("v:compound", vader.compound());
    f.put("v:pos", vader.positive());
    f.put("v:neg", vader.negative());
    if (vader.compound() >= 0.5) {
      f.put("v:strong_pos", 1.0);
    } else if (vader.compound() <= -0.5) {
      f.put("v:strong_neg", 1.0);
    }
    if (!mentions.isEmpty()) {
      double window = 0;
      boolean[] inMention = new boolean[n];
      for (Found m : mentions) {
        for (int i = m.start(); i < m.end(); i++) {
          inMention[i] = true;
        }
      }
      boolean[] counted = new boolean[n];
      for (Found m : mentions) {
        for (int i = Math.max(0, m.start() - WINDOW); i < Math.min(n, m.end() + WINDOW); i++) {
          if (!inMention[i] && !counted[i]) {
            counted[i] = true;
            Double v = valences.get(lower[i]);
            if (v != null) {
              window += negated[i] ? -0.74 * v : v;
            }
          }
        }
      }
      f.put("v:window", Math.tanh(window / 4.0));
      f.put("v:compound_x_mention", vader.compound());
    }
    boolean firstPerson = false;
    boolean report = false;
    boolean normative = false;
    boolean sarcasm = false;
    for (int i = 0; i < n; i++) {
      if (FIRST_PERSON.contains(lower[i])) {
        firstPerson = true;
      }
      if (REPORT_LEMMAS.contains(lemmas[i]) && s.tags()[i].equals("VERB")) {
        report = true;
      }
      if (NORMATIVE.contains(lower[i])) {
        normative = true;
      }
      if (SARCASM.contains(lower[i])) {
        sarcasm = true;
      }
      if (lower[i].equals("according") && i + 1 < n && lower[i + 1].equals("to")) {
        report = true;
      }
    }
    if (firstPerson) {
      f.put("s:first_person", 1.0);
    }
    if (report) {
      f.put(firstPerson ? "r:report_first_person" : "r:report", 1.0);
    }
    if (normative) {
      f.put("s:normative", 1.0);
    }
    if (sarcasm) {
      f.put("s:sarcasm_marker", 1.0);
    }
    String text = s.text();
    if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.contains("''")) {
      f.put("r:quote", 1.0);
    }
    if (text.strip().endsWith("?")) {
      f.put("s:question", 1.0);
    }
    if (text.indexOf('!') >= 0) {
      f.put("s:exclaim", 1.0);
    }
  }

  /**
   * How an op-ed sentence argues rather than reports, with no topic word: intensifiers and absolutes ("utterly",
   * "nothing", "never", "every"), a contrast ("..., but ..."), and a colon or semicolon joining a claim to its
   * gloss. Computed for every target; a polarity classifier learns them only when its target says so
   * ({@code rhetoric_features}, autocracy's): they raised autocracy's held-out polarity accuracy, while for
   * democracy they lowered FAVOR F1 (issue #5, README). Description features tried beside them (a title before a
   * name, the mention as a predicate, past-tense narration, hedges, quoted cues) did not help and were dropped.
   */
  static void addRhetoricFeatures(TokenizedSentence s, Map<String, Double> f) {
    String[] lower = s.lower();
    for (int i = 0; i < lower.length; i++) {
      String t = lower[i];
      if (INTENSIFIERS.contains(t)) {
        f.put(RHETORIC + "intensifier", 1.0);
      } else if (t.equals("but") && i > 0) {
        f.put(RHETORIC + "contrast", 1.0);
      } else if (t.equals(":") || t.equals(";")) {
        f.put(RHETORIC + "colon", 1.0);
      }
    }
  }

  /** Prefix of the context features, which a model learns only when its target asks for them. */
  public static final String CONTEXT = "x:";

  /**
   * Horse-race words: an election as a contest between parties and candidates (polls, debates, ads, seats,
   * strategy), which the guidelines leave ABSENT for democracy, rather than as an institution or a right.
   */
  private static final Set<String> CAMPAIGN = Set.of("campaign", "campaigns", "campaigning", "campaigner",
      "campaigners", "candidate", "candidates", "candidacy", "poll", "polls", "polling", "pollster", "pollsters",
      "debate", "debates", "incumbent", "incumbents", "nominee", "nominees", "nomination", "primary", "primaries",
      "midterm", "midterms", "mid-term", "mid-terms", "swing", "seat", "seats", "constituency", "constituencies",
      "ad", "ads", "advert", "adverts", "broadcast", "strategist", "strategists", "fundraising", "donors", "ticket",
      "frontrunner", "front-runner", "landslide", "race", "rally", "rallies", "message", "messaging", "manifesto",
      "tactic", "tactics", "strategy", "approval", "rating", "ratings", "survey", "surveys", "battleground",
      "marginal", "marginals", "margin", "woo", "wooing", "courting", "appeal",
      "win", "won", "wins", "winning", "lose", "lost", "losing", "victory", "defeat", "upset", "oust", "ousting");
  /** Party names, counted when capitalised ("the Tories", "Labour's lead"; "Democrats" as in isPartyName). */
  private static final Set<String> PARTY_NAMES = Set.of("gop", "labour", "tory", "tories", "ukip", "snp", "dems",
      "republican", "republicans", "democrats", "conservative", "conservatives", "liberals", "greens", "spd", "cdu",
      "csu", "bjp", "likud", "ndp", "pp", "psoe", "ldp");

  /**
   * Words of an election or a vote as a right, an institution or something threatened: what makes campaign words
   * near a mention civic rather than horse race.
   */
  private static final Set<String> CIVIC = Set.of("right", "rights", "suppress", "suppression", "suppressed",
      "disenfranchise", "disenfranchised", "fraud", "rigged", "rig", "rigging", "integrity", "fair", "free", "access",
      "protect", "protected", "defend", "threat", "threaten", "threatened", "undermine", "undermined", "citizen",
      "citizens", "legitimacy", "legitimate", "institution", "institutions", "accountable", "accountability",
      "intimidate", "intimidation", "intimidated", "purge", "purged", "eligible", "franchise", "participation",
      "safeguard", "overturn", "subvert", "stolen", "steal", "cancel", "cancelled", "postpone", "postponed",
      "observers", "monitors", "boycott", "barred", "banned", "jailed", "arrested", "law", "laws", "constitution");

  /**
   * Context around the mentions (none without one): a horse-race word in the sentence (x:campaign), within five
   * tokens of a mention (x:campaign_near), with no civic word near a mention (x:campaign_only), a party name
   * (x:party), a civic word near a mention (x:civic_near). Campaign coverage uses "voters" and "election" as often
   * as civic writing does; what is around them tells the two apart.
   */
  static void addContextFeatures(TokenizedSentence s, List<Found> mentions, Map<String, Double> f) {
    if (mentions.isEmpty()) {
      return;
    }
    String[] lower = matchForms(s.lower());
    int n = lower.length;
    boolean[] inMention = new boolean[n];
    for (Found m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        inMention[i] = true;
      }
    }
    boolean campaign = false;
    boolean campaignNear = false;
    boolean civicNear = false;
    boolean party = false;
    for (int i = 0; i < n; i++) {
      if (inMention[i]) {
        continue;
      }
      boolean near = false;
      for (Found m : mentions) {
        int d = distance(i, i + 1, m);
        if (d >= 0 && d <= NEAR) {
          near = true;
          break;
        }
      }
      if (CAMPAIGN.contains(lower[i])) {
        campaign = true;
        campaignNear |= near;
      }
      if (CIVIC.contains(lower[i])) {
        civicNear |= near;
      }
      if (isPartyName(s, i) || PARTY_NAMES.contains(lower[i]) && Character.isUpperCase(s.tokens()[i].charAt(0))) {
        party = true;
      }
    }
    if (campaign) {
      f.put(CONTEXT + "campaign", 1.0);
    }
    if (campaignNear) {
      f.put(CONTEXT + "campaign_near", 1.0);
    }
    if (campaign && !civicNear) {
      f.put(CONTEXT + "campaign_only", 1.0);
    }
    if (party) {
      f.put(CONTEXT + "party", 1.0);
    }
    if (civicNear) {
      f.put(CONTEXT + "civic_near", 1.0);
    }
  }

  /** Prefix of the act features, which a polarity classifier learns only when its target asks for them. */
  public static final String ACT = "a:";

  /**
   * Lemmas of acts of removing or opposing a ruler ("overthrew the president", "Gaddafi's ouster", "stand up to
   * Putin's Russia"): in real op-eds mostly narration of what others did or want, not the author's judgement.
   */
  private static final Set<String> REMOVAL = Set.of("overthrow", "topple", "oust", "ouster", "ousting", "depose",
      "unseat", "remove", "removal", "resist", "resistance", "confront", "counter", "contain", "defeat", "downfall",
      "fall", "challenge", "isolate", "sanction", "deter", "replace", "overthrew", "toppling", "overthrowing");

  /**
   * a:removal when an act of removing or opposing (REMOVAL, "stand up to") governs a mention: within three tokens
   * before it, or right after it ("Gaddafi's overthrow", "force Assad out").
   */
  static void addActFeatures(TokenizedSentence s, List<Found> mentions, Map<String, Double> f) {
    String[] lower = s.lower();
    String[] lemmas = s.lemmas();
    int n = lower.length;
    for (Found m : mentions) {
      for (int i = Math.max(0, m.start() - 3); i < Math.min(n, m.end() + 2); i++) {
        if (i >= m.start() && i < m.end()) {
          continue;
        }
        boolean standUpTo = lower[i].equals("up") && i + 1 < n && lower[i + 1].equals("to") && i > 0
            && lemmas[i - 1].equals("stand");
        boolean out = i == m.end() && lower[i].equals("out");
        if (REMOVAL.contains(lemmas[i]) || REMOVAL.contains(lower[i]) || standUpTo || out) {
          f.put(ACT + "removal", 1.0);
          return;
        }
      }
    }
  }

  private static void addActorFeatures(TokenizedSentence s, ActorGazetteer actors, Map<String, Double> f) {
    for (ActorGazetteer.Match m : actors.find(s.tokens())) {
      f.put("g:" + m.actor().type().toLowerCase(java.util.Locale.ROOT), 1.0);
    }
  }

  private static void addLexicalFeatures(TokenizedSentence s, List<Found> mentions, boolean[] negated,
      List<StanceCues.Match> cues, Map<String, Double> f) {
    TextFeatures.addNgrams(s, f);
    String[] lemmas = s.lemmas();
    String[] tags = s.tags();
    int n = lemmas.length;
    for (Found m : mentions) {
      f.put("mt=" + m.term().term() + (inProperName(s, m) ? "|name" : ""), 1.0);
      for (int i = Math.max(0, m.start() - 3); i < Math.min(n, m.end() + 3); i++) {
        if (i >= m.start() && i < m.end() || TextFeatures.isPunctuation(lemmas[i])) {
          continue;
        }
        f.put("win=" + (negated[i] ? "NOT_" : "") + lemmas[i], 1.0);
      }
      if (m.start() > 0 && tags[m.start() - 1].equals("ADJ")) {
        f.put("mod=" + lemmas[m.start() - 1], 1.0);
      }
      for (int i = m.start() - 1; i >= Math.max(0, m.start() - 3); i--) {
        if (tags[i].equals("VERB")) {
          f.put("gov=" + (negated[i] ? "NOT_" : "") + lemmas[i], 1.0);
          break;
        }
      }
    }
    for (StanceCues.Match cue : cues) {
      for (Found m : mentions) {
        int d = distance(cue.start(), cue.end(), m);
        if (d >= 0 && d <= NEAR) {
          f.put("cn=" + (negated[cue.start()] ? "NOT_" : "") + cue.cue().term(), 1.0);
          break;
        }
      }
    }
  }
}
