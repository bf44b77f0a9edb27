package org.perfdecl.checker.declaration;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the canonical JSON of a declaration. Reading is lenient field by field: a field
 * of the wrong type becomes a {@link ReadingNote} (and so a finding) instead of rejecting the form;
 * only text that is not a JSON object at all is refused.
 */
public final class DeclarationJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final Set<String> KNOWN = Set.of("$schema", "$comment", "title", "framework", "budgetYear", "unit",
            "projectName", "projectType", "fundUse", "startDate", "endDate", "overview", "basis", "necessity",
            "safeguards", "totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent", "subProjects",
            "implementationPlan", "overallGoal", "annualGoal", "indicators", "remarks");

    private DeclarationJson() {
    }

    public static Declaration read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
            String where = line == null ? "" : " at line " + line + ", column " + location.getColumnNr();
            throw new InputException("not valid JSON" + where + ": " + e.getOriginalMessage(), line);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InputException("the body is empty: expected a declaration as a JSON object", null);
        }
        if (!root.isObject()) {
            throw new InputException("expected a declaration as a JSON object, got " + kind(root), null);
        }
        Declaration read = new Reader((ObjectNode) root).read();
        return withLines(read, json);
    }

    /**
     * Records the line of every field (JSON Pointer -> line), so findings on a JSON file can point
     * at a line too (SARIF regions, the text report).
     */
    private static Declaration withLines(Declaration d, String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            return d; // cannot happen after a successful readTree; lines are a convenience
        }
        return new Declaration(d.title(), d.framework(), d.budgetYear(), d.unit(), d.projectName(), d.projectType(),
                d.fundUse(), d.startDate(), d.endDate(), d.overview(), d.basis(), d.necessity(), d.safeguards(),
                d.totalBudget(), d.currentYearBudget(), d.lastYearBudget(), d.lastYearSpent(), d.subProjects(),
                d.implementationPlan(), d.overallGoal(), d.annualGoal(), d.indicators(), d.remarks(), d.notes(), lines);
    }

    /** Reads one declaration that is already a tree (an element of a batch); no line numbers. */
    public static Declaration read(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new InputException("expected a declaration as a JSON object, got " + kind(node), null);
        }
        return new Reader(object).read();
    }

    public static String write(Declaration declaration) {
        return MAPPER.writeValueAsString(declaration);
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase();
    }

    /** Walks one object, collecting notes for fields it cannot use. */
    private static final class Reader {
        private final ObjectNode root;
        private final List<ReadingNote> notes = new ArrayList<>();

        Reader(ObjectNode root) {
            this.root = root;
        }

        Declaration read() {
            for (String name : root.propertyNames()) {
                if (!KNOWN.contains(name)) {
                    notes.add(new ReadingNote("/" + name, root.get(name).toString(), "unknownField", null, null));
                }
            }
            return new Declaration(
                    text(root, "/title"), text(root, "/framework"), year(), text(root, "/unit"),
                    text(root, "/projectName"), choices("/projectType"), choices("/fundUse"),
                    date("/startDate"), date("/endDate"), text(root, "/overview"), text(root, "/basis"),
                    text(root, "/necessity"), text(root, "/safeguards"), amount(root, "/totalBudget"),
                    amount(root, "/currentYearBudget"), amount(root, "/lastYearBudget"),
                    amount(root, "/lastYearSpent"),
                    list("/subProjects", (p) -> new SubProject(text(root, p + "/name"), amount(root, p + "/amount"))),
                    text(root, "/implementationPlan"), text(root, "/overallGoal"), text(root, "/annualGoal"),
                    list("/indicators", (p) -> new IndicatorRow(text(root, p + "/level1"), text(root, p + "/level2"),
                            text(root, p + "/level3"), text(root, p + "/target"), text(root, p + "/nature"),
                            text(root, p + "/direction"), text(root, p + "/unit"))),
                    text(root, "/remarks"), notes, null);
        }

        private String text(JsonNode node, String pointer) {
            JsonNode v = node.at(pointer);
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            if (v.isString() || v.isNumber() || v.isBoolean()) {
                return v.asString();
            }
            notes.add(new ReadingNote(pointer, v.toString(), "wrongType", "text", null));
            return null;
        }

        private Integer year() {
            JsonNode v = root.at("/budgetYear");
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            String s = Text.halfWidth(v.asString("")).strip().replaceFirst("年$", "");
            if (v.isIntegralNumber() || s.matches("\\d{4}")) {
                return v.isIntegralNumber() ? v.asInt() : Integer.parseInt(s);
            }
            notes.add(new ReadingNote("/budgetYear", v.toString(), "wrongType", "a year such as 2019", null));
            return null;
        }

        private Amount amount(JsonNode node, String pointer) {
            JsonNode v = node.at(pointer);
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            if (v.isNumber()) {
                return Amount.of(new BigDecimal(v.asString()));
            }
            if (v.isString()) {
                return Text.amount(v.asString());
            }
            return new Amount(v.toString(), null); // an object or array: BUD-006 reports it as not a number
        }

        private FormDate date(String pointer) {
            String raw = text(root, pointer);
            return raw == null ? null : Text.date(raw);
        }

        private List<Choice> choices(String pointer) {
            return list(pointer, (p) -> {
                JsonNode checked = root.at(p + "/checked");
                if (!checked.isMissingNode() && !checked.isBoolean()) {
                    notes.add(new ReadingNote(p + "/checked", checked.toString(), "wrongType", "true or false", null));
                }
                return new Choice(text(root, p + "/label"), checked.asBoolean(false));
            });
        }

        private <T> List<T> list(String pointer, Function<String, T> item) {
            JsonNode v = root.at(pointer);
            if (v.isMissingNode() || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                notes.add(new ReadingNote(pointer, v.toString(), "wrongType", "a list", null));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isObject()) {
                    // keep the row (empty) so that later rows keep their index, and pointers stay true
                    notes.add(new ReadingNote(pointer + "/" + i, v.get(i).toString(), "wrongType", "an object", null));
                }
                items.add(item.apply(pointer + "/" + i));
            }
            return items;
        }
    }
}
