package org.perfdecl.checker.report;

import org.perfdecl.checker.ruleset.RuleInfo;
import org.perfdecl.checker.ruleset.RuleSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, the rule catalogue in {@code tool.driver.rules}, one result per finding with
 * its level, message (Chinese, then English) and a location in the input file (line, and the field
 * as a logical location), so code-scanning tools and CI dashboards can show it. A file that could not
 * be read is an error-level tool execution notification naming it, and the run is then not successful.
 * What consumers need beyond the schema (Microsoft's SARIF validator, GitHub code scanning): file URIs
 * relative to a declared {@code %SRCROOT%}, a region on every result, a help link per rule, and
 * {@code partialFingerprints} that follow a finding from run to run ({@link Fingerprint}). A waived
 * finding keeps its level and carries an accepted external {@code suppression} with the waiver's reason.
 */
public final class SarifWriter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");
    /** Where the rules page is when the service runs on its defaults (README). */
    public static final String DEFAULT_RULES_PAGE = "http://localhost:8080/rules.html";

    private SarifWriter() {
    }

    /**
     * @param root      the folder file names are relative to (the CLI's working folder), declared as
     *                  {@code %SRCROOT%}; null when the names are not paths (uploads to the service)
     * @param rulesPage the rules page, for the tool's and each rule's help link
     * @param baseline  which fingerprints a baseline holds (each result then says {@code baselineState}
     *                  {@code new} or {@code unchanged}); null without a baseline
     */
    /**
     * The rules page as SARIF's URIs must be (RFC 3986): characters beyond ASCII and spaces percent-encoded
     * ({@code http://review.example.cn/规则 列表} → {@code …/%E8%A7%84%E5%88%99%20%E5%88%97%E8%A1%A8}); null when it is no
     * absolute http or https address ({@code rules.html}), which validators and code-scanning uploads refuse.
     */
    public static String rulesPage(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
                    || c == '|' || c == '}') {
                encoded.append('%').append(String.format("%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        try {
            java.net.URI uri = new java.net.URI(encoded.toString());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? encoded.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public record Context(Path root, String rulesPage, java.util.function.Predicate<String> baseline) {
        public Context(Path root, String rulesPage) {
            this(root, rulesPage, null);
        }
    }

    public static Map<String, Object> write(Batch batch, RuleSet ruleSet, String toolVersion) {
        return write(batch, ruleSet, toolVersion, new Context(null, DEFAULT_RULES_PAGE));
    }

    public static Map<String, Object> write(Batch batch, RuleSet ruleSet, String toolVersion, Context context) {
        List<Report> reports = batch.reports();
        List<RuleInfo> rules = distinctRules(ruleSet);
        List<Map<String, Object>> driverRules = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            index.put(r.id(), driverRules.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.id());
            rule.put("name", r.id().replace("-", ""));
            rule.put("shortDescription", Map.of("text", r.titleZh()));
            rule.put("fullDescription", Map.of("text", r.titleEn()));
            rule.put("helpUri", context.rulesPage() + "#" + r.id());
            rule.put("help", Map.of("text", r.titleZh() + " / " + r.titleEn() + "\n" + r.reference()));
            rule.put("defaultConfiguration", Map.of("level", level(Severity.valueOf(r.severity()))));
            rule.put("properties", Map.of("category", r.category(), "reference", r.reference(), "tags", List.of(r.category())));
            driverRules.add(rule);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        Fingerprint.Run fingerprints = new Fingerprint.Run();
        Fingerprint.Run byRowNumber = new Fingerprint.Run(); // what a baseline written before rows were named holds
        for (Report report : reports) {
            for (ReportFinding f : report.findings()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", f.ruleId());
                if (index.containsKey(f.ruleId())) {
                    result.put("ruleIndex", index.get(f.ruleId()));
                }
                result.put("level", level(f.severity()));
                result.put("message", Map.of("text", f.message().zh() + "\n" + f.message().en()));
                result.put("locations", List.of(location(report, f, context)));
                String fingerprint = fingerprints.of(report, f);
                String old = byRowNumber.byRowNumber(report, f);
                result.put("partialFingerprints", Map.of("declarationFinding/v1", fingerprint));
                if (context.baseline() != null) {
                    // every finding stays a result: a code-scanning server closes the alerts an upload leaves out
                    result.put("baselineState", context.baseline().test(fingerprint) || context.baseline().test(old) ? "unchanged" : "new");
                }
                if (!f.isOpen()) {
                    result.put("suppressions", List.of(suppression(f.waiver())));
                }
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
        driver.put("informationUri", context.rulesPage());
        driver.put("rules", driverRules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        if (context.root() != null) {
            run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", folderUri(context.root()))));
        }
        run.put("invocations", List.of(invocation(batch, context)));
        run.put("results", results);
        Map<String, Object> runProperties = new LinkedHashMap<>();
        runProperties.put("ruleSetVersion", ruleSet.version());
        List<Map<String, Object>> explanations = explanations(batch, context);
        if (!explanations.isEmpty()) { // --explain: per form, the facts the rules saw and where each field was read
            runProperties.put("explanations", explanations);
        }
        run.put("properties", runProperties);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    /**
     * A waiver as SARIF says it: suppressed outside the tool ("external"), by a decision that stands
     * ("accepted"), with the reason as justification; code-scanning tools then show the result as dismissed.
     */
    private static Map<String, Object> suppression(ReportFinding.Waived waiver) {
        Map<String, Object> suppression = new LinkedHashMap<>();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", waiver.reason());
        suppression.put("properties", Map.of("waiverId", waiver.id(), "approvedBy", waiver.approvedBy(),
                "expires", waiver.expires().toString()));
        return suppression;
    }

    private static Map<String, Object> location(Report report, ReportFinding f, Context context) {
        Map<String, Object> physical = new LinkedHashMap<>();
        String name = report.source() == null || report.source().name() == null ? "declaration" : report.source().name();
        physical.put("artifactLocation", artifact(name, context));
        physical.put("region", region(f, report));
        String field = f.field().isEmpty() ? "/" : f.field();
        List<Map<String, Object>> logical = new ArrayList<>();
        logical.add(Map.of("fullyQualifiedName", field, "kind", "member"));
        if (f.location() != null && f.line() == null) {
            // a cell, a Word table cell or a PDF page is no line of the file: name it, and keep its parts
            physical.put("properties", Map.of("location", f.location().toString()));
            logical.add(Map.of("name", f.location().toString(), "kind", "element"));
        }
        return Map.of("physicalLocation", physical, "logicalLocations", logical);
    }

    /**
     * A text line where there is one; a spreadsheet cell as its row and column; otherwise the line the
     * form starts on, or the first line: consumers place every result at a region.
     */
    private static Map<String, Object> region(ReportFinding f, Report report) {
        var at = f.location();
        if (f.line() != null && f.line() > 0) {
            return Map.of("startLine", f.line());
        }
        if (at != null && at.cell() != null) {
            java.util.regex.Matcher cell = CELL.matcher(at.cell());
            if (cell.matches()) { // D23: row 23, column 4
                int column = cell.group(1).chars().reduce(0, (n, c) -> n * 26 + (Character.toUpperCase(c) - 'A' + 1));
                return Map.of("startLine", Integer.parseInt(cell.group(2)), "startColumn", column);
            }
        }
        Integer start = report.source() == null ? null : report.source().line();
        return Map.of("startLine", start != null && start > 0 ? start : 1);
    }

    /** A file as SARIF wants it: relative to %SRCROOT% when it lies below it, else an absolute file URI. */
    static Map<String, Object> artifact(String name, Context context) {
        String slashed = name.replace('\\', '/');
        if (context.root() == null) {
            // a name as an upload gives it, which may be a path of the sender's machine (/home/…, \\server\…):
            // a relative reference that begins with '/' is refused by SARIF validators (SARIF1004)
            return Map.of("uri", encode(slashed.replaceFirst("^/+", "")));
        }
        Path root = context.root().toAbsolutePath().normalize();
        Path file;
        try {
            file = root.resolve(name).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Map.of("uri", encode(slashed));
        }
        if (file.startsWith(root)) {
            return Map.of("uri", encode(root.relativize(file).toString().replace('\\', '/')), "uriBaseId", SRCROOT);
        }
        return Map.of("uri", file.toUri().toASCIIString());
    }

    /**
     * A relative path as a URI reference: every byte of each segment but the unreserved characters
     * percent-encoded (Chinese names, spaces, and ':' '#' '?' '%', which would otherwise read as a
     * scheme, a fragment, a query or an escape).
     */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String folderUri(Path root) {
        String uri = root.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static List<Map<String, Object>> explanations(Batch batch, Context context) {
        List<Map<String, Object>> explanations = new ArrayList<>();
        for (Batch.Item item : batch.items()) {
            Report report = item.report();
            if (report == null || (report.facts() == null && report.sources() == null)) {
                continue;
            }
            Map<String, Object> explanation = new LinkedHashMap<>();
            if (item.name() != null) {
                explanation.put("artifactLocation", artifact(item.name(), context));
            }
            if (item.form() != null) {
                explanation.put("form", item.form());
            }
            if (report.facts() != null) {
                explanation.put("facts", report.facts());
            }
            if (report.sources() != null) {
                explanation.put("sources", report.sources());
            }
            explanations.add(explanation);
        }
        return explanations;
    }

    /** How the run went: every file that could not be read, by name and reason. */
    private static Map<String, Object> invocation(Batch batch, Context context) {
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (Batch.Item item : batch.errors()) {
            Map<String, Object> notification = new LinkedHashMap<>();
            notification.put("level", "error");
            notification.put("message", Map.of("text", item.describe()));
            if (item.name() != null) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", artifact(item.name(), context));
                Integer line = item.location() == null || item.location().page() != null ? null : item.location().line();
                if (line != null && line > 0) {
                    physical.put("region", Map.of("startLine", line));
                }
                notification.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            notification.put("descriptor", Map.of("id", "unreadable-input"));
            notifications.add(notification);
        }
        // a check cut short (a rule failed, a limit stopped the rules) is no clean run either: its findings may be missing
        for (Batch.Item item : batch.items()) {
            Report report = item.report();
            if (report != null && "INCOMPLETE".equals(report.summary().status())) {
                Map<String, Object> notification = new LinkedHashMap<>();
                notification.put("level", "error");
                notification.put("message", Map.of("text", (item.name() == null ? "" : item.name() + ": ")
                        + "the check is incomplete: " + report.summary().problem()));
                if (item.name() != null) {
                    notification.put("locations", List.of(Map.of("physicalLocation",
                            Map.of("artifactLocation", artifact(item.name(), context)))));
                }
                notification.put("descriptor", Map.of("id", "incomplete-check"));
                notifications.add(notification);
            }
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
