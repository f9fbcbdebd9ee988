package org.opedlens.sbd;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of the rule layer: what kind of word stands before a period, and which words typically open a
 * sentence. Lists are small and closed (English news style); lookups are hash lookups on short strings.
 */
final class Abbreviations {
  private Abbreviations() {}

  /** How a period after this word behaves. */
  enum Kind {
    /** Titles and the like that always precede something ("Mr. Smith", "St. Louis", "vs. Texas"). */
    PREPOSITIVE,
    /** Abbreviations that can end a sentence ("Co.", "Jr.", "Calif.", "Jan."); the next word decides. */
    AMBIGUOUS,
    /** Abbreviations that announce a number ("No. 5", "p. 55", "Fig. 3"); otherwise like AMBIGUOUS. */
    NUMBER_PREFIX,
    /** Not an abbreviation. */
    NONE
  }

  /** Case-insensitive: their lower-case forms are not ordinary sentence-final words. */
  private static final Set<String> PREPOSITIVE =
      words(
          "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "rev", "revs", "fr",
          "gen", "gens", "gov", "govs", "sen", "sens", "rep", "reps", "lt", "col", "capt", "cmdr", "sgt", "adm",
          "maj", "brig", "cpl", "pvt", "pres", "supt", "hon", "atty", "amb", "insp", "det", "msgr", "st", "mt",
          "rt", "vs", "v", "cf", "viz", "ca", "eg", "ie", "e.g", "i.e", "u.s.s", "h.m.s", "p.o");

  private static final Set<String> AMBIGUOUS =
      words(
          "jr", "sr", "inc", "co", "cos", "corp", "ltd", "llc", "plc", "bros", "etc", "esq", "al", "dept", "univ",
          "assn", "govt", "intl", "natl", "ave", "blvd", "rd", "hwy", "pkwy", "ft", "approx", "est", "misc", "dist",
          "mfg", "mgr", "div", "gaz", "yr", "yrs", "mos", "hrs", "min", "max", "oz", "lb", "lbs", "sq", "cu", "ph");

  private static final Set<String> NUMBER_PREFIX =
      words("no", "nos", "p", "pp", "vol", "vols", "ch", "chap", "fig", "figs", "sec", "secs", "para", "n°",
          "nr", "op", "pg", "tel", "ext", "fn");

  /** Only when capitalised: in lower case these are ordinary words ("ill.", "mass.", "wash."). */
  private static final Set<String> CAPITALISED_AMBIGUOUS =
      words(
          // months (May, June and July are usually written out)
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          // US states, AP style
          "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ida", "Ill", "Ind", "Kan", "Kans",
          "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore",
          "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo",
          // others that are words when lower-case
          "Pl", "Ter", "Ct", "Ln");

  /** Capitalised words that open sentences and are not names: after an ambiguous abbreviation they mean a split. */
  private static final Set<String> STARTERS =
      words(
          "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They", "We", "I",
          "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "Then", "But", "And", "Or", "So",
          "Yet", "If", "When", "While", "What", "Why", "How", "Who", "Where", "Which", "Whether", "As", "In", "On",
          "At", "For", "From", "By", "With", "After", "Before", "Since", "Although", "Though", "Because", "Some",
          "Many", "Most", "Such", "Each", "Every", "All", "None", "Now", "Still", "Even", "Also", "Instead",
          "Indeed", "Meanwhile", "However", "Yes", "Not", "Only", "One", "Is", "Are", "Was", "Were", "Do", "Does",
          "Did", "Can", "Could", "Should", "Would", "Let", "To", "Of", "Under", "Over", "During", "Among", "Both",
          "Neither", "Either", "Few", "Several", "Another", "Other", "Perhaps", "Maybe", "Thus", "Hence",
          "Therefore", "Nor", "Once", "Despite", "Unlike", "Just", "Nothing", "Everyone", "Nobody", "Someone",
          "Anyone", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Later", "Soon", "Already", "Sometimes",
          "Often", "Nevertheless", "Worse", "Besides", "Moreover", "Furthermore", "Otherwise", "Rather", "Similarly",
          "Finally", "First", "Second", "Third", "Then", "Ever", "Never", "No", "Much", "More", "Less", "Too",
          "Having", "Being", "Given", "Without", "Within", "Through", "Until", "Against", "Whatever", "Whoever",
          "Whenever", "Wherever", "Everything", "Everybody", "Anything", "Somehow", "Sadly", "Fortunately",
          "Unfortunately", "Clearly", "Surely", "Certainly", "Obviously", "Of", "Either", "Why", "Don't", "I'm",
          "I've", "I'd", "I'll", "We're", "They're", "He's", "She's", "That's", "There's", "What's", "Let's",
          "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds",
          "Thousands", "Millions");

  /** Lower-case words that open a real sentence in sloppy text ("... prices. the arrest of ..."). */
  private static final Set<String> LOWER_STARTERS =
      words(
          "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
          "her", "their", "our", "my", "there", "but", "so", "yet", "if", "when", "while", "what", "why", "how",
          "a", "an", "many", "most", "some", "such", "in", "after", "since", "although", "because", "however");

  /** Titles that stand before a name; after an ambiguous abbreviation they usually open a new sentence. */
  private static final Set<String> NAME_TITLES = words("Mr", "Mrs", "Ms", "Dr", "Prof", "Messrs");

  /** Prepositions that open an introductory phrase ("At 5 a.m. Mr. Smith ..."): such a phrase is no sentence. */
  private static final Set<String> INTRO_PREPOSITIONS =
      words("at", "by", "on", "in", "before", "after", "until", "till", "around", "from", "since", "about",
          "near", "past", "toward", "towards", "through", "during");

  /** Duplicates are harmless here (Set.of would reject them). */
  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static Kind kind(String word) {
    if (word.isEmpty() || word.length() > 8) {
      return Kind.NONE;
    }
    if (CAPITALISED_AMBIGUOUS.contains(word)) {
      return Kind.AMBIGUOUS;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (PREPOSITIVE.contains(lower)) {
      return Kind.PREPOSITIVE;
    }
    if (NUMBER_PREFIX.contains(lower)) {
      return Kind.NUMBER_PREFIX;
    }
    if (AMBIGUOUS.contains(lower)) {
      return Kind.AMBIGUOUS;
    }
    return Kind.NONE;
  }

  static boolean isStarter(String word) {
    return STARTERS.contains(word);
  }

  static boolean isLowerStarter(String word) {
    return LOWER_STARTERS.contains(word);
  }

  static boolean isNameTitle(String word) {
    return NAME_TITLES.contains(word);
  }

  static boolean isIntroPreposition(String word) {
    return INTRO_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
