package org.perfdecl.checker.declaration;

import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON text, in words a declaring unit understands (service-texts {@code json.*}),
 * not the parser's own ("Unexpected character ('b' (code 98))", "StreamReadConstraints.getMaxNestingDepth()").
 */
public final class JsonSyntax {

    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern CHARACTER = Pattern.compile("character \\('(.{1,2})' \\(code");

    /** The parser's words when a name was expected (after { or a comma inside an object). */
    private static final java.util.List<String> NAME_EXPECTED =
            java.util.List.of("double-quote to start", "to start field name", "to start property name");

    /** The parser's words (any of them) and the key of ours that says the same; first match wins. */
    private static final Map<java.util.List<String>, String> WORDINGS = orderedWordings();

    private static Map<java.util.List<String>, String> orderedWordings() {
        Map<java.util.List<String>, String> w = new java.util.LinkedHashMap<>();
        w.put(NAME_EXPECTED, "json.name-quotes");
        w.put(java.util.List.of("comma to separate Object"), "json.comma-object");
        w.put(java.util.List.of("comma to separate Array"), "json.comma-array");
        w.put(java.util.List.of("colon to separate"), "json.colon");
        w.put(java.util.List.of("Unexpected close marker"), "json.close");
        w.put(java.util.List.of("Illegal unquoted character"), "json.control");
        w.put(java.util.List.of("Unrecognized character escape"), "json.escape");
        w.put(java.util.List.of("Invalid UTF-8", "Invalid UTF-16", "Invalid UTF-32"), "json.encoding");
        w.put(java.util.List.of("Trailing token"), "json.trailing");
        w.put(java.util.List.of("Leading zeroes", "numeric value", "Non-standard token"), "json.number");
        return java.util.Collections.unmodifiableMap(w);
    }

    private JsonSyntax() {
    }

    public static LocalizedText reason(JacksonException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            Matcher limit = LIMIT.matcher(m);
            String max = limit.find() ? limit.group(1) : null;
            if (m.contains("nesting depth")) {
                return max == null ? say("json.too-deep.unknown", Map.of()) : say("json.too-deep", Map.of("max", max));
            }
            if (m.contains("Number value length") || m.contains("Number length")) {
                return say("json.number-too-long", Map.of());
            }
            return say("json.too-long", Map.of());
        }
        if (m.contains("end-of-input")) {
            return say(m.contains("closing quote") || m.contains("in a String") || m.contains("in VALUE_STRING") ? "json.end-in-text" : "json.end", Map.of());
        }
        Matcher closing = CHARACTER.matcher(m);
        if (closing.find() && closing.group(1).equals("}") && NAME_EXPECTED.stream().anyMatch(m::contains)) {
            // a name was expected and a } came: only a comma before it asks for a name there ({} is an empty object),
            // the trailing comma a hand edit leaves, not a name without its double quotes
            return say("json.comma-before-close", Map.of());
        }
        for (var wording : WORDINGS.entrySet()) {
            for (String fragment : wording.getKey()) {
                if (m.contains(fragment)) {
                    return say(wording.getValue(), Map.of());
                }
            }
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return say("json.token", Map.of("token", token.group(1)));
        }
        Matcher character = CHARACTER.matcher(m);
        if (character.find()) {
            return say("json.value", Map.of("character", character.group(1)));
        }
        return say("json.other", Map.of());
    }

    private static LocalizedText say(String key, Map<String, ?> arguments) {
        return ServiceTexts.text(key, arguments);
    }
}
