package org.opedlens.pipeline;

/** One input file as Spark lists it: its path (as {@code documents.source_path} holds it), size and mtime. */
public record InputFile(String path, long size, long modifiedMillis) {}
