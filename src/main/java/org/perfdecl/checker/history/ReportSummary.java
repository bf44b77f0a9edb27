package org.perfdecl.checker.history;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Set;

/**
 * A stored check in a list: which project, the outcome, the rules that found something, where the form
 * came from, who asked and when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSummary(String id, String projectKey, String unit, String projectName, Integer budgetYear,
                            String status, int errors, int warnings, int infos, Set<String> rules,
                            String ruleSetVersion, Source source, String actor, String checkedAt) {

    /** @param format the format the form was read from (JSON, TEXT, XLSX …) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String name, String format) {
    }

    static ReportSummary of(StoredReport r, Set<String> rules) {
        return new ReportSummary(r.id(), r.projectKey(), r.unit(), r.projectName(), r.budgetYear(), r.status(),
                r.errors(), r.warnings(), r.infos(), rules, r.ruleSetVersion(),
                new Source(r.sourceName(), r.sourceFormat()), r.actor(), r.checkedAt().toString());
    }
}
