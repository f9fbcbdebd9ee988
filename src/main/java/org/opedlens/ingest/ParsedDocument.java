package org.opedlens.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What ingest recovered from one op-ed: metadata, the cleaned body, and how each value was found
 * ({@code metadataSource}, e.g. {@code "author=bio;date=header;title=header"}).
 */
public record ParsedDocument(
    String title, List<String> authors, LocalDate date, String bio, String body, String metadataSource) {

  public String author() {
    return authors.isEmpty() ? null : authors.get(0);
  }
}
