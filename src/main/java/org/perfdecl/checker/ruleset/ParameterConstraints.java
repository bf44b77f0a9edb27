package org.perfdecl.checker.ruleset;

import org.perfdecl.checker.report.LocalizedText;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code constraints} section of {@code parameters.yaml}: which numbers are rates, amounts or
 * counts and which must stay ordered against which. A parameter file whose values break one (a
 * warning line below the error line, a rate of 150%, a negative tolerance) is refused at load, one
 * problem per mistake, at the parameter's line with both values. What is a rate and what is ordered
 * is policy, so it is data: Java only knows the words of the section.
 *
 * <pre>
 * constraints:
 *   ranges:
 *     - {name: rate, atLeast: 0, atMost: 1, keys: [budget.executionRate.warningBelow, ...]}
 *     - {name: unit size, above: 0, keys: [reading.amountUnits.*]}      # every value of a mapping
 *     - {name: year, whole: true, atLeast: 1900, keys: [form.budgetYears.from]}
 *   ordered:
 *     - [budget.executionRate.warningBelow, '>=', budget.executionRate.errorBelow]
 * </pre>
 */
final class ParameterConstraints {

    static final String SECTION = "constraints";
    private static final List<String> BOUNDS = List.of("atLeast", "above", "atMost", "below");
    private static final List<String> RANGE_FIELDS = List.of("name", "nameZh", "keys", "whole", "atLeast", "above", "atMost", "below",
            "hint", "hintZh");
    private static final List<String> SIGNS = List.of(">=", ">", "<=", "<");

    private ParameterConstraints() {
    }

    /** A range's name as policy staff wrote it: {@code nameZh} in Chinese (else the name), {@code name} in English. */
    private static LocalizedText named(JsonNode range) {
        String name = range.path("name").asString("");
        return new LocalizedText(range.path("nameZh").asString(name), name);
    }

    /** A problem of parameters.yaml worded by {@code ruleset.constraints.KEY}. */
    private static RuleProblem said(int line, String key, Map<String, ?> arguments) {
        return RuleProblem.said(Policy.FILE, line, "constraints." + key, arguments);
    }

    /** Every mistake against the section (and every mistake in the section itself), in file order. */
    static List<RuleProblem> problems(JsonNode parameters, JsonNode constraints, String text, java.util.Set<String> toldOfType) {
        List<RuleProblem> problems = new ArrayList<>();
        if (constraints == null || constraints.isMissingNode() || constraints.isNull()) {
            // without it a rate written as 90, or a warning line below the error line, would serve unseen
            problems.add(said(1, "missing", Map.of("section", SECTION)));
            return problems;
        }
        int sectionLine = ParameterLines.line(text, SECTION);
        if (!constraints.isObject()) {
            problems.add(said(sectionLine, "not-mapping", Map.of("section", SECTION)));
            return problems;
        }
        for (var e : constraints.properties()) {
            if (!List.of("ranges", "ordered").contains(e.getKey())) {
                problems.add(said(ParameterLines.line(text, SECTION + "." + e.getKey()), "unknown-section",
                        Map.of("section", SECTION, "name", e.getKey())));
            }
        }
        JsonNode ranges = constraints.path("ranges");
        if (!ranges.isMissingNode() && !ranges.isArray()) {
            problems.add(said(sectionLine, "ranges-not-list", Map.of("section", SECTION)));
        } else {
            for (int i = 0; i < ranges.size(); i++) {
                range(parameters, ranges.get(i), ParameterLines.item(text, SECTION + ".ranges", i), text, toldOfType, problems);
            }
        }
        JsonNode ordered = constraints.path("ordered");
        if (!ordered.isMissingNode() && !ordered.isArray()) {
            problems.add(said(sectionLine, "ordered-not-list", Map.of("section", SECTION)));
        } else {
            for (int i = 0; i < ordered.size(); i++) {
                order(parameters, ordered.get(i), ParameterLines.item(text, SECTION + ".ordered", i), text, problems);
            }
        }
        return problems;
    }

    private static void range(JsonNode parameters, JsonNode range, int[] lines, String text, java.util.Set<String> toldOfType,
                              List<RuleProblem> problems) {
        String name = range.path("name").asString("");
        int at = lines[0];
        if (!range.isObject() || name.isBlank() || !range.path("keys").isArray()) {
            problems.add(said(at, "range.incomplete", Map.of("section", SECTION, "value", range)));
            return;
        }
        for (var field : range.properties()) {
            if (!RANGE_FIELDS.contains(field.getKey())) {
                problems.add(said(at, "range.unknown-field", Map.of("section", SECTION, "range", named(range), "field", field.getKey(),
                        "known", RANGE_FIELDS)));
            } else if (BOUNDS.contains(field.getKey()) && !field.getValue().isNumber()) {
                problems.add(said(ParameterLines.within(text, lines, field.getKey() + ":"), "range.bound-not-number",
                        Map.of("section", SECTION, "range", named(range), "field", field.getKey(), "value", field.getValue())));
                return;
            } else if (field.getKey().equals("whole") && !field.getValue().isBoolean()) {
                // YAML 1.2: yes/no/maybe are strings, and a string read as false would switch the check off unseen
                problems.add(said(ParameterLines.within(text, lines, "whole:"), "range.whole",
                        Map.of("section", SECTION, "range", named(range), "value", field.getValue())));
                return;
            }
        }
        if (BOUNDS.stream().noneMatch(range::has) && !range.path("whole").asBoolean(false)) {
            problems.add(said(at, "range.no-bound", Map.of("section", SECTION, "range", named(range))));
            return;
        }
        Map<String, Object> empty = emptiness(range);
        if (empty != null) {
            Map<String, Object> arguments = new java.util.HashMap<>(empty);
            arguments.put("section", SECTION);
            arguments.put("range", named(range));
            problems.add(said(at, "range.empty", arguments));
            return;
        }
        for (JsonNode keyNode : range.path("keys")) {
            String key = keyNode.asString();
            boolean eachValue = key.endsWith(".*");
            String parameter = eachValue ? key.substring(0, key.length() - 2) : key;
            JsonNode value = node(parameters, parameter);
            int keyLine = ParameterLines.within(text, lines, key);
            if (value == null) {
                problems.add(said(keyLine, "range.no-parameter", Map.of("section", SECTION, "range", named(range), "key", key)));
                continue;
            }
            if (toldOfType.contains(parameter)) {
                continue; // its type is wrong for the rule that reads it: told once, there
            }
            if (!eachValue && (value.isArray() || value.isObject())) {
                // the rules read it as a list or mapping: the mistake is the constraint's, not the parameter's
                problems.add(said(keyLine, value.isArray() ? "range.list" : "range.mapping",
                        Map.of("section", SECTION, "range", named(range), "key", key)));
                continue;
            }
            if (eachValue) {
                if (!value.isObject()) {
                    problems.add(said(ParameterLines.line(text, parameter), "value.not-mapping",
                            Map.of("key", parameter, "range", named(range), "value", value)));
                    continue;
                }
                for (var entry : value.properties()) {
                    check(parameter + "." + entry.getKey(), entry.getValue(), range, name, text, problems);
                }
            } else {
                check(key, value, range, name, text, problems);
            }
        }
    }

    private static void check(String key, JsonNode value, JsonNode range, String name, String text, List<RuleProblem> problems) {
        int line = ParameterLines.line(text, key);
        if (value.isNull()) {
            problems.add(said(line, "value.blank", Map.of("key", key, "range", named(range))));
            return;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            String fraction = Policy.percentAsFraction(value);
            problems.add(fraction == null ? said(line, "value.not-number", Map.of("key", key, "range", named(range), "value", value))
                    : said(line, "value.not-number.percent", Map.of("key", key, "range", named(range), "value", value,
                            "percent", value.asString().strip(), "fraction", fraction)));
            return;
        }
        double v = value.asDouble();
        String shown = value.asString();
        if (range.path("whole").asBoolean(false) && v != Math.rint(v)) {
            problems.add(said(line, "value.not-whole", Map.of("key", key, "range", named(range), "value", shown)));
        }
        String broken = null;
        if (range.has("atLeast") && !(v >= range.get("atLeast").asDouble())) {
            broken = "atLeast";
        } else if (range.has("above") && !(v > range.get("above").asDouble())) {
            broken = "above";
        } else if (range.has("atMost") && !(v <= range.get("atMost").asDouble())) {
            broken = "atMost";
        } else if (range.has("below") && !(v < range.get("below").asDouble())) {
            broken = "below";
        }
        if (broken != null) {
            // the hint is policy staff's own words in the file, shown as written in both languages
            String hint = range.path("hint").asString("");
            problems.add(said(line, "value." + broken + (hint.isBlank() ? "" : ".hint"), Map.of("key", key, "value", shown,
                    "range", named(range), "bound", range.get(broken).asString(),
                    "hint", new LocalizedText(range.path("hintZh").asString(hint), hint))));
        }
    }

    private static void order(JsonNode parameters, JsonNode pair, int[] lines, String text, List<RuleProblem> problems) {
        int at = lines[0];
        if (!pair.isArray() || pair.size() != 3 || !SIGNS.contains(pair.get(1).asString())) {
            problems.add(said(at, "ordered.entry", Map.of("section", SECTION, "signs", SIGNS, "value", pair)));
            return;
        }
        String left = pair.get(0).asString();
        String sign = pair.get(1).asString();
        String right = pair.get(2).asString();
        JsonNode l = node(parameters, left);
        JsonNode r = node(parameters, right);
        for (String key : new java.util.LinkedHashSet<>(List.of(left, right))) {
            if (node(parameters, key) == null) {
                problems.add(said(at, "ordered.no-parameter", Map.of("section", SECTION, "key", key)));
            }
        }
        if (l == null || r == null || !l.isNumber() || !r.isNumber()) {
            return; // missing, or of the wrong type: told above or by the type check
        }
        double a = l.asDouble();
        double b = r.asDouble();
        boolean holds = switch (sign) {
            case ">=" -> a >= b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            default -> a < b;
        };
        if (!holds) {
            String want = switch (sign) {
                case ">=" -> "at-least";
                case ">" -> "above";
                case "<=" -> "at-most";
                default -> "below";
            };
            problems.add(said(ParameterLines.line(text, left), "ordered." + want, Map.of("left", left, "leftValue", l.asString(),
                    "right", right, "rightValue", r.asString(), "rightLine", ParameterLines.line(text, right))));
        }
    }

    /**
     * What each parameter of {@code keys} (dotted, as {@link Policy#flatten()} gives them) must keep, in
     * short words for a listing: {@code rate: ≥ 0, ≤ 1}, {@code year: whole, ≥ 1000, ≤ 9999}, and of an
     * ordered pair each side against the other ({@code ≥ budget.executionRate.errorBelow} and its mirror).
     * A parameter no constraint names is absent. Read from a section that loaded without problems.
     */
    static java.util.Map<String, List<String>> described(JsonNode constraints, java.util.Collection<String> keys) {
        return described(constraints, keys, LocalizedText.Language.EN);
    }

    /** As {@link #described(JsonNode, java.util.Collection)}, in Chinese with the ranges' {@code nameZh} ({@code rate: ≥ 0} is {@code 比率：≥ 0}). */
    static java.util.Map<String, List<String>> described(JsonNode constraints, java.util.Collection<String> keys,
                                                         LocalizedText.Language language) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (constraints == null || !constraints.isObject()) {
            return out;
        }
        for (JsonNode range : constraints.path("ranges")) {
            List<String> parts = new ArrayList<>();
            if (range.path("whole").asBoolean(false)) {
                parts.add(language == LocalizedText.Language.ZH ? "整数" : "whole");
            }
            for (String bound : BOUNDS) {
                if (range.has(bound)) {
                    parts.add(switch (bound) {
                        case "atLeast" -> "≥ ";
                        case "above" -> "> ";
                        case "atMost" -> "≤ ";
                        default -> "< ";
                    } + range.get(bound).asString());
                }
            }
            String text = language == LocalizedText.Language.ZH
                    ? named(range).zh() + (parts.isEmpty() ? "" : "：" + String.join("，", parts))
                    : range.path("name").asString("") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
            for (JsonNode keyNode : range.path("keys")) {
                String key = keyNode.asString();
                String prefix = key.endsWith(".*") ? key.substring(0, key.length() - 1) : null;
                for (String k : keys) {
                    if (prefix != null ? k.startsWith(prefix) : k.equals(key)) {
                        out.computeIfAbsent(k, x -> new ArrayList<>()).add(text);
                    }
                }
            }
        }
        for (JsonNode pair : constraints.path("ordered")) {
            if (pair.size() != 3) {
                continue;
            }
            String left = pair.get(0).asString();
            String sign = pair.get(1).asString();
            String right = pair.get(2).asString();
            String shown = switch (sign) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> sign;
            };
            String mirrored = switch (sign) {
                case ">=" -> "≤";
                case ">" -> "<";
                case "<=" -> "≥";
                default -> ">";
            };
            if (keys.contains(left)) {
                out.computeIfAbsent(left, x -> new ArrayList<>()).add(shown + " " + right);
            }
            if (keys.contains(right)) {
                out.computeIfAbsent(right, x -> new ArrayList<>()).add(mirrored + " " + left);
            }
        }
        return out;
    }

    /** Why a range's bounds leave no number inside them (atLeast 1 with atMost 0), or null when some fits. */
    private static Map<String, Object> emptiness(JsonNode range) {
        for (String low : List.of("atLeast", "above")) {
            for (String high : List.of("atMost", "below")) {
                if (range.has(low) && range.has(high)) {
                    double a = range.get(low).asDouble();
                    double b = range.get(high).asDouble();
                    if (a > b || (a == b && !(low.equals("atLeast") && high.equals("atMost")))) {
                        return Map.of("low", low, "lowValue", range.get(low).asString(), "high", high, "highValue",
                                range.get(high).asString());
                    }
                }
            }
        }
        return null;
    }

    /** The node at a dotted key, or null. */
    private static JsonNode node(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n.path(part);
        }
        return n.isMissingNode() ? null : n; // a blank value is there: told as blank, not as no parameter
    }
}
