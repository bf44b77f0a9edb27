package org.perfdecl.checker.report;

import org.perfdecl.checker.ruleset.RuleInfo;
import org.perfdecl.checker.ruleset.RuleSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, the rule catalogue in {@code tool.driver.rules}, one result per finding with
 * its level, message (Chinese, then English) and a location in the input file (line, and the field
 * as a logical location), so code-scanning tools and CI dashboards can show it. A file that could not
 * be read is an error-level tool execution notification naming it, and the run is then not successful.
 */
public final class SarifWriter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifWriter() {
    }

    public static Map<String, Object> write(Batch batch, RuleSet ruleSet, String toolVersion) {
        List<Report> reports = batch.reports();
        List<RuleInfo> rules = distinctRules(ruleSet);
        List<Map<String, Object>> driverRules = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            index.put(r.id(), driverRules.size());
            driverRules.add(Map.of(
                    "id", r.id(),
                    "name", r.id().replace("-", ""),
                    "shortDescription", Map.of("text", r.titleZh()),
                    "fullDescription", Map.of("text", r.titleEn()),
                    "help", Map.of("text", r.titleZh() + " / " + r.titleEn() + "\n" + r.reference()),
                    "defaultConfiguration", Map.of("level", level(Severity.valueOf(r.severity()))),
                    "properties", Map.of("category", r.category(), "reference", r.reference(),
                            "tags", List.of(r.category()))));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Report report : reports) {
            for (ReportFinding f : report.findings()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", f.ruleId());
                if (index.containsKey(f.ruleId())) {
                    result.put("ruleIndex", index.get(f.ruleId()));
                }
                result.put("level", level(f.severity()));
                result.put("message", Map.of("text", f.message().zh() + "\n" + f.message().en()));
                result.put("locations", List.of(location(report, f)));
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("field", f.field());
                properties.put("severity", f.severity().name());
                if (f.seen() != null) {
                    properties.put("seen", f.seen());
                }
                if (f.expected() != null) {
                    properties.put("expected", f.expected());
                }
                if (report.declaration().projectName() != null) {
                    properties.put("projectName", report.declaration().projectName());
                }
                result.put("properties", properties);
                results.add(result);
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "declaration-checker");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion.replace("-SNAPSHOT", ""));
        driver.put("rules", driverRules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation(batch)));
        run.put("results", results);
        run.put("properties", Map.of("ruleSetVersion", ruleSet.version()));
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> location(Report report, ReportFinding f) {
        Map<String, Object> physical = new LinkedHashMap<>();
        String uri = report.source() == null || report.source().name() == null ? "declaration" : report.source().name();
        physical.put("artifactLocation", Map.of("uri", uri.replace('\\', '/')));
        Integer line = f.line() != null ? f.line() : f.location() != null ? null
                : report.source() == null ? null : report.source().line();
        if (line != null && line > 0) {
            physical.put("region", Map.of("startLine", line));
        }
        String field = f.field().isEmpty() ? "/" : f.field();
        List<Map<String, Object>> logical = new ArrayList<>();
        logical.add(Map.of("fullyQualifiedName", field, "kind", "member"));
        if (f.location() != null && f.line() == null) {
            // a cell, a Word table cell or a PDF page has no line of the file: name it, and keep its parts
            physical.put("properties", Map.of("location", f.location().toString()));
            logical.add(Map.of("name", f.location().toString(), "kind", "element"));
        }
        return Map.of("physicalLocation", physical, "logicalLocations", logical);
    }

    /** How the run went: every file that could not be read, by name and reason. */
    private static Map<String, Object> invocation(Batch batch) {
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (Batch.Item item : batch.errors()) {
            Map<String, Object> notification = new LinkedHashMap<>();
            notification.put("level", "error");
            notification.put("message", Map.of("text", item.describe()));
            if (item.name() != null) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", item.name().replace('\\', '/')));
                Integer line = item.location() == null || item.location().page() != null ? null : item.location().line();
                if (line != null && line > 0) {
                    physical.put("region", Map.of("startLine", line));
                }
                notification.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            notification.put("descriptor", Map.of("id", "unreadable-input"));
            notifications.add(notification);
        }
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", notifications.isEmpty());
        invocation.put("toolExecutionNotifications", notifications);
        return invocation;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static List<RuleInfo> distinctRules(RuleSet ruleSet) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        ruleSet.rules().forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }
}
