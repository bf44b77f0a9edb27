package org.perfdecl.checker.ruleset;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters ({@code rules/parameters.yaml}): thresholds, word lists, severities. Rules
 * read them as a fact, {@code $p : Policy()}, then {@code $p.number("budget.executionRate.warningBelow")},
 * so a threshold changes without touching a rule. An unknown key fails loudly with its name.
 */
public final class Policy {

    public static final String FILE = "parameters.yaml";

    private final JsonNode root;
    /** Every key, leaves and sections alike: rules read parameters on every match, so no pointer parsing then. */
    private final Map<String, JsonNode> byKey = new java.util.HashMap<>();
    private final Map<String, List<String>> wordLists = new java.util.HashMap<>();

    /**
     * Items of lists that are no word, by key: an empty one (every text contains it, so a suffix list with
     * one makes every name end with it), none ({@code ~}), a list or a mapping. Left out of the word list
     * (reading one was a crash of the load, told as "the checker failed inside the rules engine") and told
     * at load, at the list's line ({@link #itemProblems}).
     */
    private final List<BadItem> badItems = new ArrayList<>();

    private record BadItem(String key, int position, String kind, String value) {
    }

    /** The {@code constraints} section: not a parameter, what the parameters must keep (checked at load). */
    private final JsonNode constraints;

    Policy(JsonNode file) {
        this.constraints = file.path(ParameterConstraints.SECTION);
        JsonNode parameters = file;
        if (file.has(ParameterConstraints.SECTION) && file instanceof tools.jackson.databind.node.ObjectNode object) {
            tools.jackson.databind.node.ObjectNode copy = object.deepCopy();
            copy.remove(ParameterConstraints.SECTION);
            parameters = copy;
        }
        this.root = parameters;
        index("", parameters);
    }

    /** What is wrong with the values against the file's {@code constraints} section, each at its line in {@code text}. */
    List<RuleProblem> constraintProblems(String text, java.util.Set<String> toldOfType) {
        return ParameterConstraints.problems(root, constraints, text, toldOfType);
    }

    private void index(String prefix, JsonNode node) {
        if (!prefix.isEmpty()) {
            byKey.put(prefix, node);
        }
        if (node.isObject()) {
            for (var e : node.properties()) {
                index(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        }
        if (node.isArray() || node.isValueNode()) {
            List<String> words = new ArrayList<>();
            if (node.isArray()) {
                int position = 0;
                for (JsonNode w : node) {
                    position++;
                    String kind = w.isArray() ? "list" : w.isObject() ? "mapping" : w.isNull() ? "none"
                            : w.isValueNode() && w.asString().isBlank() ? "empty" : null;
                    if (kind != null) {
                        badItems.add(new BadItem(prefix, position, kind, w.toString()));
                    } else {
                        words.add(w.asString());
                    }
                }
            } else {
                words.add(node.asString());
            }
            wordLists.put(prefix, List.copyOf(words));
        }
    }

    /** Each item of a list that is no word (empty, none, a list or a mapping), at the list's line in {@code text}. */
    List<RuleProblem> itemProblems(String text) {
        return badItems.stream().map(b -> RuleProblem.said(FILE, ParameterLines.line(text, b.key()), "parameter.item." + b.kind(),
                Map.of("key", b.key(), "position", b.position(), "value", b.value()))).toList();
    }

    public boolean has(String key) {
        return !node(key).isMissingNode();
    }

    public double number(String key) {
        JsonNode n = require(key);
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new IllegalArgumentException(FILE + ": parameter '" + key + "' must be a number, is " + n);
        }
        return n.asDouble();
    }

    /**
     * What is wrong with parameter {@code key} for the accessor a rule reads it with ({@code number},
     * {@code text}, {@code words}, {@code numbers}, {@code texts}), or null: the same test the accessor
     * makes at run time, made once at load.
     */
    public String typeProblem(String accessor, String key) {
        org.perfdecl.checker.report.LocalizedText text = typeProblemText(accessor, key);
        return text == null ? null : text.en();
    }

    /** As {@link #typeProblem}, in Chinese and English (service-texts {@code ruleset.parameter.type.*}). */
    public org.perfdecl.checker.report.LocalizedText typeProblemText(String accessor, String key) {
        JsonNode n = node(key);
        boolean ok = switch (accessor) {
            case "number" -> n.isNumber() && Double.isFinite(n.asDouble());
            case "text" -> n.isValueNode();
            case "words" -> wordLists.containsKey(key);
            case "numbers" -> n.isObject() && n.properties().stream().allMatch(e -> e.getValue().isNumber());
            case "texts" -> n.isObject() && n.properties().stream().allMatch(e -> e.getValue().isValueNode());
            default -> true;
        };
        if (ok) {
            return null;
        }
        Object is = n.isMissingNode() || n.isNull() ? org.perfdecl.checker.report.ServiceTexts.text("ruleset.value.blank", Map.of())
                : n.isString() ? "\"" + n.asString() + "\"" : n.toString();
        String fraction = "number".equals(accessor) ? percentAsFraction(n) : null;
        if (fraction != null) {
            return org.perfdecl.checker.report.ServiceTexts.text("ruleset.parameter.type.number.percent",
                    Map.of("key", key, "value", is, "percent", n.asString().strip(), "fraction", fraction));
        }
        return org.perfdecl.checker.report.ServiceTexts.text("ruleset.parameter.type." + accessor, Map.of("key", key, "value", is));
    }

    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]\\s*");

    /**
     * A number written as a percentage ({@code 50%}, {@code 92.5 %}, full-width {@code ％}): the fraction it
     * means ({@code 0.5}, {@code 0.925}), which is what a rate parameter takes; else null. Said beside the
     * "must be a number" of a parameter, so policy staff read what to write instead.
     */
    static String percentAsFraction(JsonNode n) {
        if (n == null || !n.isString()) {
            return null;
        }
        java.util.regex.Matcher m = PERCENT.matcher(java.text.Normalizer.normalize(n.asString(), java.text.Normalizer.Form.NFKC));
        if (!m.matches()) {
            return null;
        }
        return new java.math.BigDecimal(m.group(1)).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    public String text(String key) {
        return require(key).asString();
    }

    public List<String> words(String key) {
        List<String> words = wordLists.get(key);
        if (words == null) {
            require(key);
            throw new IllegalArgumentException(FILE + ": parameter '" + key + "' must be a word or a list of words");
        }
        return words;
    }

    /** A map of names to numbers, e.g. amount units to their size in yuan. */
    public Map<String, Double> numbers(String key) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (var e : require(key).properties()) {
            map.put(e.getKey(), e.getValue().asDouble());
        }
        return map;
    }

    /** A map of names to texts, e.g. comparator words to the sign they stand for. */
    public Map<String, String> texts(String key) {
        Map<String, String> map = new LinkedHashMap<>();
        for (var e : require(key).properties()) {
            map.put(e.getKey(), e.getValue().asString());
        }
        return map;
    }

    /** Every parameter, flattened to dotted keys, for the catalogue and for reviewers. */
    public Map<String, Object> flatten() {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(i -> items.add(i.isNumber() ? i.numberValue() : i.isValueNode() ? i.asString() : i.toString()));
            out.put(prefix, items);
        } else {
            out.put(prefix, node.isNumber() ? node.numberValue() : node.asString());
        }
    }

    /**
     * What each parameter must keep by the file's {@code constraints} section, in short words by dotted key
     * ({@code rate: ≥ 0, ≤ 1}, {@code ≥ budget.executionRate.errorBelow}); a parameter no constraint names is absent.
     */
    public Map<String, List<String>> constraintsByKey() {
        return ParameterConstraints.described(constraints, flatten().keySet());
    }

    /** As {@link #constraintsByKey()}, in a language: in Chinese with the ranges' Chinese names. */
    public Map<String, List<String>> constraintsByKey(org.perfdecl.checker.report.LocalizedText.Language language) {
        return ParameterConstraints.described(constraints, flatten().keySet(), language);
    }

    private JsonNode require(String key) {
        JsonNode n = node(key);
        if (n.isMissingNode() || n.isNull()) {
            throw new IllegalArgumentException(FILE + ": no parameter '" + key + "'");
        }
        return n;
    }

    private JsonNode node(String key) {
        JsonNode n = byKey.get(key);
        return n == null ? tools.jackson.databind.node.MissingNode.getInstance() : n;
    }
}
