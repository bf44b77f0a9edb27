package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/**
 * An amount in yuan as written on the form. {@code value} is null when the text is not a number
 * ("待定"), so the rules can report the raw text instead of the form being rejected.
 */
public record Amount(String raw, BigDecimal value) {

    public static Amount of(BigDecimal value) {
        return new Amount(value.toPlainString(), value);
    }

    public boolean isBlank() {
        return raw == null || raw.isBlank();
    }

    /** Canonical JSON: a number when it was read, otherwise what was written. */
    @JsonValue
    Object json() {
        return value != null ? value : raw;
    }
}
