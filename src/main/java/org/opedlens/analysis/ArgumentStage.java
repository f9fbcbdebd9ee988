package org.opedlens.analysis;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.opedlens.argument.ArgumentDocument;
import org.opedlens.argument.ArgumentModel;
import org.opedlens.nlp.TokenizedSentence;
import org.opedlens.schema.Tables;

/**
 * Argument structure per sentence: role, thesis, evidence type, relation and the sentence it attaches to. It works
 * on the whole document at once (the thesis is one document-level choice, attachments point back to earlier
 * sentences), with paragraphs taken from the blank lines of {@code documents.text}.
 */
public final class ArgumentStage extends NamedStage {
  static final StructField[] COLUMNS =
      Tables.schema("arg_role", StringType, "is_thesis", BooleanType, "evidence_type", StringType, "relation",
          StringType, "attaches_to", IntegerType).fields();

  private final ArgumentModel model;

  public ArgumentStage(SharedResources resources) {
    super("argument", resources.argument().version(), COLUMNS);
    this.model = resources.argument();
  }

  /** Paragraph number of each sentence: how many blank-line breaks precede its start. */
  static int[] paragraphs(AnalyzedDocument document) {
    int[] out = new int[document.size()];
    String text = document.text();
    int paragraph = 0;
    int scanned = 0;
    for (int i = 0; i < document.size(); i++) {
      int start = document.span(i).getStart();
      int at = text.indexOf("\n\n", scanned);
      while (at >= 0 && at < start) {
        paragraph++;
        scanned = at + 2;
        at = text.indexOf("\n\n", scanned);
      }
      out[i] = paragraph;
    }
    return out;
  }

  @Override
  public void analyze(AnalyzedDocument document) {
    if (document.size() == 0) {
      return;
    }
    List<TokenizedSentence> sentences = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      sentences.add(document.sentence(i));
    }
    List<ArgumentModel.SentenceArgument> result =
        model.analyze(new ArgumentDocument(sentences, paragraphs(document)));
    for (int i = 0; i < document.size(); i++) {
      ArgumentModel.SentenceArgument a = result.get(i);
      document.append(i, a.role(), a.thesis(), a.evidence(), a.relation(), a.attachesTo());
    }
  }
}
