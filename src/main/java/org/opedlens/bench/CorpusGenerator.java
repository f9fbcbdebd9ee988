package org.opedlens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.opedlens.ingest.FileIngestor;
import org.opedlens.ingest.IngestOptions;
import org.opedlens.ingest.Outcomes;
import org.opedlens.schema.Tables;
import org.opedlens.util.Json;

/**
 * Makes a benchmark corpus of N op-eds from the sample op-eds: every generated op-ed is a fresh draw of body
 * paragraphs from the whole sample (so the prose is real op-ed prose, but no two op-eds are the same text and
 * none is flagged a duplicate), with its own author (from a pool that grows with N), date (2021–2022), headline
 * and outlet. The same seed and N give byte-identical files; op-ed i depends only on (seed, i).
 *
 * <p>Layout: most op-eds go to JSONL shards ({@code jsonl/opeds-00000.jsonl}, {@link #SHARD_DOCS} per shard), and
 * a share ({@code txtShare}) to one raw {@code .txt} file each ({@code txt/}) in the scraped styles ingest must
 * parse (seed style, byline style, name-only byline, with bios, social lines and ADVERTISEMENT noise).
 */
public final class CorpusGenerator {
  public static final int SHARD_DOCS = 1000;
  public static final String MANIFEST = "_corpus.json";

  private static final String[] FIRST_NAMES = {
    "Amina", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Laila",
    "Marco", "Nadia", "Oren", "Paula", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Walter", "Ximena",
    "Yusuf", "Zofia", "Adrian", "Beatriz", "Chen", "Dalia", "Emeka", "Fiona", "Gustavo", "Hanna", "Ivan",
    "Julia", "Kwame", "Lucia", "Mateo", "Nora", "Olga", "Pedro", "Rania", "Stefan", "Tomasz", "Ulrike", "Victor",
    "Wen", "Yara", "Zainab"};
  private static final String[] LAST_NAMES = {
    "Abbott", "Bergstrom", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Goldberg", "Hashemi", "Ivanova",
    "Jaramillo", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Oyelaran", "Petrenko", "Quintero", "Rahman",
    "Sandoval", "Takahashi", "Umarov", "Valdez", "Wojcik", "Xu", "Yilmaz", "Zelenko", "Achebe", "Brennan",
    "Cardoso", "Delacroix", "Esposito", "Fitzgerald", "Gallagher", "Horvath", "Iglesias", "Jovanovic", "Kaplan",
    "Lebedev", "Moreau", "Novak", "Ortega", "Pereira", "Rossi", "Schmidt", "Tanaka", "Ueda", "Vasquez",
    "Whitfield", "Yamamoto", "Zhou"};
  private static final String[] OUTLETS = {
    "The Meridian Review", "The Civic Ledger", "Northern Dispatch", "The Harbour Times", "Global Affairs Weekly",
    "The Evening Standard-Bearer", "Capital Observer", "The Atlas Journal"};
  private static final String[] SECTIONS = {
    "Opinion Europe Global Opinions", "Opinion Asia Democracy", "Opinions World Politics",
    "Opinion Defense and national security", "Global Opinions Human rights"};
  private static final LocalDate FIRST_DATE = LocalDate.of(2021, 1, 1);
  private static final int DAYS = 730;

  /** What the sample gives: headlines and body paragraphs (bios excluded). */
  record Pool(List<String> titles, List<String> paragraphs, int sourceDocs) {}

  /** What was generated, and where. */
  public record Corpus(Path dir, int docs, long seed, double txtShare, int txtFiles, int jsonlShards, long bytes,
      int authors) {
    public Map<String, Object> describe() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("dir", dir.toString());
      d.put("docs", docs);
      d.put("seed", seed);
      d.put("layout", "jsonl shards of " + SHARD_DOCS + " op-eds + " + txtFiles + " raw .txt files");
      d.put("txt_share", txtShare);
      d.put("txt_files", txtFiles);
      d.put("jsonl_shards", jsonlShards);
      d.put("bytes", bytes);
      d.put("authors", authors);
      return d;
    }
  }

  private final Pool pool;

  public CorpusGenerator(Path sampleDir) {
    this.pool = pool(sampleDir);
  }

  /** The sample's bodies split into paragraphs, parsed by the real ingest code (so bios and noise are gone). */
  static Pool pool(Path sampleDir) {
    List<String> titles = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    FileIngestor ingestor = new FileIngestor(IngestOptions.defaults());
    int docs = 0;
    try (Stream<Path> files = Files.list(sampleDir)) {
      for (Path file : files.sorted().toList()) {
        for (Row outcome : ingestor.ingest(file.toString(), Files.readAllBytes(file))) {
          if (!Outcomes.DOCUMENT.equals(outcome.getString(0))) {
            continue;
          }
          Row doc = outcome.getStruct(1);
          docs++;
          // Ingest's rows carry no schema: fields by their index in the document row.
          String title = doc.getString(Tables.DOCUMENT_ROW.fieldIndex("title"));
          // Seed-style headlines carry tag noise; only plain headlines are reused.
          if (title != null && title.length() <= 120) {
            titles.add(title);
          }
          for (String paragraph : doc.getString(Tables.DOCUMENT_ROW.fieldIndex("text")).split("\n\n")) {
            if (paragraph.length() >= 80) {
              paragraphs.add(paragraph);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample op-eds in " + sampleDir, e);
    }
    if (paragraphs.size() < 20 || titles.isEmpty()) {
      throw new IllegalStateException("too little sample text in " + sampleDir + " to make a corpus");
    }
    return new Pool(titles, paragraphs, docs);
  }

  Pool pool() {
    return pool;
  }

  /** The number of distinct authors for N op-eds: about 25 op-eds per author, like a busy opinion section. */
  static int authorCount(int docs) {
    return Math.max(10, Math.min(FIRST_NAMES.length * LAST_NAMES.length, docs / 25));
  }

  static String author(int index) {
    // Walks first and last names in different strides so consecutive authors differ in both.
    return FIRST_NAMES[index % FIRST_NAMES.length] + " "
        + LAST_NAMES[(index / FIRST_NAMES.length + index * 7) % LAST_NAMES.length];
  }

  /** One generated op-ed: a function of (seed, index) only. */
  record Oped(String id, String author, LocalDate date, String title, String outlet, List<String> paragraphs) {
    String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  Oped oped(long seed, int index, int authors) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    String author = author(random.nextInt(authors));
    LocalDate date = FIRST_DATE.plusDays(random.nextInt(DAYS));
    String title = pool.titles().get(random.nextInt(pool.titles().size()));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    // Sample op-eds have 7 to 12 body paragraphs; so do generated ones.
    int count = 7 + random.nextInt(6);
    List<String> paragraphs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      paragraphs.add(pool.paragraphs().get(random.nextInt(pool.paragraphs().size())));
    }
    return new Oped(String.format(Locale.ROOT, "bench-%d-%07d", seed, index), author, date, title, outlet,
        paragraphs);
  }

  /**
   * Writes the corpus into {@code dir} (which must be empty or absent) and a {@code _corpus.json} describing it.
   * Op-ed i goes to a .txt file when it falls in the txt share (decided by (seed, i), so stable), else to shard
   * i / SHARD_DOCS.
   */
  public Corpus generate(Path dir, int docs, long seed, double txtShare) {
    int authors = authorCount(docs);
    int txtFiles = 0;
    int shards = 0;
    long bytes = 0;
    try {
      Files.createDirectories(dir.resolve("jsonl"));
      Files.createDirectories(dir.resolve("txt"));
      BufferedWriter shard = null;
      int shardIndex = -1;
      for (int i = 0; i < docs; i++) {
        Oped oped = oped(seed, i, authors);
        SplittableRandom style = new SplittableRandom(seed ^ (0xC2B2AE3D27D4EB4FL * (i + 1)));
        if (style.nextDouble() < txtShare) {
          byte[] raw = rawText(oped, style).getBytes(StandardCharsets.UTF_8);
          Files.write(dir.resolve("txt").resolve(oped.id() + ".txt"), raw);
          txtFiles++;
          bytes += raw.length;
          continue;
        }
        if (shard == null || i / SHARD_DOCS != shardIndex) {
          if (shard != null) {
            shard.close();
          }
          shardIndex = i / SHARD_DOCS;
          shard = Files.newBufferedWriter(
              dir.resolve("jsonl").resolve(String.format(Locale.ROOT, "opeds-%05d.jsonl", shardIndex)),
              StandardCharsets.UTF_8);
          shards++;
        }
        String line = jsonLine(oped);
        shard.write(line);
        shard.write('\n');
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
      if (shard != null) {
        shard.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus under " + dir, e);
    }
    Corpus corpus = new Corpus(dir, docs, seed, txtShare, txtFiles, shards, bytes, authors);
    Map<String, Object> manifest = corpus.describe();
    manifest.put("source_docs", pool.sourceDocs());
    manifest.put("source_paragraphs", pool.paragraphs().size());
    Json.write(dir.resolve(MANIFEST), manifest);
    return corpus;
  }

  static String jsonLine(Oped oped) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", oped.id());
    record.put("author", oped.author());
    record.put("date", oped.date().toString());
    record.put("title", oped.title());
    record.put("source", oped.outlet());
    record.put("text", oped.text());
    try {
      // One line per record: the shared mapper indents, so use a compact writer.
      return Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The op-ed in one of the scraped layouts the sample shows (see datasets/README.md). */
  static String rawText(Oped oped, SplittableRandom style) {
    String handle = "@" + oped.author().replace(" ", "").toLowerCase(Locale.ROOT);
    String bio = oped.author() + " is a senior fellow at the " + OUTLETS[style.nextInt(OUTLETS.length)]
        + " Institute. Follow " + (style.nextBoolean() ? "her" : "him") + " on Twitter " + handle;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < oped.paragraphs().size(); i++) {
      if (i > 0) {
        body.append("\n\n");
        if (style.nextInt(8) == 0) {
          body.append("ADVERTISEMENT\n\n");
        }
      }
      body.append(oped.paragraphs().get(i));
    }
    return switch (style.nextInt(3)) {
      case 0 -> " date " + oped.date() + " " + oped.title().toLowerCase(Locale.ROOT) + " "
          + SECTIONS[style.nextInt(SECTIONS.length)] + "\n\n" + body + "\n\n" + bio;
      case 1 -> oped.title() + "\nBy " + oped.author() + "\nPublished "
          + oped.date().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + "\n\n" + body
          + "\n\n" + bio + "\n";
      // Like sample 005: the bare name line is not a byline ingest trusts; the bio names the author.
      default -> oped.title() + "\n" + oped.author() + "\nDate: "
          + oped.date().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)) + "\n\n" + body + "\n\n"
          + oped.author() + " is a visiting fellow at the " + OUTLETS[style.nextInt(OUTLETS.length)] + " Institute.\n";
    };
  }
}
