package org.perfdecl.checker.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import lombok.Builder;
import lombok.Value;

/**
 * How a 指标目标值 was read. The raw value is always kept; {@code normalised} is what the checker
 * understood (e.g. {@code $\geq 90\%$} reads as {@code ≥90%}).
 */
@Value
@Builder(toBuilder = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TargetReading {

    /**
     * RATE, QUANTITY, AMOUNT, DATE, BOOLEAN, QUALITATIVE; EMPTY (blank), PLACEHOLDER (a template cell
     * left unfilled: {@code **}, {@code ≧ %}, a unit with no number, a row marked not applicable) or
     * UNREADABLE (something is written but it is not one value).
     */
    String kind;
    String raw;
    String normalised;
    /** One of ≥ ≤ = > < ±, or null when none was written. */
    String comparator;
    Double number;
    /** For a range ({@code 90%-95%}, read as ≥ its lower end): its upper end; otherwise null. */
    Double upper;
    /** Normalised unit: %, 元, 万元, 元/人, 人次, … or null. */
    String unit;
    /** Words written before the number, e.g. 偏差率 in {@code 偏差率=0}. */
    String qualifier;
    /** For AMOUNT in a plain money unit: the value in yuan (万元 × 10,000). */
    Double yuan;
    /** For BOOLEAN: true for 是, false for 否. */
    Boolean yes;
    /** Words written after the unit, kept aside: 发放到户 in {@code 500元/户发放到户}. */
    String rest;
    /** For a DATE that names months: the first and last month, as 2023-07 (equal for one month). */
    String start;
    String end;
    /** Markup (LaTeX, HTML) had to be decoded to read it. */
    boolean markup;
    /** EMPTY or PLACEHOLDER: the row has no target value. */
    boolean missing;
    /**
     * What the reader noticed: placeholder, noNumber, notApplicable, severalNumbers, dateSerial, noName
     * (a bare number under an indicator without a name), spreadsheetError (#REF!: a failed formula), strayPercent (a % after a money unit),
     * incompleteUnit (250万 under a money indicator), trailingWords (see {@code rest}), range (see {@code upper}),
     * fraction (≥0.95 under a rate name, read as ≥95%), reference (见附件: the target is elsewhere), grade (4A级),
     * misspeltUnit (45.8公理: a unit mistyped by an input method, read as meant: reading.misspeltUnits), roundTheClock
     * (7×24小时: a service round the clock, words: reading.roundTheClock).
     */
    String note;

    /**
     * For a DATE: its last month as a yyyymm number (202712), comparable with the form's months
     * ({@code Form.endMonth}) and years; null when the target names no month.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Integer getLastMonth() {
        if (end == null || end.length() < 4) {
            return null;
        }
        try {
            int year = Integer.parseInt(end.substring(0, 4));
            return end.length() >= 7 ? year * 100 + Integer.parseInt(end.substring(5, 7)) : year * 100 + 12;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
