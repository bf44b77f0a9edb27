package org.perfdecl.checker.ruleset;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

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
    private static final List<String> RANGE_FIELDS = List.of("name", "keys", "whole", "atLeast", "above", "atMost", "below", "hint");
    private static final List<String> SIGNS = List.of(">=", ">", "<=", "<");

    private ParameterConstraints() {
    }

    /** Every mistake against the section (and every mistake in the section itself), in file order. */
    static List<RuleProblem> problems(JsonNode parameters, JsonNode constraints, String text, java.util.Set<String> toldOfType) {
        List<RuleProblem> problems = new ArrayList<>();
        if (constraints == null || constraints.isMissingNode() || constraints.isNull()) {
            // without it a rate written as 90, or a warning line below the error line, would serve unseen
            problems.add(new RuleProblem(Policy.FILE, 1, "the '" + SECTION + "' section is missing: it says which numbers"
                    + " are rates, amounts, counts and years and which must stay ordered, and without it none is checked;"
                    + " restore it (the bundled rules/parameters.yaml ends with it)"));
            return problems;
        }
        int sectionLine = ParameterLines.line(text, SECTION);
        if (!constraints.isObject()) {
            problems.add(new RuleProblem(Policy.FILE, sectionLine, SECTION + " must be a mapping with 'ranges' and 'ordered'"));
            return problems;
        }
        for (var e : constraints.properties()) {
            if (!List.of("ranges", "ordered").contains(e.getKey())) {
                problems.add(new RuleProblem(Policy.FILE, ParameterLines.line(text, SECTION + "." + e.getKey()),
                        SECTION + ": unknown section '" + e.getKey() + "' (known: ranges, ordered)"));
            }
        }
        JsonNode ranges = constraints.path("ranges");
        if (!ranges.isMissingNode() && !ranges.isArray()) {
            problems.add(new RuleProblem(Policy.FILE, sectionLine, SECTION + ".ranges must be a list of ranges"));
        } else {
            for (int i = 0; i < ranges.size(); i++) {
                range(parameters, ranges.get(i), ParameterLines.item(text, SECTION + ".ranges", i), text, toldOfType, problems);
            }
        }
        JsonNode ordered = constraints.path("ordered");
        if (!ordered.isMissingNode() && !ordered.isArray()) {
            problems.add(new RuleProblem(Policy.FILE, sectionLine, SECTION + ".ordered must be a list of [key, sign, key]"));
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
            problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ranges: each range needs a 'name' and a list of 'keys', is " + range));
            return;
        }
        for (var field : range.properties()) {
            if (!RANGE_FIELDS.contains(field.getKey())) {
                problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ranges '" + name + "': unknown field '"
                        + field.getKey() + "' (known: " + RANGE_FIELDS + ")"));
            } else if (BOUNDS.contains(field.getKey()) && !field.getValue().isNumber()) {
                problems.add(new RuleProblem(Policy.FILE, ParameterLines.within(text, lines, field.getKey() + ":"),
                        SECTION + ".ranges '" + name + "': '" + field.getKey() + "' must be a number, is " + field.getValue()));
                return;
            } else if (field.getKey().equals("whole") && !field.getValue().isBoolean()) {
                // YAML 1.2: yes/no/maybe are strings, and a string read as false would switch the check off unseen
                problems.add(new RuleProblem(Policy.FILE, ParameterLines.within(text, lines, "whole:"),
                        SECTION + ".ranges '" + name + "': 'whole' must be true or false, is " + field.getValue()));
                return;
            }
        }
        if (BOUNDS.stream().noneMatch(range::has) && !range.path("whole").asBoolean(false)) {
            problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ranges '" + name + "' sets no bound: give it "
                    + "atLeast, above, atMost, below or whole: true, else it checks nothing"));
            return;
        }
        String empty = emptiness(range);
        if (empty != null) {
            problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ranges '" + name + "' admits no value: " + empty
                    + "; swap the bounds or correct one"));
            return;
        }
        for (JsonNode keyNode : range.path("keys")) {
            String key = keyNode.asString();
            boolean eachValue = key.endsWith(".*");
            String parameter = eachValue ? key.substring(0, key.length() - 2) : key;
            JsonNode value = node(parameters, parameter);
            int keyLine = ParameterLines.within(text, lines, key);
            if (value == null) {
                problems.add(new RuleProblem(Policy.FILE, keyLine, SECTION + ".ranges '" + name + "' names '" + key
                        + "', which is no parameter: a constraint on nothing checks nothing"));
                continue;
            }
            if (toldOfType.contains(parameter)) {
                continue; // its type is wrong for the rule that reads it: told once, there
            }
            if (!eachValue && (value.isArray() || value.isObject())) {
                // the rules read it as a list or mapping: the mistake is the constraint's, not the parameter's
                problems.add(new RuleProblem(Policy.FILE, keyLine, SECTION + ".ranges '" + name + "' names '" + key
                        + "', which is a " + (value.isArray() ? "list" : "mapping") + ", not a number: take it out of the range"
                        + (value.isObject() ? " or write '" + key + ".*' for each of its values" : "")));
                continue;
            }
            if (eachValue) {
                if (!value.isObject()) {
                    problems.add(new RuleProblem(Policy.FILE, ParameterLines.line(text, parameter),
                            "parameter '" + parameter + "' must be a mapping of names to numbers (" + name + "), is " + value));
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
            problems.add(new RuleProblem(Policy.FILE, line, "parameter '" + key + "' is blank: write a number (" + name + ")"));
            return;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            problems.add(new RuleProblem(Policy.FILE, line, "parameter '" + key + "' must be a number (" + name + "), is " + value));
            return;
        }
        double v = value.asDouble();
        String shown = value.asString();
        if (range.path("whole").asBoolean(false) && v != Math.rint(v)) {
            problems.add(new RuleProblem(Policy.FILE, line, "parameter '" + key + "' is " + shown + ", not a whole number (" + name + ")"));
        }
        String broken = null;
        if (range.has("atLeast") && !(v >= range.get("atLeast").asDouble())) {
            broken = "below the least " + name + ", " + range.get("atLeast").asString();
        } else if (range.has("above") && !(v > range.get("above").asDouble())) {
            broken = "not above " + range.get("above").asString() + " (" + name + ")";
        } else if (range.has("atMost") && !(v <= range.get("atMost").asDouble())) {
            broken = "above the most " + name + ", " + range.get("atMost").asString();
        } else if (range.has("below") && !(v < range.get("below").asDouble())) {
            broken = "not below " + range.get("below").asString() + " (" + name + ")";
        }
        if (broken != null) {
            String hint = range.path("hint").asString("");
            problems.add(new RuleProblem(Policy.FILE, line, "parameter '" + key + "' is " + shown + ", " + broken
                    + (hint.isBlank() ? "" : " (" + hint + ")")));
        }
    }

    private static void order(JsonNode parameters, JsonNode pair, int[] lines, String text, List<RuleProblem> problems) {
        int at = lines[0];
        if (!pair.isArray() || pair.size() != 3 || !SIGNS.contains(pair.get(1).asString())) {
            problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ordered: each entry is [key, sign, key] with a sign of "
                    + SIGNS + ", is " + pair));
            return;
        }
        String left = pair.get(0).asString();
        String sign = pair.get(1).asString();
        String right = pair.get(2).asString();
        JsonNode l = node(parameters, left);
        JsonNode r = node(parameters, right);
        for (String key : new java.util.LinkedHashSet<>(List.of(left, right))) {
            if (node(parameters, key) == null) {
                problems.add(new RuleProblem(Policy.FILE, at, SECTION + ".ordered names '" + key
                        + "', which is no parameter: a constraint on nothing checks nothing"));
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
                case ">=" -> "at least";
                case ">" -> "above";
                case "<=" -> "at most";
                default -> "below";
            };
            problems.add(new RuleProblem(Policy.FILE, ParameterLines.line(text, left), "parameter '" + left + "' is "
                    + l.asString() + " and '" + right + "' is " + r.asString() + " (line " + ParameterLines.line(text, right)
                    + "): '" + left + "' must be " + want + " '" + right + "'"));
        }
    }

    /**
     * What each parameter of {@code keys} (dotted, as {@link Policy#flatten()} gives them) must keep, in
     * short words for a listing: {@code rate: ≥ 0, ≤ 1}, {@code year: whole, ≥ 1000, ≤ 9999}, and of an
     * ordered pair each side against the other ({@code ≥ budget.executionRate.errorBelow} and its mirror).
     * A parameter no constraint names is absent. Read from a section that loaded without problems.
     */
    static java.util.Map<String, List<String>> described(JsonNode constraints, java.util.Collection<String> keys) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (constraints == null || !constraints.isObject()) {
            return out;
        }
        for (JsonNode range : constraints.path("ranges")) {
            List<String> parts = new ArrayList<>();
            if (range.path("whole").asBoolean(false)) {
                parts.add("whole");
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
            String text = range.path("name").asString("") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
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
    private static String emptiness(JsonNode range) {
        for (String low : List.of("atLeast", "above")) {
            for (String high : List.of("atMost", "below")) {
                if (range.has(low) && range.has(high)) {
                    double a = range.get(low).asDouble();
                    double b = range.get(high).asDouble();
                    if (a > b || (a == b && !(low.equals("atLeast") && high.equals("atMost")))) {
                        return "'" + low + "' " + range.get(low).asString() + " is not below '" + high + "' " + range.get(high).asString();
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
