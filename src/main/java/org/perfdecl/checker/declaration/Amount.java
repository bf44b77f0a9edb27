package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/**
 * An amount in yuan as written on the form. {@code value} is null when the text is not a number
 * ("待定"), so the rules can report the raw text instead of the form being rejected.
 */
public record Amount(String raw, BigDecimal value) {

    /**
     * Amounts are compared as doubles, which hold whole numbers exactly up to 15 digits; a number
     * with more integer digits (or more than {@value #MAX_DECIMALS} decimals) is not an amount a form
     * can mean, and reads as "not a number" — also so that 1e999999999 is never written out in full.
     */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 8;

    public static Amount of(BigDecimal value) {
        return of(value, null);
    }

    /** {@code value} as written in {@code raw} (its plain form when raw is null), or "not a number" when out of range. */
    public static Amount of(BigDecimal value, String raw) {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
            return new Amount(raw != null ? raw : value.toString(), null);
        }
        return new Amount(raw != null ? raw : value.toPlainString(), canonical(value));
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
