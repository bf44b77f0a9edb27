package org.perfdecl.checker.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import lombok.Builder;
import lombok.Value;

/**
 * How a 指标目标值 was read (domain.md §4). The raw value is always kept; {@code normalised} is what the
 * checker understood (e.g. {@code $\geq 90\%$} reads as {@code ≥90%}).
 */
@Value
@Builder
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TargetReading {

    /** RATE, QUANTITY, AMOUNT, DATE, BOOLEAN, QUALITATIVE or UNREADABLE. */
    String kind;
    String raw;
    String normalised;
    /** One of ≥ ≤ = > < ±, or null when none was written. */
    String comparator;
    Double number;
    /** Normalised unit: %, 元, 万元, 元/人, 人次, … or null. */
    String unit;
    /** Words written before the number, e.g. 偏差率 in {@code 偏差率=0}. */
    String qualifier;
    /** For AMOUNT in a plain money unit: the value in yuan (万元 × 10,000). */
    Double yuan;
    /** For BOOLEAN: true for 是, false for 否. */
    Boolean yes;
    /** Markup (LaTeX, HTML) had to be removed to read it. */
    boolean markup;
    /** Blank, or a placeholder such as {@code **} or {@code ≧ %}. */
    boolean missing;
    /** Why it could not be read, or what it may be: severalNumbers, dateSerial, noNumber. */
    String note;
}
