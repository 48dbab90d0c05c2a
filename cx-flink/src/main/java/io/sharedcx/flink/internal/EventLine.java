package io.sharedcx.flink.internal;

/**
 * A line of an events file, as read: a Flink POJO (a record of plain fields), never a Kryo type.
 *
 * @param file the file it came from
 * @param line its line number, from 1
 * @param text the line
 */
public record EventLine(String file, long line, String text) {}
