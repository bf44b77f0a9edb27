package org.perfdecl.checker.report;

/** A text in Simplified Chinese and in English. */
public record LocalizedText(String zh, String en) {
}
