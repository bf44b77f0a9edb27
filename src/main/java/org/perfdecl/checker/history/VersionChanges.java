package org.perfdecl.checker.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of a project to the next: findings fixed (in the earlier report, not in
 * the later) and findings new (the other way round), a finding being the same when its rule ID and field
 * are; {@code unchanged} counts those in both.
 */
public record VersionChanges(List<Change> fixed, @com.fasterxml.jackson.annotation.JsonProperty("new") List<Change> added,
                             int unchanged) {

    /** A finding that came or went: its rule, field, severity and message (en and zh). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String ruleId, String field, String severity, String messageZh, String messageEn) {
    }

    /** The changes between two reports (their JSON as stored). */
    public static VersionChanges between(JsonNode earlier, JsonNode later) {
        Map<String, Change> before = findings(earlier);
        Map<String, Change> after = findings(later);
        List<Change> fixed = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        int unchanged = 0;
        for (var e : before.entrySet()) {
            if (after.containsKey(e.getKey())) {
                unchanged++;
            } else {
                fixed.add(e.getValue());
            }
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                added.add(e.getValue());
            }
        }
        return new VersionChanges(fixed, added, unchanged);
    }

    private static Map<String, Change> findings(JsonNode report) {
        Map<String, Change> found = new LinkedHashMap<>();
        for (JsonNode f : report.path("findings")) {
            String rule = f.path("ruleId").asString();
            String field = f.hasNonNull("field") ? f.path("field").asString() : null;
            found.putIfAbsent(rule + "\u0000" + (field == null ? "" : field), new Change(rule, field,
                    f.path("severity").asString(null), f.path("message").path("zh").asString(null),
                    f.path("message").path("en").asString(null)));
        }
        return found;
    }
}
