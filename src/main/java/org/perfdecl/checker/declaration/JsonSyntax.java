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
final class JsonSyntax {

    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern CHARACTER = Pattern.compile("character \\('(.{1,2})' \\(code");

    private JsonSyntax() {
    }

    static LocalizedText reason(JacksonException e) {
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
        if (m.contains("double-quote to start") || m.contains("to start field name") || m.contains("to start property name")) {
            return say("json.name-quotes", Map.of());
        }
        if (m.contains("comma to separate Object")) {
            return say("json.comma-object", Map.of());
        }
        if (m.contains("comma to separate Array")) {
            return say("json.comma-array", Map.of());
        }
        if (m.contains("colon to separate")) {
            return say("json.colon", Map.of());
        }
        if (m.contains("Unexpected close marker")) {
            return say("json.close", Map.of());
        }
        if (m.contains("Illegal unquoted character")) {
            return say("json.control", Map.of());
        }
        if (m.contains("Unrecognized character escape")) {
            return say("json.escape", Map.of());
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-16") || m.contains("Invalid UTF-32")) {
            return say("json.encoding", Map.of());
        }
        if (m.contains("Trailing token")) {
            return say("json.trailing", Map.of());
        }
        if (m.contains("Leading zeroes") || m.contains("numeric value") || m.contains("Non-standard token")) {
            return say("json.number", Map.of());
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
