package org.perfdecl.checker.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every rule id stands for, kept in one place ({@code rules/catalogue.yaml}): its category, its
 * severities and the regulation it applies. Rules carry only {@code @id} (and {@code @severity} for a
 * band other than the first), so the Drools rules that share an id cannot disagree.
 */
public record Catalogue(Map<String, Entry> entries) {

    public static final String FILE = "catalogue.yaml";

    public Catalogue {
        entries = Map.copyOf(entries);
    }

    /**
     * @param severities the first is the id's default; the others are bands that a rule names with
     *                   {@code @severity(...)}, e.g. BUD-001 is a WARNING and, below a lower threshold, an ERROR
     */
    public record Entry(String id, String category, List<String> severities, String reference) {
        public String severity() {
            return severities.get(0);
        }
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
