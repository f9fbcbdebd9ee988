package org.opedlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises an author bio paragraph ("NAME is a senior fellow at ...", "NAME, a former ambassador, writes ...",
 * "— Dr. NAME (@handle) teaches ...", "NAME and NAME are ...") and the names it starts with. A paragraph counts as
 * a bio only when the names are followed by a bio verb or an appositive and the paragraph reads like a bio (a role
 * word such as columnist, fellow, professor, author). Procedural, linear in the paragraph's length.
 */
public final class AuthorBio {
  private AuthorBio() {}

  /** Bios are short; a long last paragraph is body text. */
  static final int MAX_BIO_CHARS = 1200;
  /** A paragraph before the last bio is another author's bio only if it is short. */
  private static final int MAX_EARLIER_BIO_CHARS = 600;
  /** A bio's names take at most this many words before the verb (three authors with honorifics). */
  private static final int MAX_NAME_TOKENS = 16;

  private static final Set<String> BIO_VERBS =
      Set.of("is", "was", "are", "were", "has", "have", "had", "writes", "wrote", "teaches", "taught", "served",
          "serves", "directs", "directed", "chairs", "chaired", "heads", "headed", "leads", "led", "covers",
          "covered", "lives", "lived", "works", "worked", "founded", "co-founded", "cofounded", "runs", "ran",
          "edits", "edited", "hosts", "hosted", "holds", "held", "became", "joined", "specializes", "specialises",
          "researches", "studies", "studied", "reports", "reported", "blogs", "tweets", "contributes",
          "contributed", "represents", "represented", "advises", "advised", "presents", "practices", "practises",
          "spent", "previously", "currently", "also", "recently", "formerly", "co-authored", "co-wrote",
          "authored", "co-edited", "manages", "managed", "oversees", "coordinates", "campaigns", "blogged",
          // co-authors' bios: "A and B write ..."
          "write", "teach", "serve", "direct", "chair", "head", "lead", "cover", "live", "work", "run", "edit",
          "host", "hold", "research", "study", "report", "blog", "contribute", "represent", "advise", "manage");
  /** Verbs that make a bio on their own; "is"/"was"/"has" need a role word in the paragraph as well. */
  private static final Set<String> STRONG_VERBS =
      Set.of("writes", "teaches", "taught", "directs", "chairs", "heads", "founded", "co-founded", "cofounded", "edits",
          "hosts", "specializes", "specialises", "researches", "contributes", "covers", "reports", "blogs",
          "co-authored", "authored", "co-edited", "write", "teach", "direct", "research", "contribute", "cover",
          "report", "blog", "edit", "host");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
  /** What a possessive before them makes a bio: "NAME's latest book", "NAME's column appears ...". */
  private static final Set<String> POSSESSED =
      Set.of("latest", "new", "newest", "most", "forthcoming", "recent", "book", "books", "novel", "memoir", "column",
          "podcast", "next", "first", "previous");
  private static final Set<String> APPOSITIVES =
      Set.of("a", "an", "the", "who", "whose", "formerly", "former", "currently", "now", "once", "previously",
          "also", "author", "professor", "director", "senior");
  private static final Set<String> ROLE_CUES =
      Set.of("columnist", "columnists", "contributor", "contributing", "correspondent", "editor", "reporter",
          "writer", "writers", "author", "authors", "journalist", "professor", "professors", "lecturer", "fellow",
          "fellows", "director", "founder", "co-founder", "cofounder", "president", "chair", "chairman",
          "chairwoman", "chairperson", "member", "researcher", "researchers", "analyst", "scholar", "expert",
          "commentator", "host", "ceo", "executive", "adviser", "advisor", "consultant", "partner", "lawyer",
          "attorney", "economist", "historian", "novelist", "poet", "blogger", "activist", "campaigner", "student",
          "candidate", "teacher", "ambassador", "minister", "secretary", "senator", "congressman", "congresswoman",
          "governor", "mayor", "officer", "head", "leader", "coordinator", "manager", "specialist", "strategist",
          "pastor", "priest", "rabbi", "imam", "bishop", "physician", "psychiatrist", "psychologist", "surgeon",
          "doctor", "scientist", "dean", "deputy", "former", "senior", "associate", "assistant", "visiting",
          "emeritus", "book", "books", "doctoral", "graduate", "founding", "veteran", "chief", "vice", "university",
          "institute", "college", "school", "council", "foundation", "centre", "center", "magazine", "newspaper",
          "blog", "podcast", "network", "charity", "organisation", "organization", "think", "tank", "writes",
          "teaches", "served", "serves", "retired", "based", "co-author", "coauthor", "editorial",
          "columns", "column", "opinion", "anchor", "presenter", "producer", "filmmaker", "artist", "comedian",
          "actor", "actress", "broadcaster", "pundit", "lobbyist", "spokesman", "spokeswoman", "spokesperson",
          "representative", "mp", "mep", "peer", "judge", "official", "diplomat", "entrepreneur", "investor",
          "written", "wrote", "published", "contributed", "appeared", "appears", "gp", "nurse", "psychotherapist");
  /** The roles that make even a one-word name (an unsigned "Editorial", a pen name) a byline-like bio. */
  private static final Set<String> ONE_WORD_CUES =
      Set.of("columnist", "columnists", "contributor", "contributing", "correspondent", "editor", "editors",
          "reporter", "writer", "writers", "journalist", "author", "blogger", "commentator", "editorial", "column",
          "pen", "cartoonist", "essayist", "critic", "novelist", "poet", "fellow", "professor", "lecturer",
          "researcher", "analyst", "scholar", "economist", "historian", "founder", "adviser", "advisor",
          "consultant", "teaches", "writes", "director");
  private static final List<String> LEAD_INS =
      List.of("about the authors", "about the author", "about the writer", "authors", "author", "bio", "about",
          "the author", "the writer");

  /** The authors a bio paragraph names, first author first; empty when the paragraph is not a bio. */
  public static List<String> authors(String paragraph) {
    List<String> none = List.of();
    if (paragraph == null || paragraph.length() > MAX_BIO_CHARS) {
      return none;
    }
    String p = stripLeadIn(paragraph);
    if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
      return none;
    }
    String[] tokens = p.split(" ", MAX_NAME_TOKENS + 40);
    int limit = Math.min(tokens.length, MAX_NAME_TOKENS + 1);
    int nameEnd = -1;
    int verbAt = -1;
    boolean possessive = false;
    for (int i = 1; i < limit && verbAt < 0; i++) {
      String token = tokens[i];
      String key = key(token);
      if (token.startsWith("(") && nameEnd < 0) {
        // "NAME (@handle) is ...": the parenthesis ends the name; a verb must follow it.
        nameEnd = i;
        while (i < tokens.length - 1 && !tokens[i].endsWith(")") && !tokens[i].endsWith("),")) {
          i++;
        }
        continue;
      }
      boolean appositive = tokens[i - 1].endsWith(",") && (APPOSITIVES.contains(key) || isAge(key))
          || DASHES.contains(token);
      if (BIO_VERBS.contains(key) || appositive) {
        verbAt = i;
        if (nameEnd < 0) {
          nameEnd = i;
        }
      } else if (nameEnd < 0 && i + 1 < tokens.length && isPossessive(tokens[i])
          && POSSESSED.contains(key(tokens[i + 1]))) {
        // "NAME's latest book is ...": the possessive ends the name.
        possessive = true;
        verbAt = i + 1;
        nameEnd = i + 1;
      }
    }
    if (verbAt < 0) {
      return none;
    }
    String[] nameTokens = java.util.Arrays.copyOfRange(tokens, 0, nameEnd);
    if (possessive) {
      String last = nameTokens[nameEnd - 1];
      nameTokens[nameEnd - 1] = last.substring(0, last.length() - 2);
    }
    String candidate = String.join(" ", nameTokens);
    List<String> names = AuthorNames.split(candidate);
    if (names.isEmpty() || !namesCoverCandidate(candidate, names) || !capitalised(names)) {
      return none;
    }
    String verb = key(tokens[verbAt]);
    boolean strongVerb = STRONG_VERBS.contains(verb) || possessive;
    if (names.size() == 1 && isOneWord(names.get(0))) {
      // A one-word "name" is often a country or a noun ("Russia is ..."): only a writer's or scholar's role, close
      // to the verb, makes it a bio.
      // After "NAME, who ..." or "NAME, 52, ..." the role comes later.
      boolean relative = key(tokens[verbAt]).startsWith("who") || isAge(key(tokens[verbAt]));
      return hasCue(tokens, verbAt, relative ? 16 : 7, ONE_WORD_CUES) ? names : none;
    }
    if (!strongVerb && !hasCue(tokens, verbAt, tokens.length, ROLE_CUES)) {
      return none;
    }
    return names;
  }

  /** The candidate has no words beyond the names, their honorifics and credentials ("Putin and his allies"). */
  private static boolean namesCoverCandidate(String candidate, List<String> names) {
    int candidateWords = 0;
    for (String word : candidate.split(" ")) {
      String key = key(word);
      if (!key.isEmpty() && !key.equals("and") && !key.equals("&") && !AuthorNames.isTitleOrCredential(word)
          && !AuthorNames.isRoleWord(word)) {
        candidateWords++;
      }
    }
    int nameWords = 0;
    for (String name : names) {
      nameWords += name.split(" ").length;
    }
    return candidateWords <= nameWords;
  }

  /**
   * A bio's names are capitalised word by word, except particles ("von der") and the words of an unsigned
   * institution ("Observer editorial"): "Oil abundance is ..." is a sentence, not a bio.
   */
  private static boolean capitalised(List<String> names) {
    for (String name : names) {
      for (String word : name.split(" ")) {
        char first = word.charAt(0);
        if (Character.isLowerCase(first) && !AuthorNames.PARTICLES.contains(word)
            && !INSTITUTION_WORDS.contains(key(word))) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> INSTITUTION_WORDS =
      Set.of("editorial", "editorials", "staff", "board", "desk", "team", "readers", "reporters", "correspondents",
          "writers", "editor", "editors", "agencies", "view", "leader", "comment", "opinion", "letters", "panel");

  private static boolean isPossessive(String token) {
    return token.length() > 2 && (token.endsWith("'s") || token.endsWith("\u2019s"));
  }

  private static boolean isOneWord(String name) {
    return name.indexOf(' ') < 0;
  }

  private static boolean hasCue(String[] tokens, int from, int window, Set<String> cues) {
    int end = Math.min(tokens.length, from + window);
    for (int i = from; i < end; i++) {
      String key = key(tokens[i]);
      if (cues.contains(key) || key.endsWith("s") && cues.contains(key.substring(0, key.length() - 1))) {
        return true; // "contributor" or "contributors"
      }
      // "London-based", "co-founder": the last part of a hyphenated word counts too.
      int hyphen = key.lastIndexOf('-');
      if (hyphen > 0 && cues.contains(key.substring(hyphen + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAge(String key) {
    if (key.isEmpty() || key.length() > 3) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (!Character.isDigit(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, without surrounding punctuation: "writes," → "writes", "(@jd)" → "@jd". */
  private static String key(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.charAt(start)) && token.charAt(start) != '@') {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Drops dashes, bullets and "About the author:" before the name. */
  private static String stripLeadIn(String paragraph) {
    String p = paragraph.strip();
    int start = 0;
    while (start < p.length() && !Character.isLetter(p.charAt(start))) {
      start++;
    }
    p = p.substring(start);
    String lower = p.toLowerCase(Locale.ROOT);
    for (String lead : LEAD_INS) {
      if (lower.startsWith(lead) && p.length() > lead.length()) {
        char next = p.charAt(lead.length());
        if (next == ':' || next == ',' || next == '\u2014' || next == '-') {
          String rest = p.substring(lead.length() + 1).strip();
          int skip = 0;
          while (skip < rest.length() && !Character.isLetter(rest.charAt(skip))) {
            skip++;
          }
          return rest.substring(skip);
        }
      }
    }
    return p;
  }

  /** Whether a paragraph is end matter that may follow a bio: "This article first appeared in ...". */
  static boolean isTrailer(String paragraph) {
    if (paragraph.length() > 400) {
      return false;
    }
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (String start : TRAILER_STARTS) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> TRAILER_STARTS =
      List.of("this article", "this piece", "this column", "this op-ed", "this essay", "this post",
          "this commentary", "this story", "a version of this", "an earlier version", "editor's note",
          "editor\u2019s note", "correction:", "clarification:", "update:", "more from", "you can read",
          "the author's views", "the author\u2019s views", "views expressed", "opinions expressed", "disclaimer");

  /** Splits off trailing bio paragraphs: the body without them, the bio text, and the names. */
  record Split(List<String> body, String bio, List<String> authors) {}

  static Split split(List<String> paragraphs) {
    int end = paragraphs.size();
    int trailers = 0;
    while (end > 1 && trailers < 2 && isTrailer(paragraphs.get(end - 1))) {
      end--;
      trailers++;
    }
    if (end <= 1) {
      return null;
    }
    List<String> names = authors(paragraphs.get(end - 1));
    if (names.isEmpty()) {
      return null;
    }
    int bioStart = end - 1;
    List<String> authors = new ArrayList<>(names);
    if (bioStart > 1 && paragraphs.get(bioStart - 1).length() <= MAX_EARLIER_BIO_CHARS) {
      // Co-authors often get one bio paragraph each; the first is the primary author's. Two bios of one person
      // ("John R. Lott Jr. is ..." then "John Lott is ...") name one author, in the last bio's form.
      List<String> earlier = authors(paragraphs.get(bioStart - 1));
      if (!earlier.isEmpty() && !isOneWord(earlier.get(0))) {
        bioStart--;
        authors = new ArrayList<>();
        for (String name : earlier) {
          if (!AuthorNames.containsPerson(names, name)) {
            authors.add(name);
          }
        }
        authors.addAll(names);
      }
    }
    String bio = String.join("\n\n", paragraphs.subList(bioStart, end));
    return new Split(new ArrayList<>(paragraphs.subList(0, bioStart)), bio, authors);
  }
}
