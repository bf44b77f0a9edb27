package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/**
 * An amount in yuan as written on the form. {@code value} is null when the text is not a number
 * ("待定"), so the rules can report the raw text instead of the form being rejected.
 */
public record Amount(String raw, BigDecimal value) {

    public static Amount of(BigDecimal value) {
        return new Amount(value.toPlainString(), canonical(value));
    }

    /** The same written amount in another unit: 727 under a 万元 label is 7,270,000 yuan. */
    public Amount times(BigDecimal factor) {
        return value == null ? this : new Amount(raw, canonical(value.multiply(factor)));
    }

    /** 7270000.00 and 7.27E+6 both as 7270000, so equal amounts compare and print alike. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
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
