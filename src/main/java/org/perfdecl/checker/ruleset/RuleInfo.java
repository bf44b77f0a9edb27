package org.perfdecl.checker.ruleset;

import java.util.List;

/**
 * What the catalogue says of a rule: its stable id and metadata, its titles, where it is written, and
 * the parameters (keys of parameters.yaml) its text reads. Several Drools rules may share an id (e.g.
 * the WARNING and ERROR bands of one check).
 */
public record RuleInfo(String id, String name, String severity, String category, String reference,
                       String titleZh, String titleEn, String file, int line, List<String> parameters) {

    public RuleInfo {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
