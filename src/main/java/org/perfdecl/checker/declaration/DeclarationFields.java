package org.perfdecl.checker.declaration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The field names of the canonical declaration, read from its JSON schema (the one the service publishes): each field
 * of the form, and for a list (indicators, subProjects, projectType …) the fields of its rows.
 */
public final class DeclarationFields {

    /** The form's fields; a list's maps to its rows' field names, any other to null. */
    public static final Map<String, Set<String>> TOP;
    /** Every name a field may have, at any level. */
    public static final Set<String> NAMES;

    static {
        Map<String, Set<String>> top = new HashMap<>();
        Set<String> names = new HashSet<>();
        try (var in = DeclarationFields.class.getResourceAsStream("/static/schema/declaration.schema.json")) {
            tools.jackson.databind.JsonNode schema = new tools.jackson.databind.ObjectMapper().readTree(in);
            for (var property : schema.path("properties").properties()) {
                tools.jackson.databind.JsonNode type = property.getValue();
                String ref = type.path("$ref").asString("");
                if (ref.startsWith("#/$defs/")) {
                    type = schema.path("$defs").path(ref.substring("#/$defs/".length()));
                }
                Set<String> rowFields = null;
                if (type.path("items").path("properties").isObject()) {
                    rowFields = Set.copyOf(type.path("items").path("properties").propertyNames());
                    names.addAll(rowFields);
                }
                top.put(property.getKey(), rowFields);
                names.add(property.getKey());
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("the declaration's schema is part of the checker and did not read: " + e, e);
        }
        TOP = java.util.Collections.unmodifiableMap(top);
        NAMES = Set.copyOf(names);
    }

    private DeclarationFields() {
    }
}
