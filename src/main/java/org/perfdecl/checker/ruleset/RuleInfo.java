package org.perfdecl.checker.ruleset;

/**
 * What the catalogue says of a rule: its stable id and metadata, its titles, and where it is written.
 * Several Drools rules may share an id (e.g. the WARNING and ERROR bands of one check).
 */
public record RuleInfo(String id, String name, String severity, String category, String reference,
                       String titleZh, String titleEn, String file, int line) {
}
