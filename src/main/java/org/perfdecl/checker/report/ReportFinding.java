package org.perfdecl.checker.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A finding as reported: rendered messages, the rule's title, and where in the input it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFinding(String ruleId, Severity severity, String category, LocalizedText title,
                            String field, Integer line, LocalizedText message, String seen, String expected,
                            String reference) {
}
