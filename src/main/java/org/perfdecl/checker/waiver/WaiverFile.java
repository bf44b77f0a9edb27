package org.perfdecl.checker.waiver;

import org.perfdecl.checker.declaration.ProjectKey;
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
 */
public final class WaiverFile {

    private static final Set<String> KEYS = Set.of("id", "rule", "all", "unit", "project", "year", "field", "reason",
            "approvedBy", "expires");

    /** The waivers of a file, and what a person should know about them. */
    public record Loaded(List<Waiver> waivers, List<String> warnings) {
    }

    /** A file that cannot be used: every problem, each with its line and field. */
    public static final class InvalidException extends RuntimeException {
        InvalidException(String message) {
            super(message);
        }
    }

    private final String name;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private WaiverFile(String name) {
        this.name = name;
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
            throw new InvalidException(file + ": no such waivers file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidException(file + ": the waivers file is not UTF-8 text");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidException(file + ": cannot read the waivers file: " + e.getMessage());
        }
        return parse(file.toString(), text, knownRules, today);
    }

    public static Loaded parse(String name, String text, Set<String> knownRules, LocalDate today) {
        return new WaiverFile(name).load(text, knownRules, today);
    }

    private Loaded load(String text, Set<String> knownRules, LocalDate today) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new InvalidException(where(line, null) + "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new InvalidException(name + ": not valid YAML: " + e.getMessage());
        }
        Node list = root.filter(MappingNode.class::isInstance).map(r -> entries((MappingNode) r).get("waivers")).orElse(null);
        if (list == null) {
            throw new InvalidException(name + ": expected a list under 'waivers:' (see the README for the format)");
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw new InvalidException(where(line(list), "waivers") + "expected a list of waivers (lines starting with '- ')");
        }
        List<Waiver> waivers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Node item : sequence.getValue()) {
            position++;
            Waiver w = waiver(item, position);
            if (w == null) {
                continue;
            }
            if (!ids.add(w.id())) {
                problems.add(where(line(item, "id"), "id") + "'" + w.id() + "' is the id of an earlier waiver too");
                continue;
            }
            if (!knownRules.contains(w.ruleId())) {
                warnings.add(where(line(item, "rule"), "rule") + "'" + w.ruleId() + "' is not a rule ID of this rule set; "
                        + "the waiver accepts nothing");
            }
            if (!w.inForceOn(today)) {
                warnings.add(where(line(item, "expires"), "expires") + "waiver " + w.id() + " expired on " + w.expires()
                        + "; its findings count again");
            }
            waivers.add(w);
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(String.join("\n", problems));
        }
        return new Loaded(List.copyOf(waivers), List.copyOf(warnings));
    }

    /** One entry, or null when it has problems (recorded). */
    private Waiver waiver(Node item, int position) {
        int line = line(item);
        if (!(item instanceof MappingNode mapping)) {
            problems.add(where(line, null) + "a waiver is a mapping of 'key: value' lines");
            return null;
        }
        int before = problems.size();
        Map<String, Node> fields = entries(mapping);
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && fields.get(key.getValue()) != t.getValueNode()) {
                problems.add(where(line(t.getKeyNode()), key.getValue()) + "given twice in one waiver");
            }
        }
        fields.forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                problems.add(where(line(value), key) + "unknown field; a waiver has " + String.join(", ",
                        List.of("id", "rule", "all", "unit", "project", "year", "field", "reason", "approvedBy", "expires")));
            }
        });
        String id = text(fields, "id", line, false);
        String rule = text(fields, "rule", line, true);
        String reason = text(fields, "reason", line, true);
        String approvedBy = text(fields, "approvedBy", line, true);
        String field = text(fields, "field", line, false);
        LocalDate expires = date(fields, line);
        WaiverScope scope = scope(fields, line);
        if (problems.size() > before) {
            return null;
        }
        return new Waiver(id != null ? id : Path.of(name).getFileName() + "#" + position, rule, scope, field, reason,
                approvedBy, expires);
    }

    private WaiverScope scope(Map<String, Node> fields, int line) {
        String unit = text(fields, "unit", line, false);
        String project = text(fields, "project", line, false);
        Integer year = year(fields);
        String all = text(fields, "all", line, false);
        if (all != null) {
            if (!all.equals("true")) {
                problems.add(where(line(fields.get("all")), "all") + "write 'all: true' for every form, or leave it out");
                return null;
            }
            if (unit != null || project != null || year != null) {
                problems.add(where(line(fields.get("all")), "all") + "'all: true' covers every form; it cannot also "
                        + "name a unit, project or year");
                return null;
            }
            return new WaiverScope.All();
        }
        if (project == null && year == null) {
            if (unit == null) {
                problems.add(where(line, "unit") + "say which forms the waiver covers: unit (with project and year "
                        + "for one project), or 'all: true' for every form");
                return null;
            }
            return ProjectKey.normalise(unit).isEmpty() ? null : new WaiverScope.Unit(unit);
        }
        for (var part : new String[][]{{"unit", unit}, {"project", project}, {"year", year == null ? null : ""}}) {
            if (part[1] == null) {
                problems.add(where(line, part[0]) + "a waiver for one project needs its unit, project and year");
                return null;
            }
        }
        return new WaiverScope.Project(new ProjectKey(unit, project, year));
    }

    private Integer year(Map<String, Node> fields) {
        Node node = fields.get("year");
        if (node == null) {
            return null;
        }
        String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
        if (!value.matches("\\d{4}")) {
            problems.add(where(line(node), "year") + "expected a budget year such as 2026, got '" + value + "'");
            return null;
        }
        return Integer.parseInt(value);
    }

    private LocalDate date(Map<String, Node> fields, int line) {
        Node node = fields.get("expires");
        if (node == null) {
            problems.add(where(line, "expires") + "required: the last day the waiver applies (YYYY-MM-DD)");
            return null;
        }
        String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where(line(node), "expires") + "expected a date as YYYY-MM-DD, got '" + value + "'");
            return null;
        }
    }

    /** A scalar field; a missing required one, a blank one or a list in its place is recorded as a problem. */
    private String text(Map<String, Node> fields, String key, int line, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(where(line, key) + "required");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(where(line(node), key) + "expected a single value, not a list or mapping");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problems.add(where(line(node), key) + "is blank");
            return null;
        }
        return value;
    }

    private static Map<String, Node> entries(MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            fields.put(key, t.getValueNode());
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

    private String where(int line, String field) {
        return name + (line > 0 ? " line " + line : "") + (field == null ? "" : ", field '" + field + "'") + ": ";
    }
}
