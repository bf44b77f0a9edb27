package org.perfdecl.checker.waiver;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Waivers from a YAML file, for runs before submission ({@code check --waivers FILE}):
 * <pre>
 * waivers:
 *   - id: W-2026-001                # optional; default: the file name and the entry's position
 *     rule: BUD-001
 *     unit: 某某区人力资源和社会保障局      # with project and year: one project; alone: the whole unit
 *     project: 灵活就业社会保险补贴
 *     year: 2026
 *     field: /lastYearSpent         # optional: a JSON Pointer, or a field name
 *     reason: 上年资金于12月下达，执行率低属预期
 *     approvedBy: 李四（预算处）
 *     expires: 2026-12-31           # required; the waiver applies through this day
 *   - rule: TGT-004
 *     all: true                     # every form: only when said so
 *     reason: ...
 *     approvedBy: ...
 *     expires: 2026-06-30
 * </pre>
 * Every mistake is reported with its line and field, all at once; an unknown key is a mistake too (a
 * misspelt {@code field} must not widen a waiver to every field). A rule ID the rule set does not know
 * and a waiver past its expiry date are warnings: the run goes on and their findings stay open.
 * The service reads a waiver posted to it with the same rules ({@link #request}), as JSON is YAML.
 */
public final class WaiverFile {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Control characters but tab and line breaks, and the bidirectional overrides and isolates. */
    private static final java.util.regex.Pattern HIDDEN =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");
    /**
     * What a finding's field can be: a JSON Pointer into the canonical declaration, whose names are
     * ASCII ({@code /lastYearSpent}, {@code /indicators/3/target}), or one such name ({@code lastYearSpent}).
     */
    /** An indicator row named by its 三级 name rather than its number: {@code /indicators[发放对象满意度]}. */
    private static final java.util.regex.Pattern ROW_BY_NAME = java.util.regex.Pattern.compile("^/indicators\\[[^\\]/]+]");
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("(/[A-Za-z0-9_]*)+|[A-Za-z][A-Za-z0-9_]*");

    /**
     * Whether a waiver's field can match a finding's: a form's label (上年执行数) or a misspelt pointer
     * (indicators[3]) matches none, and the waiver would accept nothing without saying so.
     */
    static boolean isFieldOfAForm(String field) {
        if (field == null) {
            return true;
        }
        java.util.regex.Matcher byName = ROW_BY_NAME.matcher(field);
        if (byName.find()) {
            field = "/indicators/0" + field.substring(byName.end()); // a row named by its 三级 name: any row's fields
        }
        if (!FIELD.matcher(field).matches()) {
            return false;
        }
        if (!field.startsWith("/")) {
            return org.perfdecl.checker.declaration.DeclarationFields.NAMES.contains(field); // a name matches wherever a pointer has it: any level's
        }
        // a pointer: a field of the form, then of a row (/indicators/3/target), by the names the form's schema has
        String pointer = field.length() > 1 && field.endsWith("/") ? field.substring(0, field.length() - 1) : field; // as Waiver reads it
        String[] segments = pointer.substring(1).split("/", -1);
        Map<String, java.util.Set<String>> level = org.perfdecl.checker.declaration.DeclarationFields.TOP;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i == segments.length - 1) {
                return true; // a slash at the end: everything under the field before it
            }
            if (level == null || !level.containsKey(segment)) {
                return false;
            }
            java.util.Set<String> rowFields = level.get(segment);
            if (rowFields == null) {
                return i == segments.length - 1;
            }
            if (i + 1 < segments.length && !segments[i + 1].matches("\\d{1,9}")) {
                return false; // /indicators/target: a row's number was left out
            }
            i++;
            level = new java.util.HashMap<>();
            for (String name : rowFields) {
                level.put(name, null);
            }
        }
        return true;
    }

    /** Half of a surrogate pair: a character broken in two, as a JSON escape such as \\ud800 can write it. */
    private static final java.util.regex.Pattern LONE_SURROGATE =
            java.util.regex.Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final List<String> FILE_KEYS = List.of("id", "rule", "all", "unit", "project", "year", "field",
            "reason", "approvedBy", "expires");
    /** Over HTTP the service gives the id, and the approver is the authenticated user. */
    private static final List<String> REQUEST_KEYS = List.of("rule", "all", "unit", "project", "year", "field",
            "reason", "expires");

    /**
     * The waivers of a file, and what a person should know about them ({@code warnings} in English,
     * {@code warningMessages} the same in Chinese and English).
     */
    public record Loaded(List<Waiver> waivers, List<String> warnings, List<LocalizedText> warningMessages) {
    }

    /**
     * One mistake: the line (0 when unknown), the field (null for the whole entry) and what is wrong, in
     * English ({@code message}) and in both languages ({@code text}, from service-texts' {@code waiver.*}).
     */
    public record Problem(int line, String field, String message, LocalizedText text) {
        public Problem {
            if (text == null) {
                text = new LocalizedText(message, message);
            }
        }

        /** The text of service-texts' {@code waiver.KEY}. */
        public static Problem said(int line, String field, String key, Map<String, ?> arguments) {
            LocalizedText text = ServiceTexts.text("waiver." + key, arguments);
            return new Problem(line, field, text.en(), text);
        }
    }

    /** Input that cannot be used: every problem, each with its line and field. */
    public static final class InvalidException extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidException(String source, List<Problem> problems) {
            super(String.join("\n", problems.stream().map(p -> describe(source, p).en()).toList()));
            this.problems = List.copyOf(problems);
            this.source = source;
        }

        private final String source;

        public List<Problem> problems() {
            return problems;
        }

        /** Every problem in Chinese, then every problem in English (the message): what the command line prints. */
        public String describeBoth() {
            return String.join("\n", problems.stream().map(p -> describe(source, p).zh()).toList()) + "\n" + getMessage();
        }
    }

    private final String name;
    private final List<String> keys;
    private final List<Problem> problems = new ArrayList<>();

    private WaiverFile(String name, List<String> keys) {
        this.name = name;
        this.keys = keys;
    }

    /**
     * @param knownRules the rule IDs of the rule set in use: a waiver for another ID is warned about
     * @param today      the day expired waivers are told apart on
     */
    public static Loaded read(Path file, Set<String> knownRules, LocalDate today) {
        String text;
        if (org.perfdecl.checker.report.RegularFiles.isSpecial(file)) {
            throw new InvalidException(file.toString(), List.of(Problem.said(0, null, "cannot-read",
                    Map.of("detail", org.perfdecl.checker.report.RegularFiles.NOT_A_FILE))));
        }
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidException(file.toString(), List.of(Problem.said(0, null, "no-file", Map.of())));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidException(file.toString(), List.of(Problem.said(0, null, "not-utf8", Map.of())));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidException(file.toString(), List.of(Problem.said(0, null, "cannot-read", Map.of("detail", String.valueOf(e.getMessage())))));
        }
        return parse(file.toString(), text, knownRules, today);
    }

    public static Loaded parse(String name, String text, Set<String> knownRules, LocalDate today) {
        return new WaiverFile(name, FILE_KEYS).load(text, knownRules, today);
    }

    /**
     * One waiver as posted to the service: a JSON (or YAML) object with the keys of a file's entry but
     * {@code id} and {@code approvedBy}, which the service gives.
     */
    public static WaiverRequest request(String body) {
        WaiverFile reader = new WaiverFile("the request body", REQUEST_KEYS);
        try {
            // a request is JSON: told in JSON's words, and YAML's own forms (anchors, unquoted dates) are not taken for it
            STRICT_JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InvalidException(reader.name, List.of(Problem.said(line, null, "json",
                    Map.of("detail", org.perfdecl.checker.declaration.JsonSyntax.reason(e)))));
        }
        Node root = reader.compose(body).orElse(null);
        if (!(root instanceof MappingNode)) {
            throw new InvalidException(reader.name, List.of(Problem.said(line(root), null, "not-object", Map.of())));
        }
        WaiverRequest request = reader.entry(root);
        if (request != null && !isFieldOfAForm(request.field())) {
            reader.problems.add(Problem.said(line(root, "field"), "field", "no-such-field", Map.of("field", request.field())));
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidException(reader.name, reader.problems);
        }
        return request;
    }

    /** JSON's syntax only: a key given twice is told by the reading that follows, at its line and by its name. */
    private static final tools.jackson.databind.ObjectMapper STRICT_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(name).build();
        if (text.codePointCount(0, text.length()) > settings.getCodePointLimit()) {
            // the YAML reader's own words for it ("not valid YAML … exceeds the limit") call a large file broken
            throw new InvalidException(name, List.of(Problem.said(0, null, "too-large",
                    Map.of("limit", String.format("%,d", settings.getCodePointLimit())))));
        }
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new InvalidException(name, List.of(Problem.said(line, null, "yaml", Map.of("detail", String.valueOf(e.getProblem())))));
        } catch (YamlEngineException e) {
            throw new InvalidException(name, List.of(Problem.said(0, null, "yaml", Map.of("detail", String.valueOf(e.getMessage())))));
        }
    }

    private Loaded load(String text, Set<String> knownRules, LocalDate today) {
        Optional<Node> root = compose(text);
        Node list = root.filter(MappingNode.class::isInstance).map(r -> entries((MappingNode) r).get("waivers")).orElse(null);
        if (list == null) {
            throw new InvalidException(name, List.of(Problem.said(0, null, "no-list", Map.of())));
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw new InvalidException(name, List.of(Problem.said(line(list), "waivers", "not-list", Map.of())));
        }
        List<Waiver> waivers = new ArrayList<>();
        List<LocalizedText> warnings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Node item : sequence.getValue()) {
            position++;
            if (!(item instanceof MappingNode)) {
                problems.add(Problem.said(line(item), null, "not-mapping", Map.of()));
                continue;
            }
            int before = problems.size();
            String id = text(item, "id", false);
            String approvedBy = text(item, "approvedBy", true);
            WaiverRequest request = entry(item);
            if (problems.size() > before) {
                continue;
            }
            Waiver w = request.approve(id != null ? id : Path.of(name).getFileName() + "#" + position, approvedBy);
            if (!ids.add(w.id())) {
                problems.add(Problem.said(line(item, "id"), "id", "id-twice", Map.of("id", w.id())));
                continue;
            }
            if (!isFieldOfAForm(w.field())) { // a warning, as an unknown rule: a file the service wrote before still loads
                warnings.add(describe(name, Problem.said(line(item, "field"), "field", "no-such-field", Map.of("field", w.field()))));
            }
            if (!knownRules.contains(w.ruleId())) {
                warnings.add(describe(name, Problem.said(line(item, "rule"), "rule", "unknown-rule", Map.of("rule", w.ruleId()))));
            }
            if (!w.inForceOn(today)) {
                warnings.add(describe(name, Problem.said(line(item, "expires"), "expires", "expired",
                        Map.of("id", w.id(), "expires", w.expires()))));
            }
            waivers.add(w);
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(name, problems);
        }
        return new Loaded(List.copyOf(waivers), warnings.stream().map(LocalizedText::en).toList(), List.copyOf(warnings));
    }

    /** The terms of one waiver, or null when they have problems (recorded). */
    private WaiverRequest entry(Node item) {
        MappingNode mapping = (MappingNode) item;
        int before = problems.size();
        Map<String, Node> fields = entries(mapping);
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (fields.get(key) != t.getValueNode()) {
                problems.add(Problem.said(line(t.getKeyNode()), key, "field-twice", Map.of()));
            } else if (!keys.contains(key)) {
                problems.add(Problem.said(line(t.getKeyNode()), key, "unknown-field", Map.of("fields", String.join(", ", keys))));
            }
        }
        String rule = text(item, "rule", true);
        if (rule != null) { // bud-001 or ＢＵＤ－００１ names BUD-001, in a file as over HTTP
            rule = org.perfdecl.checker.declaration.Text.halfWidth(rule).toUpperCase(java.util.Locale.ROOT);
        }
        String reason = text(item, "reason", true);
        String field = text(item, "field", false);
        LocalDate expires = date(item);
        WaiverScope scope = scope(item);
        return problems.size() > before ? null : new WaiverRequest(rule, scope, field, reason, expires);
    }

    private WaiverScope scope(Node item) {
        try {
            return scopeOf(item);
        } catch (IllegalArgumentException e) {
            // a name nothing of which is left once normalised, as the history keys projects: as blank as an empty one
            Map<String, Node> fields = entries((MappingNode) item);
            String key = fields.containsKey("project") ? "project" : "unit";
            problems.add(Problem.said(line(fields.getOrDefault(key, item)), key, "blank", Map.of()));
            return null;
        }
    }

    private WaiverScope scopeOf(Node item) {
        Map<String, Node> fields = entries((MappingNode) item);
        String unit = text(item, "unit", false);
        String project = text(item, "project", false);
        Integer year = year(fields);
        String all = text(item, "all", false);
        if (all != null) {
            if (!all.equals("true")) {
                problems.add(Problem.said(line(fields.get("all")), "all", "all-true", Map.of()));
                return null;
            }
            if (unit != null || project != null || year != null) {
                problems.add(Problem.said(line(fields.get("all")), "all", "all-and-scope", Map.of()));
                return null;
            }
            return new WaiverScope.All();
        }
        if (project == null && year == null) {
            if (unit == null && !fields.containsKey("unit")) {
                problems.add(Problem.said(line(item), "unit", "no-scope", Map.of()));
                return null;
            }
            return unit == null ? null : new WaiverScope.Unit(unit);
        }
        for (var part : new String[][]{{"unit", unit}, {"project", project}, {"year", year == null ? null : ""}}) {
            if (part[1] == null) {
                if (!fields.containsKey(part[0])) {
                    problems.add(Problem.said(line(item), part[0], "project-scope", Map.of()));
                }
                return null;
            }
        }
        return new WaiverScope.Project(unit, project, year);
    }

    private Integer year(Map<String, Node> fields) {
        Node node = fields.get("year");
        if (node == null) {
            return null;
        }
        String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
        // a budget year as the history takes one (1900 to 2999): 1019 for 2019 would cover no form, silently
        if (!value.matches("\\d{4}") || value.compareTo("1900") < 0 || value.compareTo("2999") > 0) {
            problems.add(Problem.said(line(node), "year", "year", Map.of("value", value)));
            return null;
        }
        return Integer.parseInt(value);
    }

    private LocalDate date(Node item) {
        Node node = entries((MappingNode) item).get("expires");
        if (node == null) {
            problems.add(Problem.said(line(item), "expires", "expires-required", Map.of()));
            return null;
        }
        String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            // LocalDate reads +10000-01-01 too: the form is checked first
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // 2026-13-01: told below
        }
        problems.add(Problem.said(line(node), "expires", "expires", Map.of("value", value)));
        return null;
    }

    /** A scalar field; a missing required one, a blank one or a list in its place is recorded as a problem. */
    private String text(Node item, String key, boolean required) {
        Node node = entries((MappingNode) item).get(key);
        if (node == null) {
            if (required) {
                problems.add(Problem.said(line(item), key, "required", Map.of()));
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(Problem.said(line(node), key, "not-single", Map.of()));
            return null;
        }
        if (scalar.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL)) {
            problems.add(Problem.said(line(node), key, required ? "required-null" : "null", Map.of()));
            return null;
        }
        String value = scalar.getValue().strip();
        if (org.perfdecl.checker.declaration.Text.showsNothing(value)) { // also U+00A0, U+3000 or U+200B alone
            problems.add(Problem.said(line(node), key, "blank", Map.of()));
            return null;
        }
        // a reviewer reads the reason on a page and in exports: nothing in it may hide or reorder text; and "\ud800" in
        // JSON: no UTF-8 file, page or PostgreSQL column can keep it, so it would come back as ? or ⑸
        String hidden = hiddenCharacters(value);
        if (hidden != null) {
            problems.add(Problem.said(line(node), key, hidden, Map.of()));
            return null;
        }
        return value;
    }

    /**
     * What is wrong with a text a reviewer reads back (a reason, a name): "hidden" for control or text-direction
     * characters, "broken-character" for half a surrogate pair, null when nothing is.
     */
    static String hiddenCharacters(String value) {
        return HIDDEN.matcher(value).find() ? "hidden" : LONE_SURROGATE.matcher(value).find() ? "broken-character" : null;
    }

    private static Map<String, Node> entries(MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            fields.putIfAbsent(key, t.getValueNode());
        }
        return fields;
    }

    /** The line of one field of a waiver, or of the waiver when it lacks it. */
    private static int line(Node item, String key) {
        Node value = item instanceof MappingNode m ? entries(m).get(key) : null;
        return line(value != null ? value : item);
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Waivers as a file {@link #read} reads back (the service's export for units' pre-submission runs). */
    public static String write(List<Waiver> waivers, String comment) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Waiver w : waivers) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", w.id());
            e.put("rule", w.ruleId());
            if (w.scope() instanceof WaiverScope.Project p) {
                e.put("unit", p.unit());
                e.put("project", p.projectName());
                e.put("year", p.budgetYear());
            } else if (w.scope() instanceof WaiverScope.Unit u) {
                e.put("unit", u.unit());
            } else {
                e.put("all", true);
            }
            if (w.field() != null) {
                e.put("field", w.field());
            }
            e.put("reason", w.reason());
            e.put("approvedBy", w.approvedBy());
            e.put("expires", w.expires().toString());
            entries.add(e);
        }
        String yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().writeValueAsString(Map.of("waivers", entries));
        return comment.lines().map(l -> "# " + l + "\n").reduce("", String::concat) + yaml;
    }

    /** "waivers.yaml line 5, field 'expires': …", "waivers.yaml 第 5 行，字段“expires”：…" */
    static LocalizedText describe(String source, Problem p) {
        String key = "waiver.describe" + (p.line() > 0 ? ".line" : "") + (p.field() == null ? "" : ".field");
        LocalizedText text = ServiceTexts.text(key, Map.of("source", source, "line", p.line(), "field", String.valueOf(p.field()),
                "message", p.text()));
        // the English as it always was, the message word for word
        return new LocalizedText(text.zh(), source + (p.line() > 0 ? " line " + p.line() : "")
                + (p.field() == null ? "" : ", field '" + p.field() + "'") + ": " + p.message());
    }
}
