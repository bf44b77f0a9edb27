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
 * are, an indicator row's field named by its 三级 name (a row added above another does not make the other's
 * findings new); {@code unchanged} counts those in both. Findings of one rule at one field are counted: two IND-007
 * on the annual goal before and one after is one fixed.
 */
public record VersionChanges(List<Change> fixed, @com.fasterxml.jackson.annotation.JsonProperty("new") List<Change> added,
                             int unchanged) {

    /** A finding that came or went: its rule, field, severity and message (en and zh). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String ruleId, String field, String severity, String messageZh, String messageEn) {
    }

    /** The changes between two reports (their JSON as stored). */
    public static VersionChanges between(JsonNode earlier, JsonNode later) {
        Map<String, List<Change>> before = findings(earlier);
        Map<String, List<Change>> after = findings(later);
        List<Change> fixed = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        int unchanged = 0;
        for (var e : before.entrySet()) {
            int kept = after.getOrDefault(e.getKey(), List.of()).size();
            unchanged += Math.min(kept, e.getValue().size());
            fixed.addAll(e.getValue().subList(Math.min(kept, e.getValue().size()), e.getValue().size()));
        }
        for (var e : after.entrySet()) {
            int was = before.getOrDefault(e.getKey(), List.of()).size();
            added.addAll(e.getValue().subList(Math.min(was, e.getValue().size()), e.getValue().size()));
        }
        return new VersionChanges(fixed, added, unchanged);
    }

    private static Map<String, List<Change>> findings(JsonNode report) {
        Map<String, List<Change>> found = new LinkedHashMap<>();
        for (JsonNode f : report.path("findings")) {
            String rule = f.path("ruleId").asString();
            String field = f.hasNonNull("field") ? f.path("field").asString() : null;
            String same = org.perfdecl.checker.report.Fingerprint.stableField(field, f.hasNonNull("indicator") ? f.path("indicator").asString() : null);
            found.computeIfAbsent(rule + "\u0000" + (same == null ? "" : same), k -> new ArrayList<>()).add(new Change(rule, field,
                    f.path("severity").asString(null), f.path("message").path("zh").asString(null),
                    f.path("message").path("en").asString(null)));
        }
        return found;
    }
}
