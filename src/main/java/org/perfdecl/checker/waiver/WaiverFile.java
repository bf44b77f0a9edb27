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
    private static final List<String> FILE_KEYS = List.of("id", "rule", "all", "unit", "project", "year", "field",
            "reason", "approvedBy", "expires");
    /** Over HTTP the service gives the id, and the approver is the authenticated user. */
    private static final List<String> REQUEST_KEYS = List.of("rule", "all", "unit", "project", "year", "field",
            "reason", "expires");

    /** The waivers of a file, and what a person should know about them. */
    public record Loaded(List<Waiver> waivers, List<String> warnings) {
    }

    /** One mistake: the line (0 when unknown), the field (null for the whole entry) and what is wrong. */
    public record Problem(int line, String field, String message) {
    }

    /** Input that cannot be used: every problem, each with its line and field. */
    public static final class InvalidException extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidException(String source, List<Problem> problems) {
            super(String.join("\n", problems.stream().map(p -> describe(source, p)).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
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
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidException(file.toString(), List.of(new Problem(0, null, "no such waivers file")));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidException(file.toString(), List.of(new Problem(0, null, "the waivers file is not UTF-8 text")));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidException(file.toString(), List.of(new Problem(0, null, "cannot read the waivers file: " + e.getMessage())));
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
        Node root = reader.compose(body).orElse(null);
        if (!(root instanceof MappingNode)) {
            throw new InvalidException(reader.name, List.of(new Problem(line(root), null,
                    "expected a JSON object with rule, reason, expires and the scope (unit, project, year, or all: true)")));
        }
        WaiverRequest request = reader.entry(root);
        if (!reader.problems.isEmpty()) {
            throw new InvalidException(reader.name, reader.problems);
        }
        return request;
    }

    private Optional<Node> compose(String text) {
        try {
            return new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new InvalidException(name, List.of(new Problem(line, null, "not valid YAML: " + e.getProblem())));
        } catch (YamlEngineException e) {
            throw new InvalidException(name, List.of(new Problem(0, null, "not valid YAML: " + e.getMessage())));
        }
    }

    private Loaded load(String text, Set<String> knownRules, LocalDate today) {
        Optional<Node> root = compose(text);
        Node list = root.filter(MappingNode.class::isInstance).map(r -> entries((MappingNode) r).get("waivers")).orElse(null);
        if (list == null) {
            throw new InvalidException(name, List.of(new Problem(0, null,
                    "expected a list under 'waivers:' (see the README for the format)")));
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw new InvalidException(name, List.of(new Problem(line(list), "waivers",
                    "expected a list of waivers (lines starting with '- ')")));
        }
        List<Waiver> waivers = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Node item : sequence.getValue()) {
            position++;
            if (!(item instanceof MappingNode)) {
                problems.add(new Problem(line(item), null, "a waiver is a mapping of 'key: value' lines"));
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
                problems.add(new Problem(line(item, "id"), "id", "'" + w.id() + "' is the id of an earlier waiver too"));
                continue;
            }
            if (!knownRules.contains(w.ruleId())) {
                warnings.add(describe(name, new Problem(line(item, "rule"), "rule", "'" + w.ruleId()
                        + "' is not a rule ID of this rule set; the waiver accepts nothing")));
            }
            if (!w.inForceOn(today)) {
                warnings.add(describe(name, new Problem(line(item, "expires"), "expires", "waiver " + w.id()
                        + " expired on " + w.expires() + "; its findings count again")));
            }
            waivers.add(w);
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(name, problems);
        }
        return new Loaded(List.copyOf(waivers), List.copyOf(warnings));
    }

    /** The terms of one waiver, or null when they have problems (recorded). */
    private WaiverRequest entry(Node item) {
        MappingNode mapping = (MappingNode) item;
        int before = problems.size();
        Map<String, Node> fields = entries(mapping);
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (fields.get(key) != t.getValueNode()) {
                problems.add(new Problem(line(t.getKeyNode()), key, "given twice in one waiver"));
            } else if (!keys.contains(key)) {
                problems.add(new Problem(line(t.getKeyNode()), key, "unknown field; a waiver has " + String.join(", ", keys)));
            }
        }
        String rule = text(item, "rule", true);
        String reason = text(item, "reason", true);
        String field = text(item, "field", false);
        LocalDate expires = date(item);
        WaiverScope scope = scope(item);
        return problems.size() > before ? null : new WaiverRequest(rule, scope, field, reason, expires);
    }

    private WaiverScope scope(Node item) {
        Map<String, Node> fields = entries((MappingNode) item);
        String unit = text(item, "unit", false);
        String project = text(item, "project", false);
        Integer year = year(fields);
        String all = text(item, "all", false);
        if (all != null) {
            if (!all.equals("true")) {
                problems.add(new Problem(line(fields.get("all")), "all", "write 'all: true' for every form, or leave it out"));
                return null;
            }
            if (unit != null || project != null || year != null) {
                problems.add(new Problem(line(fields.get("all")), "all",
                        "'all: true' covers every form; it cannot also name a unit, project or year"));
                return null;
            }
            return new WaiverScope.All();
        }
        if (project == null && year == null) {
            if (unit == null && !fields.containsKey("unit")) {
                problems.add(new Problem(line(item), "unit", "say which forms the waiver covers: unit (with project "
                        + "and year for one project), or 'all: true' for every form"));
                return null;
            }
            return unit == null ? null : new WaiverScope.Unit(unit);
        }
        for (var part : new String[][]{{"unit", unit}, {"project", project}, {"year", year == null ? null : ""}}) {
            if (part[1] == null) {
                if (!fields.containsKey(part[0])) {
                    problems.add(new Problem(line(item), part[0], "a waiver for one project needs its unit, project and year"));
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
        if (!value.matches("\\d{4}")) {
            problems.add(new Problem(line(node), "year", "expected a budget year such as 2026, got '" + value + "'"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private LocalDate date(Node item) {
        Node node = entries((MappingNode) item).get("expires");
        if (node == null) {
            problems.add(new Problem(line(item), "expires", "required: the last day the waiver applies (YYYY-MM-DD)"));
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
        problems.add(new Problem(line(node), "expires", "expected a date as YYYY-MM-DD, got '" + value + "'"));
        return null;
    }

    /** A scalar field; a missing required one, a blank one or a list in its place is recorded as a problem. */
    private String text(Node item, String key, boolean required) {
        Node node = entries((MappingNode) item).get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(line(item), key, "required"));
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(new Problem(line(node), key, "expected a single value, not a list or mapping"));
            return null;
        }
        if (scalar.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL)) {
            problems.add(new Problem(line(node), key, required ? "required, is null" : "is null: leave it out instead"));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problems.add(new Problem(line(node), key, "is blank"));
            return null;
        }
        if (HIDDEN.matcher(value).find()) {
            // a reviewer reads the reason on a page and in exports: nothing in it may hide or reorder text
            problems.add(new Problem(line(node), key, "contains control or text-direction characters"));
            return null;
        }
        return value;
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

    /** "waivers.yaml line 5, field 'expires': …" */
    static String describe(String source, Problem p) {
        return source + (p.line() > 0 ? " line " + p.line() : "") + (p.field() == null ? "" : ", field '" + p.field() + "'")
                + ": " + p.message();
    }
}
