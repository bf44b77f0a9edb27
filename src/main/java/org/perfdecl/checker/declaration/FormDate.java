package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

/** A date as written on the form; {@code value} is null when it could not be read. */
public record FormDate(String raw, LocalDate value) {

    public boolean isBlank() {
        return raw == null || raw.isBlank();
    }

    /** Canonical JSON: ISO date when it was read, otherwise what was written. */
    @JsonValue
    String json() {
        return value != null ? value.toString() : raw;
    }
}
