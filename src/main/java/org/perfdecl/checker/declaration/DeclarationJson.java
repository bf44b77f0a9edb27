package org.perfdecl.checker.declaration;

import org.perfdecl.checker.report.ServiceTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads and writes the canonical JSON of a declaration. Reading is lenient field by field: a field
 * of the wrong type becomes a {@link ReadingNote} (and so a finding) instead of rejecting the form;
 * only text that is not a JSON object at all is refused.
 */
public final class DeclarationJson {

    /**
     * The characters of the longest number a declaration is read as a number from: every amount, year and
     * count is far shorter. A longer one (the parser's own limit refused the whole text at 1,000) is read
     * as its text, as is one whose exponent no decimal holds (1e99999999999), so its field gets a finding.
     */
    static final int MAX_NUMBER_CHARS = 100;

    public static final ObjectMapper MAPPER = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    // a number's length is bounded by the body; the tree reader takes a long one as text
                    .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                            .maxNumberLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // exact amounts, and 1e400 stays a (too large) number instead of becoming Infinity
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> KNOWN = Set.of("$schema", "$comment", "title", "framework", "budgetYear", "unit",
            "projectName", "projectType", "fundUse", "startDate", "endDate", "overview", "basis", "necessity",
            "safeguards", "totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent", "lastYearExecutionRate", "subProjects",
            "implementationPlan", "overallGoal", "annualGoal", "indicators", "remarks");

    /** The fields of a row of each table (as the schema has them): any other is noted where it stands. */
    private static final Set<String> INDICATOR = Set.of("level1", "level2", "level3", "target", "nature", "direction", "unit");
    private static final Set<String> SUB_PROJECT = Set.of("name", "amount", "sources", "total");
    private static final Set<String> SOURCE = Set.of("name", "amount");
    private static final Set<String> CHOICE = Set.of("label", "checked");

    /**
     * The member of a declaration that may carry last year's form of the project (read by the input
     * pipeline, not part of the declaration itself).
     */
    public static final String PREVIOUS = "previous";

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    private DeclarationJson() {
    }

    public static Declaration read(String json) {
        return read(parseWithLines(json));
    }

    /**
     * A JSON text parsed once: its tree, the line of every field (JSON Pointer -> line, so findings on a
     * JSON file point at a line too: SARIF regions, the text report), and the fields written twice in one
     * object (the tree keeps the last) with their second line.
     */
    public record Parsed(JsonNode root, Map<String, Integer> lines, Map<String, Integer> repeated) {
    }

    /** Parses the text as {@link #parse} does, recording each field's line in the same pass. */
    public static Parsed parseWithLines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> repeated = new java.util.LinkedHashMap<>();
        JsonNode root = parse(() -> new LineRecordingParser(MAPPER.createParser(json), lines, repeated));
        return new Parsed(root, lines, repeated);
    }

    /** Reads the declaration that the parsed text holds, its fields with their lines. */
    public static Declaration read(Parsed parsed) {
        JsonNode root = parsed.root();
        if (root == null || root.isMissingNode()) {
            throw InputException.coded("empty", "the body is empty: expected a declaration as a JSON object", null);
        }
        if (!root.isObject()) {
            throw notAnObject(root);
        }
        return new Reader((ObjectNode) root, parsed.lines(), parsed.repeated()).read();
    }

    /** Parses any JSON (a batch, say); what is not JSON is refused with its line and column. */
    public static JsonNode parse(String json) {
        return parse(() -> MAPPER.createParser(json));
    }

    private static JsonNode parse(java.util.function.Supplier<JsonParser> parsers) {
        try (JsonParser parser = new NumbersBeyondReachAsText(parsers.get())) {
            return MAPPER.readTree(parser);
        } catch (JacksonException e) {
            var location = e.getLocation();
            Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("reason", JsonSyntax.reason(e));
            String key = "unreadable.not-json.reason";
            if (line != null) {
                arguments.put("line", line);
                arguments.put("column", location.getColumnNr());
                key = location.getColumnNr() > 0 ? "unreadable.not-json.at" : "unreadable.not-json.line";
            }
            throw InputException.told("not-json", ServiceTexts.text(key, arguments), line == null ? null : Location.line(line));
        }
    }

    /**
     * A number token the checker cannot hold as a number (longer than {@link #MAX_NUMBER_CHARS}, or a
     * decimal whose exponent is out of range) shows as a string token of the same text: the tree reader
     * would spend time quadratic in its digits on it, or fail and lose the whole form.
     */
    private static final class NumbersBeyondReachAsText extends JsonParserDelegate {
        private boolean asText;

        NumbersBeyondReachAsText(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            asText = token != null && token.isNumeric() && !holdable(token);
            return asText ? JsonToken.VALUE_STRING : token;
        }

        @Override
        public JsonToken nextValue() {
            JsonToken token = super.nextValue();
            asText = token != null && token.isNumeric() && !holdable(token);
            return asText ? JsonToken.VALUE_STRING : token;
        }

        private boolean holdable(JsonToken token) {
            if (delegate.getStringLength() > MAX_NUMBER_CHARS) {
                return false;
            }
            try {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    delegate.getDecimalValue();
                }
                return true;
            } catch (NumberFormatException | JacksonException outOfRange) {
                return false;
            }
        }

        @Override
        public JsonToken currentToken() {
            return asText ? JsonToken.VALUE_STRING : super.currentToken();
        }

        @Override
        public int currentTokenId() {
            return asText ? tools.jackson.core.JsonTokenId.ID_STRING : super.currentTokenId();
        }

        @Override
        public boolean hasToken(JsonToken t) {
            return asText ? t == JsonToken.VALUE_STRING : super.hasToken(t);
        }

        @Override
        public boolean hasTokenId(int id) {
            return asText ? id == tools.jackson.core.JsonTokenId.ID_STRING : super.hasTokenId(id);
        }

        @Override
        public boolean isExpectedNumberIntToken() {
            return !asText && super.isExpectedNumberIntToken();
        }
    }

    /** Records the line of every field (JSON Pointer -> line) as the tokens go by. */
    private static final class LineRecordingParser extends JsonParserDelegate {
        private final Map<String, Integer> lines;
        private final Deque<String> containers = new ArrayDeque<>();
        private final Deque<int[]> nextIndex = new ArrayDeque<>(); // next array index, or -1 in an object
        private String field = "";

        private final Map<String, Integer> repeated;

        /** @param repeated gets each field written twice in one object (the tree keeps the last), with its second line */
        LineRecordingParser(JsonParser parser, Map<String, Integer> lines, Map<String, Integer> repeated) {
            super(parser);
            this.lines = lines;
            this.repeated = repeated;
        }

        /**
         * Jackson's tree reader fetches property names with nextName(), which the delegate would answer
         * without passing through {@link #nextToken()}: so the names are recorded in the same pass.
         */
        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t = super.nextToken();
            if (t == null) {
                return null;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                containers.pop();
                nextIndex.pop();
                return t;
            }
            int line = currentTokenLocation().getLineNr();
            if (t == JsonToken.PROPERTY_NAME) {
                field = containers.peek() + "/" + currentName().replace("~", "~0").replace("/", "~1");
                if (lines.putIfAbsent(field, line) != null && !insideRepeated(field)) {
                    repeated.putIfAbsent(field, line);
                }
                return t;
            }
            String here = containers.isEmpty() ? ""
                    : nextIndex.peek()[0] >= 0 ? containers.peek() + "/" + nextIndex.peek()[0]++ : field;
            lines.putIfAbsent(here, line);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                containers.push(here);
                nextIndex.push(new int[]{t == JsonToken.START_ARRAY ? 0 : -1});
            }
            return t;
        }

        /** Whether the field lies in an object that is itself a repeat: its own fields repeat as a matter of course. */
        private boolean insideRepeated(String field) {
            for (String p = field; p.lastIndexOf('/') > 0; ) {
                p = p.substring(0, p.lastIndexOf('/'));
                if (repeated.containsKey(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads one declaration that is already a tree (an element of a batch); no line numbers. */
    public static Declaration read(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw notAnObject(node);
        }
        return new Reader(object, null, Map.of()).read();
    }

    public static String write(Declaration declaration) {
        return MAPPER.writeValueAsString(declaration);
    }

    /** Follows a JSON Pointer without compiling it (this runs for every field of every check). */
    private static JsonNode at(JsonNode node, String pointer) {
        JsonNode current = node;
        int from = 1;
        while (from <= pointer.length() && current != null && !current.isMissingNode()) {
            int to = pointer.indexOf('/', from);
            String segment = pointer.substring(from, to < 0 ? pointer.length() : to);
            current = current.isArray() ? current.path(arrayIndex(segment)) : current.path(segment);
            from = to < 0 ? pointer.length() + 1 : to + 1;
        }
        return current == null ? tools.jackson.databind.node.MissingNode.getInstance() : current;
    }

    /** An array index, or -1 (a missing element) for a segment that is not one. */
    private static int arrayIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    /** A JSON value that is no object where a declaration belongs: not-a-form, said the same way in both languages. */
    private static InputException notAnObject(JsonNode node) {
        return InputException.told("not-a-form", ServiceTexts.text("unreadable.not-a-form.json",
                Map.of("kind", ServiceTexts.text("json.kind." + kind(node), Map.of()))), null);
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase();
    }

    /**
     * The one known field {@code name} is a slip of the pen away from (a letter missing, extra, wrong or two
     * swapped, or another case), or null: none is near, or two are equally near ({@code level4}).
     */
    static String nearest(String name, Set<String> known) {
        if (name.length() > 40) {
            return null;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate.startsWith("$") || Math.abs(candidate.length() - name.length()) > 2) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        // one slip in a short name, two in a longer one: "unit" and "name" are not slips of each other
        int allowed = Math.min(2, Math.max(1, Math.min(name.length(), best == null ? 0 : best.length()) / 4));
        return best != null && !tie && bestDistance <= allowed ? best : null;
    }

    /** Edits from one to the other: a letter inserted, deleted or replaced, or two neighbours swapped. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Walks one object, collecting notes for fields it cannot use. */
    private static final class Reader {
        private final ObjectNode root;
        private final Map<String, Integer> lines;
        private final Map<String, Integer> repeated;
        private final List<ReadingNote> notes = new ArrayList<>();
        /** Unknown fields looked at for a known one they are a slip of (the notes listed are bounded too). */
        private int suggestions;

        Reader(ObjectNode root, Map<String, Integer> lines, Map<String, Integer> repeated) {
            this.root = root;
            this.lines = lines;
            this.repeated = repeated;
        }

        Declaration read() {
            // a field written twice is read as JSON parsers do, by its last value; the user hears of the first
            repeated.forEach((pointer, line) -> notes.add(new ReadingNote(pointer, root.at(pointer).toString(),
                    "repeatedField", null, Location.line(line))));
            unknownFields(root, "", KNOWN);
            return new Declaration(
                    text(root, "/title"), text(root, "/framework"), year(), text(root, "/unit"),
                    text(root, "/projectName"), choices("/projectType"), choices("/fundUse"),
                    date("/startDate", false), date("/endDate", true), text(root, "/overview"), text(root, "/basis"),
                    text(root, "/necessity"), text(root, "/safeguards"), amount(root, "/totalBudget"),
                    amount(root, "/currentYearBudget"), amount(root, "/lastYearBudget"),
                    amount(root, "/lastYearSpent"), text(root, "/lastYearExecutionRate"),
                    list("/subProjects", SUB_PROJECT, (row, p) -> new SubProject(text(row, p, "name"), amount(row.path("amount")),
                            list(p + "/sources", SOURCE, (source, q) -> new SubProject.Source(text(source, q, "name"),
                                    amount(source.path("amount")))), amount(row.path("total")))),
                    text(root, "/implementationPlan"), text(root, "/overallGoal"), text(root, "/annualGoal"),
                    list("/indicators", INDICATOR, (row, p) -> {
                        String nature = text(row, p, "nature");
                        String unit = text(row, p, "unit");
                        String direction = text(row, p, "direction");
                        return new IndicatorRow(text(row, p, "level1"), text(row, p, "level2"), text(row, p, "level3"),
                                IndicatorRow.targetAsRead(nature, direction, text(row, p, "target"), unit), nature,
                                direction, unit);
                    }),
                    text(root, "/remarks"), notes, locations());
        }

        /** The line each field of the JSON starts on, as its location. */
        private Map<String, Location> locations() {
            if (lines == null) {
                return Map.of(); // read from a parsed tree: no lines known
            }
            return new LineLocations(lines);
        }

        private String text(JsonNode node, String pointer) {
            return valueText(at(node, pointer), pointer, null);
        }

        /**
         * A field of a row already found ({@code row} at {@code rowPointer}): looked up in it rather than
         * walked to from the root, which for every field of every indicator was most of reading a form.
         */
        private String text(JsonNode row, String rowPointer, String field) {
            return valueText(row.path(field), rowPointer, field);
        }

        /** The value as text; {@code field} (when not null) is appended to the pointer of a note only when one is made. */
        private String valueText(JsonNode v, String pointer, String field) {
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            if (v.isString() || v.isNumber() || v.isBoolean()) {
                return v.asString();
            }
            notes.add(new ReadingNote(field == null ? pointer : pointer + "/" + field, v.toString(), "wrongType", "text", null));
            return null;
        }

        private Integer year() {
            JsonNode v = at(root, "/budgetYear");
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            String s = Text.halfWidth(v.asString("")).strip();
            s = s.endsWith("年") ? s.substring(0, s.length() - 1) : s;
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                return v.asInt();
            }
            if (v.isString() && YEAR.matcher(s).matches()) {
                return Integer.parseInt(s);
            }
            notes.add(new ReadingNote("/budgetYear", v.toString(), "wrongType", "year", null));
            return null;
        }

        private Amount amount(JsonNode node, String pointer) {
            return amount(at(node, pointer));
        }

        private static Amount amount(JsonNode v) {
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            if (v.isNumber()) {
                return Amount.of(v.decimalValue());
            }
            if (v.isString()) {
                return Text.amount(v.asString());
            }
            return new Amount(v.toString(), null); // an object or array: BUD-006 reports it as not a number
        }

        private FormDate date(String pointer, boolean end) {
            String raw = text(root, pointer);
            return raw == null ? null : end ? Text.endDate(raw) : Text.date(raw);
        }

        private List<Choice> choices(String pointer) {
            return list(pointer, CHOICE, (row, p) -> {
                JsonNode checked = row.path("checked");
                if (!checked.isMissingNode() && !checked.isBoolean()) {
                    notes.add(new ReadingNote(p + "/checked", checked.toString(), "wrongType", "boolean", null));
                }
                return new Choice(text(row, p, "label"), checked.asBoolean(false));
            });
        }

        /**
         * Notes every member of {@code object} (at {@code pointer}) that is none of {@code known}: it is ignored, and
         * the finding says so at its pointer ({@code /indicators/0/targt}), naming the field it is one slip away
         * from when there is one ({@code misspeltField}, "did you mean target"), else as {@code unknownField}.
         */
        private void unknownFields(JsonNode object, String pointer, Set<String> known) {
            for (String name : object.propertyNames()) {
                if (known.contains(name) || known == KNOWN && PREVIOUS.equals(name)) {
                    continue;
                }
                String near = suggestions++ < SizeLimits.MAX_NOTES ? nearest(name, known) : null;
                notes.add(new ReadingNote(pointer + "/" + name, object.get(name).toString(),
                        near == null ? "unknownField" : "misspeltField", near, null));
            }
        }

        /** The rows of a table, each an object of the fields {@code known}; a row's other fields are noted. */
        private <T> List<T> list(String pointer, Set<String> known, BiFunction<JsonNode, String, T> item) {
            JsonNode v = at(root, pointer);
            if (v.isMissingNode() || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                notes.add(new ReadingNote(pointer, v.toString(), "wrongType", "list", null));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode row = v.get(i);
                String rowPointer = pointer + "/" + i;
                if (!row.isObject()) {
                    // keep the row (empty) so that later rows keep their index, and pointers stay true
                    notes.add(new ReadingNote(rowPointer, row.toString(), "wrongType", "object", null));
                } else {
                    unknownFields(row, rowPointer, known);
                }
                items.add(item.apply(row, rowPointer));
            }
            return items;
        }
    }
}
