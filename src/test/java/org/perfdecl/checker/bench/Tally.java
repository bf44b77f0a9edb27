package org.perfdecl.checker.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts by cause, safe across threads; prints largest first. */
final class Tally {

    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(?:urn:declaration-checker:problem:)?([^\"]{1,80})\"");
    private static final Pattern PROBLEM_TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]{1,80})\"");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String cause) {
        counts.computeIfAbsent(cause, k -> new LongAdder()).increment();
    }

    long get(String cause) {
        LongAdder n = counts.get(cause);
        return n == null ? 0 : n.sum();
    }

    /**
     * "status problem-type" of an answer, e.g. {@code 413 too-large}; the title of a problem without a
     * type, and the content type of an answer that is no problem+json.
     */
    static String cause(int status, String contentType, String body) {
        String text = body == null ? "" : body;
        if (contentType != null && contentType.startsWith("application/problem+json")) {
            Matcher type = PROBLEM_TYPE.matcher(text);
            Matcher title = PROBLEM_TITLE.matcher(text);
            return status + " " + (type.find() ? type.group(1) : title.find() ? "\"" + title.group(1) + "\"" : "problem");
        }
        return status + " (" + (contentType == null ? "no body" : contentType.replaceAll(";.*", "")) + ")";
    }

    static String cause(HttpResponse<String> response) {
        return cause(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** One line per cause, the most frequent first. */
    String lines(String indent) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> out.append(indent).append(String.format("%7d  %s%n", e.getValue().sum(), e.getKey())));
        return out.isEmpty() ? indent + "      0\n" : out.toString();
    }
}
