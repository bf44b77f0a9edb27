package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.ruleset.Policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target value into comparator, number, unit and kind. The vocabulary (units, yes/no words,
 * placeholders, time words) comes from the {@code reading} section of the parameter file.
 */
public final class TargetReader {

    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([a-zA-Z]+|%)");
    private static final Pattern HTML = Pattern.compile("<[^>]+>|&[a-z]+;");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** A comparator or unit with no number: a placeholder such as {@code ≧ %}. */
    private static final Pattern ONLY_COMPARATOR = Pattern.compile("^[≥≤=<>±]*%?$|^[≥≤=<>±]+.*");
    private static final Pattern UNIT_QUALIFIER = Pattern.compile("(以内|以上|以下|左右|及以上|及以下)$");
    private static final Pattern NUMBER_SPACE_NUMBER = Pattern.compile("\\d\\s+\\d");
    private static final Pattern VALUE = Pattern.compile(
            "^(?<qualifier>[^\\d≥≤=<>±]*?)(?<cmp>≥|≤|=|>|<|±)?(?<num>-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)(?<unit>[^\\d]*)$");
    private static final Pattern DATE_LIKE = Pattern.compile("(?:19|20)\\d{2}年|\\d{1,2}月(?:底|末|前|份|中旬|上旬|下旬|\\d)?");

    private final List<String> rateUnits;
    private final Map<String, Double> amountUnits;
    private final List<String> amountUnitsLongestFirst;
    private final List<String> yesWords;
    private final List<String> noWords;
    private final List<String> placeholders;
    private final List<String> timeWords;
    private final double serialMin;
    private final double serialMax;
    private final Map<String, String> comparatorWords;
    private final List<String> rateQualifierSuffixes;

    public TargetReader(Policy policy) {
        this.rateUnits = policy.words("reading.rateUnits");
        this.amountUnits = policy.numbers("reading.amountUnits");
        this.amountUnitsLongestFirst = amountUnits.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.yesWords = policy.words("reading.yesWords");
        this.noWords = policy.words("reading.noWords");
        this.placeholders = policy.words("reading.placeholders");
        this.timeWords = policy.words("reading.timeWords");
        this.serialMin = policy.number("reading.dateSerial.min");
        this.serialMax = policy.number("reading.dateSerial.max");
        this.comparatorWords = policy.texts("reading.comparatorWords");
        this.rateQualifierSuffixes = policy.words("reading.rateQualifierSuffixes");
    }

    public TargetReading read(String raw) {
        String original = raw == null ? "" : raw;
        var b = TargetReading.builder().raw(original);
        String s = Text.halfWidth(original).strip();
        boolean markup = s.contains("$") || LATEX_COMMAND.matcher(s).find() || HTML.matcher(s).find();
        if (markup) {
            s = stripMarkup(s);
        }
        b.markup(markup);
        if (s.isEmpty()) {
            return b.kind("UNREADABLE").missing(true).normalised("").build();
        }
        if (placeholders.stream().anyMatch(s::contains)) {
            return b.kind("UNREADABLE").missing(true).normalised(s).note("placeholder").build();
        }
        if (NUMBER_SPACE_NUMBER.matcher(s).find()) {
            return b.kind("UNREADABLE").normalised(s).note("severalNumbers").build();
        }
        s = comparators(Text.noSpaces(s));
        if (DATE_LIKE.matcher(s).find()) {
            return b.kind("DATE").normalised(s).build();
        }
        Matcher m = VALUE.matcher(s);
        if (m.matches()) {
            return number(b, m);
        }
        if (!HAS_DIGIT.matcher(s).find()) {
            if (ONLY_COMPARATOR.matcher(s).matches()) {
                return b.kind("UNREADABLE").missing(true).normalised(s).note("noNumber").build();
            }
            if (yesWords.contains(s)) {
                return b.kind("BOOLEAN").yes(true).normalised(s).build();
            }
            if (noWords.contains(s)) {
                return b.kind("BOOLEAN").yes(false).normalised(s).build();
            }
            if (timeWords.stream().anyMatch(s::contains)) {
                return b.kind("DATE").normalised(s).build();
            }
            return b.kind("QUALITATIVE").normalised(s).build();
        }
        return b.kind("UNREADABLE").normalised(s).note("severalNumbers").build();
    }

    private TargetReading number(TargetReading.TargetReadingBuilder b, Matcher m) {
        String qualifier = m.group("qualifier");
        String cmp = m.group("cmp");
        String digits = m.group("num");
        double number = Double.parseDouble(digits.replace(",", ""));
        String written = m.group("unit");
        String unit = UNIT_QUALIFIER.matcher(written).replaceAll("");
        if (cmp == null && (written.endsWith("以内") || written.endsWith("以下"))) {
            cmp = "≤";
        } else if (cmp == null && written.endsWith("以上")) {
            cmp = "≥";
        }
        if (rateUnits.contains(unit)) {
            unit = "%";
        }
        b.comparator(cmp).number(number).unit(unit.isEmpty() ? null : unit)
                .qualifier(qualifier.isEmpty() ? null : qualifier)
                .normalised((qualifier) + (cmp == null ? "" : cmp) + format(number) + unit);
        if ("%".equals(unit) || (unit.isEmpty() && rateQualifierSuffixes.stream().anyMatch(qualifier::endsWith))) {
            return b.kind("RATE").build();
        }
        for (String money : amountUnitsLongestFirst) {
            if (unit.startsWith(money)) {
                if (unit.equals(money)) {
                    b.yuan(number * amountUnits.get(money));
                }
                return b.kind("AMOUNT").build();
            }
        }
        if (unit.isEmpty() && cmp == null && qualifier.isEmpty() && number == Math.rint(number)
                && number >= serialMin && number <= serialMax) {
            // Excel shows a date cell as its serial number (44561 = 2021-12-31) when the format is lost
            LocalDate date = LocalDate.of(1899, 12, 30).plusDays((long) number);
            return b.kind("UNREADABLE").note("dateSerial").normalised(date.toString()).build();
        }
        return b.kind("QUANTITY").build();
    }

    private static String stripMarkup(String s) {
        String out = s.replace("\\geqslant", "≥").replace("\\leqslant", "≤").replace("\\geq", "≥")
                .replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤").replace("\\pm", "±")
                .replace("\\%", "%").replace("\\times", "×");
        out = LATEX_COMMAND.matcher(out).replaceAll("");
        out = HTML.matcher(out).replaceAll("");
        return out.replace("$", "").replace("{", "").replace("}", "").strip();
    }

    private String comparators(String s) {
        String out = s.replace(">=", "≥").replace("=>", "≥").replace("≧", "≥").replace("≥=", "≥")
                .replace("<=", "≤").replace("=<", "≤").replace("≦", "≤").replace("≤=", "≤")
                .replace("+/-", "±").replace("+-", "±");
        for (var e : comparatorWords.entrySet()) {
            if (out.startsWith(e.getKey())) {
                out = e.getValue() + out.substring(e.getKey().length());
            }
        }
        return out;
    }

    private static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number) : Double.toString(number);
    }
}
