package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.ruleset.Policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a target value (指标目标值) into kind, comparator, number and unit, the way a budget reviewer
 * reads it. Every word it knows (units, traditional characters, yes/no words, deadlines, what an
 * indicator's name implies) comes from the {@code reading} section of the parameter file; the code
 * holds only the shape of a value: [qualifier][comparator]number[unit][bound word][rest].
 *
 * <p>Every step is a single pass or a bounded look-ahead, so reading is linear in the value's length.
 */
public final class TargetReader {

    private static final String COMPARATORS = "≥≤=<>±";
    /** What stands between the two ends of a range (the separators of {@link #RANGE}). */
    private static final String RANGE_DASHES = "~～-—–－至到";
    /** A thousands separator and a decimal point: inside a number, spaces either side of them are a wrapped cell's. */
    private static final String NUMBER_MARKS = ",.";
    /** Dots that join two divisors of a unit: 元/人·月 (per person and month). */
    private static final String PER_JOINS = "·•・";
    /**
     * What follows the first number of a range: 70%-75%, 90~95%, 28万-30万人, 3至5个. The first unit, if
     * written, must begin the second (the same unit); the dash is any a keyboard or a font gives.
     */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "([^\\d~～\\-—–－至到]{0,4})(?:~|～|-|—|–|－|至|到)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(\\D*)");

    private final ReadingVocabulary v;

    public TargetReader(Policy policy) {
        this.v = new ReadingVocabulary(policy);
    }

    /** A value read on its own, without the indicator it belongs to. */
    public TargetReading read(String raw) {
        return read(raw, null, null);
    }

    /**
     * A value read with its indicator's 二级 and 三级 names, which decide what a bare number measures
     * ({@code >=85} under 合格率 is a rate). A null {@code level3} means no row; a blank one, a row
     * whose name was left empty.
     */
    public TargetReading read(String raw, String level2, String level3) {
        String original = raw == null ? "" : raw;
        var b = TargetReading.builder().raw(original);
        Markup.Decoded decoded = Markup.decode(Text.halfWidth(original));
        b.markup(decoded.markup());
        String s = notations(ChineseNumerals.groupsInDigits(ChineseNumerals.datesInDigits(
                ChineseNumerals.percentsInDigits(zerosInDigits(technical(v.simplified(Text.halfWidth(decoded.text()))))))));
        IndicatorName name = IndicatorName.of(level2, level3, v);
        if (s.isBlank()) {
            return b.kind("EMPTY").missing(true).normalised("").build();
        }
        if (v.spreadsheetErrors.contains(Text.noSpaces(s).toUpperCase(java.util.Locale.ROOT)) || COLUMN_TOO_NARROW.matcher(s.strip()).matches()) {
            // #REF!, #VALUE!: a formula that failed left no value behind
            return b.kind("UNREADABLE").normalised(s.strip()).note("spreadsheetError").build();
        }
        if (ReadingVocabulary.startsWithAny(Text.noSpaces(s), v.roundTheClock)) {
            // 7×24小时: a service round the clock, a manner (as 实时 is), not a figure (nor a template's *)
            return b.kind("QUALITATIVE").normalised(Text.noSpaces(s)).note("roundTheClock").build();
        }
        if (ReadingVocabulary.containsAny(s, v.placeholders)
                || v.blankMarks.contains(Text.noSpaces(s).toUpperCase(java.util.Locale.ROOT))) {
            return placeholder(written(b, s), s, "placeholder");
        }
        int answerNote = answerBeforeNote(s);
        if (answerNote > 0) {
            // 是（达标）, 否（未发生）: the answer, its note kept aside
            TargetReading answer = readValue(b, s.substring(0, answerNote), name, level3);
            return answer.toBuilder().rest(s.strip().substring(answerNote)).build();
        }
        Note note = trailingNote(s);
        if (note != null) {
            // 95%以上（含95%）, 12期（每月1期）: the value is read without its note, which is kept aside
            return withNote(readValue(b, note.value(), name, level3), note);
        }
        return readValue(b, s, name, level3);
    }

    /** A spreadsheet's ######## : a number its column is too narrow to show, so no value the form can be read by. */
    private static final java.util.regex.Pattern COLUMN_TOO_NARROW = java.util.regex.Pattern.compile("#{2,}");
    /** 1.5×10⁴, 1.5×10^4, 1.5x10⁴: a number in scientific notation (the unit after it kept). */
    private static final java.util.regex.Pattern POWER_OF_TEN = java.util.regex.Pattern.compile(
            "(?<![\\d.])(\\d++(?:\\.\\d++)?)\\s*[×xX*]\\s*10\\s*(?:\\^\\s*([-−]?\\d{1,2})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** 1亿2千万元, 3亿5000万: hundreds of millions before a count of ten-thousands, read in ten-thousands (12000万元). */
    private static final java.util.regex.Pattern YI_BEFORE_WAN = java.util.regex.Pattern.compile("(\\d{1,4})亿(\\d{1,4})([千百十])?万");
    private static final String YI_GROUPS = "十百千";
    /** 半小时, 半天: half of a unit of time, not after a figure (1个半小时 is no such half). */
    private static final java.util.regex.Pattern HALF_OF_TIME = java.util.regex.Pattern.compile("(?<![\\d个.])半(?=个?小时|天|日|个月|分钟)");
    /** 1个半小时, 2个半月: a count of hours or months and a half (1.5小时, 2.5个月). */
    private static final java.util.regex.Pattern HOURS_AND_A_HALF = java.util.regex.Pattern.compile("(\\d{1,3})个半(?=小时|月)");
    /** 20±2℃: a nominal value and its tolerance, read as the nominal value (a tolerance alone, ±0.2℃, stays ±). */
    private static final java.util.regex.Pattern NOMINAL_AND_TOLERANCE = java.util.regex.Pattern.compile("(?<![\\d.])(\\d++(?:\\.\\d++)?)±\\d++(?:\\.\\d++)?");
    /** 4.8/5分, 90/100分: a score over its full score, read as the score. */
    private static final java.util.regex.Pattern SCORE_OVER_FULL = java.util.regex.Pattern.compile("^([≥≤=<>]?)(\\d+(?:\\.\\d+)?)/(\\d+)(分)");
    /** A date and a time of day, as a spreadsheet writes a date cell out: 2026-06-30 00:00:00. */
    private static final java.util.regex.Pattern DATE_AND_TIME = java.util.regex.Pattern.compile(
            "(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** A time of day, 9:00, 17:00:00 (hours to 24, minutes and seconds under 60). */
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile("(?<![\\d:])(?:[01]?\\d|2[0-4]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])");
    /** 1小时30分钟: a duration in hours and minutes, read in minutes (90分钟). */
    private static final java.util.regex.Pattern HOURS_AND_MINUTES = java.util.regex.Pattern.compile("(\\d{1,3})个?小时(\\d{1,2})分钟?");

    /**
     * Notations of a number the reader reads as digits: scientific notation (1.5×10⁴亩 is 15000亩), hundreds of millions
     * before ten-thousands (1亿2千万元 is 12000万元), hours and minutes (1小时30分钟 is 90分钟), a minus in words before a
     * figure (reading.minusWords: 零下26℃ is -26℃) and a footnote mark after a figure (reading.footnoteMarks: 95%* is 95%).
     */
    private String notations(String s) {
        String t = s;
        if (t.indexOf('1') >= 0 && t.indexOf('0') >= 0) {
            java.util.regex.Matcher m = POWER_OF_TEN.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int exponent = m.group(2) != null ? Integer.parseInt(m.group(2).replace('−', '-')) : superscript(m.group(3));
                m.appendReplacement(out, new java.math.BigDecimal(m.group(1)).scaleByPowerOfTen(exponent).stripTrailingZeros().toPlainString());
            }
            t = m.appendTail(out).toString();
        }
        if (t.indexOf('亿') >= 0) {
            java.util.regex.Matcher m = YI_BEFORE_WAN.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                long below = Long.parseLong(m.group(2)) * (m.group(3) == null ? 1 : (long) Math.pow(10, YI_GROUPS.indexOf(m.group(3)) + 1));
                m.appendReplacement(out, (Long.parseLong(m.group(1)) * 10000 + below) + "万");
            }
            t = m.appendTail(out).toString();
        }
        if (t.indexOf('时') >= 0) {
            java.util.regex.Matcher m = HOURS_AND_MINUTES.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, (Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) + "分钟");
            }
            t = m.appendTail(out).toString();
        }
        if (t.indexOf(':') > 0) {
            t = DATE_AND_TIME.matcher(t).replaceAll("$1"); // 2026-06-30 00:00:00: the date, its time of day aside
        }
        if (t.indexOf('半') >= 0) {
            String halves = t;
            t = HALF_OF_TIME.matcher(HOURS_AND_A_HALF.matcher(halves)
                    .replaceAll(m -> m.group(1) + ".5" + (halves.startsWith("月", m.end()) ? "个" : ""))).replaceAll("0.5");
        }
        if (t.indexOf('±') > 0) {
            t = NOMINAL_AND_TOLERANCE.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('/') > 0) {
            java.util.regex.Matcher m = SCORE_OVER_FULL.matcher(Text.noSpaces(t));
            if (m.find() && Double.parseDouble(m.group(2)) <= Double.parseDouble(m.group(3))) {
                t = m.group(1) + m.group(2) + m.group(4) + Text.noSpaces(t).substring(m.end());
            }
        }
        for (String label : v.targetLabels) {
            int at = t.lastIndexOf(label);
            if (at > 0 && hasDigit(t.substring(at + label.length()))) {
                t = t.substring(at + label.length()); // 上年基数：92%；目标：95%: the target, not the base
            }
        }
        String compact = Text.noSpaces(t);
        for (var word : v.wordFigures.entrySet()) {
            if (compact.startsWith(word.getKey()) && !hasDigit(compact)) {
                t = word.getValue() + compact.substring(word.getKey().length()); // 上万人次, 近千人, 过半, 零增长
                break;
            }
        }
        for (String minus : v.minusWords) {
            int at = t.indexOf(minus);
            if (at >= 0 && at + minus.length() < t.length() && DateReader.isDigit(t.charAt(at + minus.length()))) {
                t = t.substring(0, at) + "-" + t.substring(at + minus.length());
            }
        }
        String stripped = t.strip();
        boolean cut = true;
        while (cut && hasDigit(stripped)) {
            cut = false;
            for (String mark : v.footnoteMarks) {
                if (stripped.length() > mark.length() && stripped.endsWith(mark)) {
                    stripped = stripped.substring(0, stripped.length() - mark.length()).strip();
                    cut = true;
                }
            }
        }
        return stripped.length() == t.strip().length() ? t : stripped;
    }

    /** A place in an order (reading.ordinalWords and reading.rankUnits: 第5位, 第3名), which ranks and does not measure. */
    private boolean rank(String compact) {
        for (String ordinal : v.ordinalWords) {
            int at = compact.indexOf(ordinal);
            while (at >= 0) {
                int end = at + ordinal.length();
                while (end < compact.length() && DateReader.isDigit(compact.charAt(end))) {
                    end++;
                }
                if (end > at + ordinal.length() && ReadingVocabulary.startsWithAny(compact.substring(end), v.rankUnits)) {
                    return true;
                }
                at = compact.indexOf(ordinal, at + 1);
            }
        }
        return false;
    }

    /**
     * A value whose figures are times of day and a date or a recurring day: what is left without its times of day is
     * nothing but their joins, a period (每日), a date, or a deadline.
     */
    private boolean clockTimeDate(String compact) {
        java.util.regex.Matcher m = CLOCK_TIME.matcher(compact);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll("");
        String bare = rest;
        for (char c : RANGE_MARKS.toCharArray()) {
            bare = bare.replace(String.valueOf(c), "");
        }
        for (String end : v.deadlineEnds) {
            bare = bare.endsWith(end) ? bare.substring(0, bare.length() - end.length()) : bare;
        }
        if (bare.isEmpty()) {
            return true;
        }
        for (String per : v.perWords) {
            if (bare.startsWith(per) && (v.timeUnits.contains(bare.substring(per.length())) || DateReader.find(bare, v) != null
                    || onlyDayOfPeriod(bare.substring(per.length())))) {
                return true; // 每日9:00-21:00, 每月3日17:00前
            }
        }
        return DateReader.find(rest.strip(), v) != null; // 2026-06-30 00:00:00: a date, its time of day aside
    }

    /** 月3日: a period and the day of it (as 每月3日 names a day of every month). */
    private boolean onlyDayOfPeriod(String s) {
        for (String unit : v.timeUnits) {
            if (s.startsWith(unit)) {
                String day = s.substring(unit.length());
                int digits = 0;
                while (digits < day.length() && DateReader.isDigit(day.charAt(digits))) {
                    digits++;
                }
                return digits > 0 && (day.substring(digits).equals("日") || day.substring(digits).equals("号"));
            }
        }
        return false;
    }

    private static int superscript(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) {
            if (c != '⁻') {
                n = n * 10 + SUPERSCRIPTS.indexOf(c);
            }
        }
        return digits.startsWith("⁻") ? -n : n;
    }

    /**
     * A substance's formula written with its digits as no number (CO2减排100吨: CO₂, reading.substanceNames) and a unit of
     * area or volume typed without its superscript as the unit (μg/m3: μg/m³, reading.flatPowerUnits).
     */
    private String technical(String s) {
        return ReadingVocabulary.rewritten(ReadingVocabulary.rewritten(s, v.substanceNames, false), v.flatPowerUnits, true);
    }

    private TargetReading readValue(TargetReading.TargetReadingBuilder b, String s, IndicatorName name, String level3) {
        String compact = comparators(Text.noSpaces(withoutEnumeration(s)));
        boolean digits = hasDigit(compact);
        if (ReadingVocabulary.containsAny(compact, v.notApplicable)
                || (!digits && name.known() && ReadingVocabulary.containsAny(v.simplified(level3), v.notApplicable))) {
            return placeholder(b, compact, "notApplicable");
        }
        if (ReadingVocabulary.startsWithAny(compact, v.referenceWords)) {
            return placeholder(b, compact, "reference"); // 见附件, 详见实施方案: the target is not in the form
        }
        if (!digits) {
            for (String zero : v.zeroWords) {
                if (compact.equals(zero)) {
                    return number(b, "0", name); // 零 under 事故发生次数
                }
                if (compact.length() > zero.length() && compact.startsWith(zero)) {
                    // 零事故, 零投诉: a count of none is a number, as 0起 is
                    return number(b, "0" + compact.substring(zero.length()), name);
                }
            }
            if (v.deadlineWords.contains(compact)) {
                return words(b, compact, name); // 三季度: a quarter of the year, not a count of quarters
            }
            if (ReadingVocabulary.startsWithAny(compact, v.indefiniteCounts)) {
                return words(b, compact, name); // 一批, 若干: a count that says no number
            }
            String frequency = frequencyInNumerals(compact);
            if (frequency != null) {
                return number(b, frequency, name); // 一周两次, 每周两次: 2 次/周
            }
            String range = rangeInNumerals(compact);
            if (range != null) {
                return readValue(b, range, name, level3); // 三至五万册: as 3至5万册
            }
            String count = countInDigits(compact);
            if (count == null && !v.commonNumerals(compact).equals(compact)) {
                count = countInDigits(v.commonNumerals(compact)); // 叁辆, 贰拾万元: a voucher's numerals
            }
            if (count != null) {
                return number(b, count, name); // 三座, 不少于二十场: a count written in Chinese numerals
            }
            if (ReadingVocabulary.containsAny(compact, v.currencyWordsOrCapitals)) {
                org.perfdecl.checker.declaration.Amount amount = Text.amount(compact, null);
                if (amount.value() != null && Text.unitNamed(compact) != null) {
                    // 人民币叁万伍仟元整: an amount in a voucher's numerals, in yuan
                    return number(b, amount.value().stripTrailingZeros().toPlainString() + "元", name);
                }
            }
            Boolean echoed = echoedAnswer(compact, level3);
            if (echoed != null) {
                return b.kind("BOOLEAN").yes(echoed).normalised(compact).build(); // 建立 under 是否建立…台账
            }
            return words(b, compact, name);
        }
        if (standardCode(compact) || ReadingVocabulary.containsAny(compact, v.standardWords)) {
            // GB3838-2002 Ⅲ类: the digits name a standard, not a target
            return words(b, compact, name).toBuilder().note("standard").build();
        }
        TargetReading ratio = ratio(b, compact, name, level3);
        if (ratio != null) {
            return ratio;
        }
        if (rank(compact)) {
            return words(b, compact, name).toBuilder().note("rank").build(); // 排名第5位以内: an order, not a measure
        }
        if (clockTimeDate(compact)) {
            return b.kind("DATE").normalised(compact).build(); // 每日9:00-21:00, 每月3日17:00前, 2026-06-30 00:00:00
        }
        if (monthDayDeadline(compact)) {
            return b.kind("DATE").normalised(compact).build(); // 6.30前: by the 30th of June
        }
        TargetReading every = everySeveral(b, compact, name);
        if (every != null) {
            return every;
        }
        int group = groupEnd(compact);
        if (group > 0) {
            // 80-89周岁每人每月100元: the ages name whom the value is for, the value is read after them
            TargetReading r = readValue(b.build().toBuilder(), compact.substring(group), name, level3);
            if (r.getNumber() != null) {
                String ages = compact.substring(0, group);
                return r.toBuilder().qualifier(ages + (r.getQualifier() == null ? "" : r.getQualifier()))
                        .normalised(ages + r.getNormalised()).build();
            }
        }
        int baseline = baselineEnd(compact);
        if (baseline > 0) {
            // 由0.55提高到0.6, 较2024年减少3天: the figure or year changed from is no target; the change is read
            TargetReading r = readValue(b.build().toBuilder(), compact.substring(baseline), name, level3);
            if (r.getNumber() != null) {
                String base = compact.substring(0, baseline);
                return r.toBuilder().qualifier(base + (r.getQualifier() == null ? "" : r.getQualifier()))
                        .normalised(base + r.getNormalised()).build();
            }
        }
        String single = oneValue(withoutEnumeration(s));
        if (single == null) {
            // a range wrapped or typed with spaces around its dash (3 - 5 个, 90% ～ 95%) is one value
            single = oneValue(withoutSpacesAroundDashes(withoutEnumeration(s)));
        }
        if (single == null) {
            // a number a wrapped cell split (9 5%, 1 200台, ≥ 9 8 %) is one number, when a unit follows it
            String joined = withoutSpacesInsideNumbers(withoutSpacesAroundDashes(withoutEnumeration(s)));
            single = joined == null ? null : oneValue(joined);
        }
        if (single == null) {
            DateReader.Span span = DateReader.find(compact, v);
            if (span != null) {
                return b.kind("DATE").normalised(compact).start(span.start()).end(span.end()).build();
            }
            return b.kind("UNREADABLE").normalised(s.strip()).note("severalNumbers").build();
        }
        String value = comparators(single);
        DateReader.Span span = DateReader.find(value, v);
        if (span != null) {
            return b.kind("DATE").normalised(value).start(span.start()).end(span.end()).build();
        }
        return number(b, value, name);
    }

    /**
     * Where a group named by a figure in reading.groupUnits ends, before the value (80-89周岁 of 80-89周岁每人每月100元,
     * 65岁以上 is no such group: words and a second number must follow the unit); 0 when the value is not so.
     */
    private int groupEnd(String compact) {
        if (compact.isEmpty() || !DateReader.isDigit(compact.charAt(0))) {
            return 0;
        }
        int end = numberEnd(compact, 0);
        if (end + 1 < compact.length() && RANGE_MARKS.indexOf(compact.charAt(end)) >= 0
                && DateReader.isDigit(compact.charAt(end + 1))) {
            end = numberEnd(compact, end + 1); // 80-89周岁
        }
        for (String unit : v.groupUnits) {
            if (compact.startsWith(unit, end)) {
                String rest = compact.substring(end + unit.length());
                return hasDigit(rest) && !DateReader.isDigit(rest.charAt(0)) ? end + unit.length() : 0;
            }
        }
        return 0;
    }

    /**
     * Where the baseline of a change ends: reading.baselineWords, then a four-digit year with 年 (and 度) and no digit right
     * after it, or a number with its unit, then words and a second number (由0.55提高到0.6: after 0.55; 较2024年减少3天: after
     * 年). 0 when the value is not so.
     */
    private int baselineEnd(String compact) {
        for (String word : v.baselineWords) {
            int from = word.length();
            if (!compact.startsWith(word) || from >= compact.length() || !DateReader.isDigit(compact.charAt(from))) {
                continue;
            }
            int end = numberEnd(compact, from);
            if (end - from == 4 && end < compact.length() && compact.charAt(end) == '年') {
                end++;
                if (end < compact.length() && compact.charAt(end) == '度') {
                    end++;
                }
            } else {
                String unit = v.unitAt(compact, end);
                end += unit == null ? 0 : unit.length();
            }
            String rest = compact.substring(end);
            if (rest.isEmpty() || DateReader.isDigit(rest.charAt(0)) || !hasDigit(rest)
                    || ReadingVocabulary.startsWithAny(rest, v.baselineWords)) {
                // one baseline only: the rest is read once, never a chain of them (由1由1由1…)
                return 0;
            }
            return end;
        }
        return 0;
    }

    /**
     * The look-alike zeros (reading.lookAlikeZeros: O, 〇) in a run of digits that starts with a digit, as 0, unless a Latin
     * letter follows the run: 1OO% is 100%, 1〇0% 100%; CO2 and 10Mbps keep their letters. One pass.
     */
    private String zerosInDigits(String s) {
        char[] chars = null;
        int i = 0;
        while (i < s.length()) {
            if (!DateReader.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean alike = false;
            while (j < s.length() && (DateReader.isDigit(s.charAt(j)) || v.lookAlikeZeros.contains(s.charAt(j)))) {
                alike |= !DateReader.isDigit(s.charAt(j));
                j++;
            }
            char next = j < s.length() ? s.charAt(j) : ' ';
            if (alike && !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                for (int k = i; k < j; k++) {
                    if (!DateReader.isDigit(chars[k])) {
                        chars[k] = '0';
                    }
                }
            }
            i = j;
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * An answer that repeats the verb after the name's yes/no marker (建立 under 是否建立动态管理台账: yes), or the verb
     * negated (未建立: no); null for anything else. Two characters at least, so that one does not answer by chance.
     */
    private Boolean echoedAnswer(String compact, String level3) {
        if (level3 == null || compact.length() < 2 || v.yesNoMarker.isEmpty()) {
            return null;
        }
        String name = v.simplified(Text.noSpaces(Text.halfWidth(level3)));
        int at = name.indexOf(v.yesNoMarker);
        if (at < 0) {
            return null;
        }
        String asked = name.substring(at + v.yesNoMarker.length());
        if (asked.startsWith(compact)) {
            return true;
        }
        for (String negation : v.negations) {
            String verb = compact.substring(Math.min(negation.length(), compact.length()));
            if (compact.startsWith(negation) && verb.length() >= 2 && asked.startsWith(verb)) {
                return false;
            }
        }
        return null;
    }

    /** The value, spaces aside, names a standard by its code (reading.standardCodes) followed by its number. */
    private boolean standardCode(String compact) {
        String upper = compact.toUpperCase(java.util.Locale.ROOT);
        for (String code : v.standardCodes) {
            int at = upper.indexOf(code.toUpperCase(java.util.Locale.ROOT));
            int after = at + code.length();
            if (at >= 0 && after < upper.length() && DateReader.isDigit(upper.charAt(after))
                    && (at == 0 || !(upper.charAt(at - 1) >= 'A' && upper.charAt(at - 1) <= 'Z'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ratio of two numbers, [comparator]a:b (reading.ratioSigns), under a name of a ratio (reading.ratioNames):
     * one to one under a rate name is 100%; any other has no single figure and reads as words (note ratio).
     * Null for anything else (8:30 under 开放时间 is no ratio).
     */
    private TargetReading ratio(TargetReading.TargetReadingBuilder b, String compact, IndicatorName name, String level3) {
        if (level3 == null || !ReadingVocabulary.containsAny(v.simplified(Text.noSpaces(Text.halfWidth(level3))), v.ratioNames)) {
            return null;
        }
        String t = compact;
        for (String sign : v.ratioSigns) {
            t = t.replace(sign, ":");
        }
        int i = 0;
        while (i < t.length() && COMPARATORS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        int from = i;
        int first = firstDigit(t);
        if (first > i && ReadingVocabulary.containsAny(t.substring(i, first), v.ratioNames) && t.indexOf(':', first) > first) {
            from = first; // 师生比1:15: the ratio named before its figures
        }
        int colon = t.indexOf(':', from);
        if (colon <= from || colon == t.length() - 1 || !plainNumber(t, from, colon) || !plainNumber(t, colon + 1, t.length())) {
            return null;
        }
        double left = Double.parseDouble(t.substring(from, colon));
        double right = Double.parseDouble(t.substring(colon + 1));
        if (left == right && left > 0 && name.rate()) {
            // 1:1 under 配套资金比例: as much again, 100%
            String comparator = i > 0 ? t.substring(0, 1) : null;
            return b.kind("RATE").comparator(comparator).number(100.0).unit("%").note("ratio")
                    .normalised((comparator == null ? "" : comparator) + "100%").build();
        }
        return b.kind("QUALITATIVE").normalised(t).note("ratio").build();
    }

    private static boolean plainNumber(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean dot = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot && i > from && i < to - 1) {
                dot = true;
            } else if (!DateReader.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A frequency over several units of time, written before its count: 每2个月1次 reads as 1 次/2个月. Null when
     * the value is not [words]每 number time-unit [words]number unit.
     */
    private TargetReading everySeveral(TargetReading.TargetReadingBuilder b, String compact, IndicatorName name) {
        for (String word : v.perWords) {
            int at = compact.indexOf(word);
            int from = at + word.length();
            int numeral = at < 0 ? -1 : ChineseNumerals.countEnd(compact, from);
            if (numeral > from && !DateReader.isDigit(compact.charAt(from))) {
                Double several = ChineseNumerals.value(compact.substring(from, numeral));
                String time = v.unitAt(compact, numeral);
                if (several != null && several > 1 && time != null && v.timeUnits.contains(time)) {
                    // 每两周1次: as 每2周1次
                    return everySeveral(b, compact.substring(0, from) + format(several) + compact.substring(numeral), name);
                }
            }
            if (at < 0 || from >= compact.length() || !DateReader.isDigit(compact.charAt(from))) {
                continue;
            }
            int end = numberEnd(compact, from);
            String time = v.unitAt(compact, end);
            if (time == null || !v.timeUnits.contains(time) || !hasDigit(compact.substring(end + time.length()))) {
                return null;
            }
            String every = compact.substring(from, end + time.length());
            TargetReading r = number(b.build().toBuilder(), compact.substring(0, at) + compact.substring(end + time.length()), name);
            if (r.getNumber() == null || r.getUnit() == null || r.getUnit().indexOf('/') >= 0 || "%".equals(r.getUnit())) {
                return null;
            }
            return r.toBuilder().unit(r.getUnit() + "/" + every)
                    .normalised(r.getNormalised() + "/" + every).build();
        }
        return null;
    }

    /**
     * A frequency in Chinese numerals: 每 (or 一) and a unit of time, then a count in numerals (一周两次, 每周两次), as
     * 每周2次; null for anything else.
     */
    private String frequencyInNumerals(String compact) {
        int from = -1;
        for (String word : v.perWords) {
            if (compact.startsWith(word)) {
                from = word.length();
            }
        }
        if (from < 0 && compact.length() > 1) {
            // one numeral character meaning one (一周两次), read only when a unit of time follows it
            String time = v.unitAt(compact, 1);
            Double value = time != null && v.timeUnits.contains(time) && ChineseNumerals.countEnd(compact, 0) == 1
                    ? ChineseNumerals.value(compact.substring(0, 1)) : null;
            from = value != null && value == 1 ? 1 : -1;
        }
        String time = from < 0 ? null : v.unitAt(compact, from);
        if (time == null || !v.timeUnits.contains(time)) {
            return null;
        }
        String count = countInDigits(compact.substring(from + time.length()));
        return count == null || !hasDigit(count) ? null : v.perWords.get(0) + time + count;
    }

    /** A range in Chinese numerals (三至五万册, 三到五个): in digits (3至5万册), or null. */
    private String rangeInNumerals(String compact) {
        int mark = -1;
        for (int i = 1; i < Math.min(compact.length(), RANGE_NUMERAL_MAX + 1) && mark < 0; i++) {
            mark = RANGE_MARKS.indexOf(compact.charAt(i)) >= 0 ? i : -1;
        }
        if (mark < 0) {
            return null; // no range mark after a numeral of a few characters: the numeral is not read twice
        }
        int end = ChineseNumerals.countEnd(compact, 0);
        Double lower = end > 0 ? ChineseNumerals.value(compact.substring(0, end)) : null;
        if (lower == null || end + 1 >= compact.length() || RANGE_MARKS.indexOf(compact.charAt(end)) < 0) {
            return null;
        }
        String upper = countInDigits(compact.substring(end + 1));
        return upper == null || !DateReader.isDigit(upper.charAt(0)) ? null
                : format(lower) + compact.charAt(end) + upper;
    }

    private static final String RANGE_MARKS = "~～-—–－至到";
    /** The longest lower end of a range in numerals looked for (一万二千五百 is six characters). */
    private static final int RANGE_NUMERAL_MAX = 12;

    /** A month and day with a dot, then the word of a deadline (6.30前, 12.31之前): a date. */
    private boolean monthDayDeadline(String compact) {
        int dot = compact.indexOf('.');
        if (dot < 1 || dot > 2 || !plainNumber(compact, 0, dot)) {
            return false;
        }
        int end = dot + 1;
        while (end < compact.length() && end < dot + 3 && DateReader.isDigit(compact.charAt(end))) {
            end++;
        }
        int month = Integer.parseInt(compact.substring(0, dot));
        int day = end > dot + 1 ? Integer.parseInt(compact.substring(dot + 1, end)) : 0;
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && v.deadlineEnds.contains(compact.substring(end));
    }

    /**
     * The value with the spaces inside a number taken out: between two digits (9 5% -> 95%, 1 200台 -> 1200台) and
     * either side of a thousands separator or decimal point between digits (1 ,200人, 3, 600人次, 1 .2万吨); null when
     * there are none or no unit follows the last digit: a bare 88 100 may be two numbers.
     */
    private static String withoutSpacesInsideNumbers(String s) {
        String out = withoutSpacesWhere(s, (before, after) -> (DateReader.isDigit(before) || NUMBER_MARKS.indexOf(before) >= 0)
                && (DateReader.isDigit(after) || NUMBER_MARKS.indexOf(after) >= 0)
                && (DateReader.isDigit(before) || DateReader.isDigit(after)));
        boolean joined = out.length() < s.length();
        if (!joined) {
            return null;
        }
        String t = out.strip();
        int last = t.length() - 1;
        while (last >= 0 && !DateReader.isDigit(t.charAt(last))) {
            last--;
        }
        return last == t.length() - 1 ? null : t;
    }

    /**
     * Where the bracketed note after a yes/no answer begins ({@code 是（达标）}), or -1: the words before it are a
     * whole answer (reading.yesWords, noWords).
     */
    private int answerBeforeNote(String s) {
        String t = s.strip();
        int open = t.indexOf('(');
        if (open <= 0 || !t.endsWith(")") || t.indexOf('(', open + 1) >= 0) {
            return -1;
        }
        String answer = Text.noSpaces(t.substring(0, open));
        return v.yesWords.contains(answer) || v.noWords.contains(answer) ? open : -1;
    }

    /**
     * A count written in Chinese numerals, as the whole value: [comparator]numeral unit[bound word]
     * (三座, 两次, ≥二十场, 三个工作日内), in digits; null for anything else, so that a sentence with a
     * numeral in it (新建三个站点, 一次性补助) stays words.
     */
    private String countInDigits(String s) {
        int i = 0;
        while (i < s.length() && COMPARATORS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int end = ChineseNumerals.countEnd(s, i);
        if (end == i) {
            return null;
        }
        Double value = ChineseNumerals.value(s.substring(i, end));
        String magnitude = v.unitAt(s, end);
        // 十五万亩, 两万余人: a magnitude at the numeral's end stays with the unit, as after digits (15万亩)
        magnitude = magnitude != null && v.bareMagnitudes.contains(magnitude) ? magnitude : "";
        end += magnitude.length();
        String over = "";
        for (String word : v.overWords.keySet()) {
            if (s.startsWith(word, end)) {
                over = word; // 十余个: more than ten
                break;
            }
        }
        end += over.length();
        String unit = value == null ? null : v.unitAt(s, end);
        if (unit == null && value != null && !magnitude.isEmpty()) {
            unit = ""; // 十二万: a magnitude without its unit, as 2.5万 is
        }
        if (unit == null || v.rateUnits.contains(unit)) {
            return null;
        }
        int unitEnd = end + unit.length();
        while (!unit.isEmpty() && unitEnd + 1 < s.length()
                && (s.charAt(unitEnd) == '/' || PER_JOINS.indexOf(s.charAt(unitEnd)) >= 0)) {
            String per = v.unitAt(s, unitEnd + 1); // 一千五百元/人, 八十元/人·月: the unit's divisors
            if (per == null) {
                return null;
            }
            unitEnd += 1 + per.length();
        }
        unit = s.substring(end, unitEnd);
        String rest = s.substring(unitEnd);
        if (!rest.isEmpty() && v.boundWordsLongestFirst.stream().noneMatch(e -> e.getKey().equals(rest))) {
            return null;
        }
        return s.substring(0, i) + format(value) + magnitude + over + unit + rest;
    }

    private TargetReading words(TargetReading.TargetReadingBuilder b, String s, IndicatorName name) {
        int i = 0;
        while (i < s.length() && COMPARATORS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String comparator = i > 0 ? s.substring(0, 1) : null;
        if (onlyUnits(s, i)) {
            return placeholder(written(b, s), s, "noNumber");
        }
        if (v.yesWords.contains(s)) {
            return b.kind("BOOLEAN").yes(true).normalised(s).build();
        }
        if (v.noneWords.contains(s) && name.known() && (name.blank() || name.category())) {
            // 无 in a row without a name, or one named only by its category (生态效益), answers no question
            return placeholder(b, s, "placeholder");
        }
        if (v.noWords.contains(s)) {
            return b.kind("BOOLEAN").yes(false).normalised(s).build();
        }
        for (String all : v.allWords) {
            String answer = s.startsWith(all) ? s.substring(all.length()) : "";
            if (v.yesWords.contains(answer) || v.noWords.contains(answer)) {
                // 全部达标, 均合格: the same answer for every thing counted
                return b.kind("BOOLEAN").yes(v.yesWords.contains(answer)).normalised(s).build();
            }
        }
        if (ReadingVocabulary.containsAny(s, v.deadlineWords) || recurringDeadline(s)) {
            return b.kind("DATE").normalised(s).build();
        }
        return b.kind("QUALITATIVE").normalised(s).build();
    }

    /**
     * 每周一前, 每周五下班前, 每周一前完成上周审查: 每 and a unit of time, then within a few characters the point of each
     * period before which (reading.deadlineEnds); what is done by then may follow.
     */
    private boolean recurringDeadline(String s) {
        for (String word : v.perWords) {
            int at = s.indexOf(word);
            String time = at < 0 ? null : v.unitAt(s, at + word.length());
            if (time == null || !v.timeUnits.contains(time)) {
                continue;
            }
            int from = at + word.length() + time.length();
            for (int i = from; i < Math.min(s.length(), from + POINT_IN_PERIOD_MAX); i++) {
                for (String end : v.deadlineEnds) {
                    if (s.startsWith(end, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How far after 每周 its point may be written: 一 (每周一前), 五下班 (每周五下班前), 最后一天. */
    private static final int POINT_IN_PERIOD_MAX = 6;

    /**
     * A time of day before which, right after its hour: 17:00前 (two digits of minutes after the colon), 18时前, 8点之前
     * (reading.timeOfDayMarks, reading.deadlineEnds).
     */
    private boolean timeOfDayDeadline(String after, double hour) {
        if (hour < 0 || hour > 24 || hour != Math.rint(hour)) {
            return false;
        }
        for (String mark : v.timeOfDayMarks) {
            if (after.startsWith(mark)) {
                int minutes = digitsAt(after, mark.length());
                if ((minutes != 0 && minutes != 2) || (minutes == 0 && mark.equals(":"))) {
                    return false;
                }
                return v.deadlineEnds.contains(after.substring(mark.length() + minutes));
            }
        }
        return false;
    }

    /** Nothing or only units after the comparators: the template's {@code ≧ %}, a lone 吨. */
    private boolean onlyUnits(String s, int from) {
        int i = from;
        while (i < s.length()) {
            String unit = v.unitAt(s, i);
            if (unit == null) {
                return s.charAt(i) == '/' ? onlyUnits(s, i + 1) : false;
            }
            i += unit.length();
        }
        return true;
    }

    /**
     * The comparator and the one unit a template cell has around its blank ({@code ≥**%}, {@code ≧ %}):
     * what the form asks for, kept although there is no number.
     */
    private TargetReading.TargetReadingBuilder written(TargetReading.TargetReadingBuilder b, String s) {
        String t = comparators(Text.noSpaces(s));
        for (String mark : v.placeholders) {
            t = t.replace(mark, "");
        }
        int i = 0;
        while (i < t.length() && COMPARATORS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        b.comparator(i > 0 ? t.substring(0, 1) : null);
        String unit = v.unitAt(t, i);
        if (unit != null && i + unit.length() == t.length()) {
            b.unit(v.rateUnits.contains(unit) ? "%" : unit);
        }
        return b;
    }

    /** A value and the note in brackets written after it: 95%以上 and （含95%）. */
    private record Note(String value, String text, String inner) {
    }

    /**
     * The note in brackets that ends a value with a number before it ({@code 12期（每月1期）}), or null: a
     * bracket holding only a unit ({@code 95(%)}) or a list number is no note. One backward pass.
     */
    private Note trailingNote(String s) {
        String t = s.strip();
        if (!t.endsWith(")")) {
            return null;
        }
        int depth = 0;
        int open = -1;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return null;
        }
        String value = t.substring(0, open);
        String inner = Text.noSpaces(t.substring(open + 1, t.length() - 1));
        if (!hasDigit(value) || inner.isEmpty() || inner.chars().allMatch(c -> DateReader.isDigit((char) c))) {
            return null;
        }
        String unit = v.unitAt(inner, 0);
        if (unit != null && unit.length() == inner.length()) {
            return null;
        }
        return new Note(value, t.substring(open), inner);
    }

    /**
     * The reading of a value with its note kept aside (rest); a note saying the bound is not included
     * ({@code 不含}, {@code 不含5%}: reading.exclusiveNotes) makes ≤ a <, ≥ a >.
     */
    private TargetReading withNote(TargetReading r, Note note) {
        if (r.getNumber() == null) {
            return r;
        }
        var b = r.toBuilder().rest(r.getRest() == null ? note.text() : r.getRest() + note.text());
        if (r.getNote() == null) {
            b.note("trailingWords");
        }
        String c = r.getComparator();
        if (("≤".equals(c) || "≥".equals(c)) && exclusive(note.inner())) {
            String strict = "≤".equals(c) ? "<" : ">";
            b.comparator(strict).normalised(r.getNormalised().replaceFirst(c, strict));
        }
        return b.build();
    }

    private boolean exclusive(String inner) {
        for (String word : v.exclusiveNotes) {
            if (inner.startsWith(word)) {
                String after = inner.substring(word.length());
                return after.isEmpty() || DateReader.isDigit(after.charAt(0));
            }
        }
        return false;
    }

    private static TargetReading placeholder(TargetReading.TargetReadingBuilder b, String s, String note) {
        return b.kind("PLACEHOLDER").missing(true).normalised(s).note(note).build();
    }

    /**
     * The value as one piece of text without spaces, or null when it holds several different numbers.
     * A cell doubled on export ({@code 45,292 45,292}) is read once; a unit column glued on after a
     * space ({@code ≥98% %}) joins the value and is merged with its unit later.
     */
    private static String oneValue(String s) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Text.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Text.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                parts.add(s.substring(start, i));
            }
        }
        String numbered = null;
        StringBuilder joined = new StringBuilder(s.length());
        for (String part : parts) {
            if (hasDigit(part)) {
                if (numbered != null && !numbered.equals(part)) {
                    return null;
                }
                if (numbered != null) {
                    continue; // the same cell again
                }
                numbered = part;
            }
            joined.append(part);
        }
        return joined.toString();
    }

    /** The value with the spaces before and after a range's dash (or 至, 到) taken out, in one pass. */
    private static String withoutSpacesAroundDashes(String s) {
        return withoutSpacesWhere(s, (before, after) -> RANGE_DASHES.indexOf(before) >= 0 || RANGE_DASHES.indexOf(after) >= 0);
    }

    /** The characters either side of a run of spaces ({@code 0} at either end of the text). */
    private interface SpaceGap {
        boolean drop(char before, char after);
    }

    /** The text with each run of spaces taken out where the characters either side of it say so, in one pass. */
    private static String withoutSpacesWhere(String s, SpaceGap gap) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (Text.isSpace(s.charAt(i))) {
                int j = i;
                while (j < s.length() && Text.isSpace(s.charAt(j))) {
                    j++;
                }
                if (!gap.drop(i > 0 ? s.charAt(i - 1) : 0, j < s.length() ? s.charAt(j) : 0)) {
                    out.append(s, i, j);
                }
                i = j;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private boolean startsWithScaledRateUnit(String after) {
        for (String unit : v.scaledRateUnits.keySet()) {
            if (after.startsWith(unit) && hasDigit(unit)) {
                return true;
            }
        }
        return false;
    }

    private TargetReading number(TargetReading.TargetReadingBuilder b, String s, IndicatorName name) {
        int start = firstDigit(s);
        if (start > 0 && s.charAt(start - 1) == '-' && (start == 1 || COMPARATORS.indexOf(s.charAt(start - 2)) >= 0)) {
            start--;
        }
        String prefix = s.substring(0, start);
        String currency = null;
        for (var sign : v.currencySigns.entrySet()) {
            if (prefix.endsWith(sign.getKey())) {
                currency = sign.getValue(); // ¥120,000.00: 元
                prefix = prefix.substring(0, prefix.length() - sign.getKey().length());
                break;
            }
        }
        String[] comparatorOf = comparatorAtEnd(prefix);
        String comparator = comparatorOf[0];
        prefix = comparatorOf[1];
        String per = null;
        String verb = "";
        for (String word : v.perWords) {
            int at = prefix.lastIndexOf(word);
            String time = at < 0 ? null : perUnitAt(prefix, at + word.length());
            String between = time == null ? "" : prefix.substring(at + word.length() + time.length());
            if (time != null && v.timeUnits.contains(time) && !between.isEmpty() && periodVerb(between)) {
                per = time; // 每月开展2次: 2 次/月, the verb kept in the words before the value
                verb = between;
                prefix = prefix.substring(0, at);
            } else if (time != null && at + word.length() + time.length() == prefix.length()) {
                per = time; // 每月2次: 2 次/月
                prefix = prefix.substring(0, at);
                if (comparator == null) {
                    comparatorOf = comparatorAtEnd(prefix);
                    comparator = comparatorOf[0];
                    prefix = comparatorOf[1];
                }
            } else if (time != null && !v.timeUnits.contains(time)) {
                per = time; // 每户补助1500元: a thing, not a period, may have a verb between it and the value: 元/户
                String noun = v.perMeasureWords.contains(time) ? nounAfterMeasureWord(between) : null;
                if (noun != null) {
                    per = noun; // 每个行政村1名: 名/行政村, the thing the measure word counts
                    between = between.substring(noun.length());
                }
                prefix = prefix.substring(0, at) + between;
            }
            int before = per == null ? -1 : prefix.lastIndexOf(word);
            String thing = before < 0 ? null : perUnitAt(prefix, before + word.length());
            if (thing != null && before + word.length() + thing.length() == prefix.length() && !v.timeUnits.contains(thing)) {
                per = thing + "·" + per; // 每人每月1800元: 元/人·月; 每个每年5万元: 万元/个·年
                prefix = prefix.substring(0, before);
            } else if (per != null && per.indexOf('·') < 0) {
                for (var average : v.averageWords.entrySet()) {
                    if (prefix.endsWith(average.getKey()) && !v.timeUnits.contains(average.getValue())) {
                        per = average.getValue() + "·" + per; // 人均每期不超过2000元: 元/人·期
                        prefix = prefix.substring(0, prefix.length() - average.getKey().length());
                        break;
                    }
                }
            }
            if (per != null) {
                prefix = prefix + verb;
                break;
            }
        }
        String average = null;
        int averageFrom = -1;
        int averageTo = -1;
        if (per == null) {
            for (var word : v.averageWords.entrySet()) {
                int at = prefix.indexOf(word.getKey());
                if (at >= 0) {
                    average = word.getValue(); // 人均≥2000元: 元/人, unless the unit is a rate or per something already
                    averageFrom = at;
                    averageTo = at + word.getKey().length();
                    for (String time : v.timeUnits) {
                        if (prefix.startsWith(time, at - time.length()) && at >= time.length()
                                && (time.length() > 1 || average.length() == 1)) {
                            average = average + "·" + time; // 月人均790元: 元/人·月
                            averageFrom = at - time.length();
                            break;
                        }
                    }
                    String after = v.unitAt(prefix, averageTo);
                    if (average.indexOf('·') < 0 && after != null && v.timeUnits.contains(after)
                            && !v.timeUnits.contains(average)
                            && !ReadingVocabulary.startsWithAny(prefix.substring(averageTo + after.length()), v.averagePeriodNotBefore)) {
                        average = average + "·" + after; // 人均月补助300元: 元/人·月 (not 人均年龄)
                        averageTo += after.length();
                    }
                    break;
                }
            }
        }
        int end = numberEnd(s, start);
        double number = Double.parseDouble(s.substring(start, end).replace(",", ""));
        if (!Double.isFinite(number)) {
            // more digits than a double holds (a row of 9s): no target anyone measures, nor a figure to write out
            return b.kind("UNREADABLE").normalised(s).note("tooLarge").build();
        }
        String after = s.substring(end);
        if (timeOfDayDeadline(after, number)) {
            return b.kind("DATE").normalised(s).build(); // 每日17:00前: a time of each day by which
        }
        Double upper = null;
        int denominatorEnd = fractionDenominatorEnd(after, number, name);
        if (denominatorEnd > 0) {
            // 2/3以上 under 占比: a share written as a fraction, on the percent scale
            number = number * 100 / Double.parseDouble(after.substring(1, denominatorEnd));
            after = "%" + after.substring(denominatorEnd);
        }
        Ceiling ceiling = "≥".equals(comparator) || ">".equals(comparator) ? ceilingAfter(after) : null;
        if (ceiling != null && ceiling.upper() > number) {
            // 不少于3套且不多于5套: a floor and a ceiling, a range read as at least its lower end
            upper = ceiling.upper();
            after = ceiling.unit();
        }
        // a rate unit that holds digits of its own (≤10/10万: ten per hundred thousand) is no second number
        if (hasDigit(after) && !startsWithScaledRateUnit(after)) {
            Matcher range = RANGE.matcher(after);
            if (comparator != null || !range.matches()) {
                return b.kind("UNREADABLE").normalised(s).note("severalNumbers").build();
            }
            upper = Double.parseDouble(range.group(2).replace(",", ""));
            if (!Double.isFinite(upper)) {
                return b.kind("UNREADABLE").normalised(s).note("tooLarge").build();
            }
            String firstUnit = range.group(1);
            after = range.group(3);
            if (upper <= number || (!firstUnit.isEmpty() && !after.startsWith(firstUnit))) {
                return b.kind("UNREADABLE").normalised(s).note("severalNumbers").build();
            }
            comparator = "≥"; // a range promises at least its lower end; the upper end is kept for the rules
        }
        for (var bound : v.boundWordsLongestFirst) {
            if (after.endsWith(bound.getKey())) {
                after = after.substring(0, after.length() - bound.getKey().length());
                if (comparator == null && !bound.getValue().isEmpty()) {
                    comparator = bound.getValue();
                }
                break;
            }
        }
        String magnitude = v.unitAt(after, 0);
        int overAt = magnitude != null && v.bareMagnitudes.contains(magnitude) ? magnitude.length() : 0;
        for (var over : v.overWords.entrySet()) {
            if (after.startsWith(over.getKey(), overAt)) {
                // 2000余人, 10万余人次: more than the number
                after = after.substring(0, overAt) + after.substring(overAt + over.getKey().length());
                if (comparator == null) {
                    comparator = over.getValue();
                }
                break;
            }
        }
        String misspelt = null;
        String bare = v.unitAt(after, 0);
        int unitAt = bare != null && v.bareMagnitudes.contains(bare) ? bare.length() : 0; // 1.5万平房米: after the 万
        for (var slip : v.misspeltUnits.entrySet()) {
            int at = after.startsWith(slip.getKey()) ? 0 : after.startsWith(slip.getKey(), unitAt) ? unitAt : -1;
            if (at >= 0) {
                misspelt = slip.getKey(); // 45.8公理: 公里, as the input method meant
                after = after.substring(0, at) + slip.getValue() + after.substring(at + slip.getKey().length());
                break;
            }
        }
        String dotted = ReadingVocabulary.dots(after);
        for (var spelling : v.unitSpellings.entrySet()) {
            int at = dotted.startsWith(spelling.getKey()) ? 0 : dotted.startsWith(spelling.getKey(), unitAt) ? unitAt : -1;
            if (at >= 0) {
                after = after.substring(0, at) + spelling.getValue() + after.substring(at + spelling.getKey().length());
                break; // 1,200人·次: 人次
            }
        }
        Unit unit = unit(after);
        if (misspelt != null && unit.note == null) {
            unit = new Unit(unit.unit, unit.rest, "misspeltUnit");
        }
        if (unit.rest != null) {
            for (var bound : v.boundWordsLongestFirst) {
                if (unit.rest.startsWith(bound.getKey()) && (bound.getKey().length() > 1 || v.timeUnits.contains(unit.unit))) {
                    // 2小时内到场, 90%以上农户: the bound word between the unit and the words after it
                    if (comparator == null && !bound.getValue().isEmpty()) {
                        comparator = bound.getValue();
                    }
                    String rest = unit.rest.substring(bound.getKey().length());
                    unit = rest.isEmpty() ? new Unit(unit.unit, null, null) : new Unit(unit.unit, rest, unit.note);
                    break;
                }
            }
        }
        if (v.gradeUnits.contains(unit.unit)) {
            // 4A级, 3星级: a grade, not a count of anything
            return b.kind("QUALITATIVE").normalised(s).note("grade").build();
        }
        if ((per != null || ReadingVocabulary.endsWithAny(prefix, v.namedPeriods))
                && ReadingVocabulary.startsWithAny(unit.unit + (unit.rest == null ? "" : unit.rest), v.dayOfPeriodBefore)) {
            // 每月15日前, 每月5日前上报, 次月5日前: the day of each (or of the named) month by which, a deadline, not a
            // count of days; what is done by then may follow
            return b.kind("DATE").normalised(s).build();
        }
        if (comparator == null && !prefix.isEmpty() && COMPARATORS.indexOf(prefix.charAt(0)) >= 0
                && v.multipleUnits.contains(unit.unit)) {
            // 不超过当地低保标准的6倍: the comparator stands before the reference the number multiplies
            comparator = prefix.substring(0, 1);
            prefix = prefix.substring(1);
        }
        if (average != null && !unit.unit.isEmpty() && unit.unit.indexOf('/') < 0 && !v.rateUnits.contains(unit.unit)
                && !v.scaledRateUnits.containsKey(unit.unit)) {
            prefix = prefix.substring(0, averageFrom) + prefix.substring(averageTo);
            unit = new Unit(unit.unit + "/" + average, unit.rest, unit.note);
        }
        String qualifier = prefix.isEmpty() ? null : prefix;
        b.comparator(comparator).number(number).upper(upper).qualifier(qualifier).rest(unit.rest)
                .note(unit.note != null || upper == null ? unit.note : "range");
        String written = unit.unit;
        if (per != null && !written.isEmpty() && written.indexOf('/') < 0) {
            written = written + "/" + per;
        } else if (per != null) {
            qualifier = (qualifier == null ? "" : qualifier) + v.perWords.get(0) + per;
            b.qualifier(qualifier);
        }
        if (written.isEmpty() && currency != null) {
            written = currency;
        }
        if (written.isEmpty() && name.unitColumn() != null) {
            written = name.unitColumn();
        }
        if (written.isEmpty() && name.hintUnit() != null && v.scaledRateUnits.containsKey(name.hintUnit())) {
            written = name.hintUnit(); // 0.9 under 受害率（≤**‰）: the template's unit is the number's scale
        }
        Double percentPerUnit = v.scaledRateUnits.get(written);
        if (percentPerUnit != null) {
            // ≤3‰ is a rate of ≤0.3%: on the scale every rule on rates reads
            number = percent(number, percentPerUnit);
            upper = upper == null ? null : percent(upper, percentPerUnit);
            b.number(number).upper(upper);
            written = "%";
        }
        String normalisedUnit = v.rateUnits.contains(written) ? "%" : written;
        b.unit(normalisedUnit.isEmpty() ? null : normalisedUnit)
                .normalised((qualifier == null ? "" : qualifier) + (upper != null
                        ? format(number) + normalisedUnit + "~" + format(upper) + normalisedUnit
                        : (comparator == null ? "" : comparator) + format(number) + normalisedUnit));
        String kind = kind(b, normalisedUnit, number, comparator, qualifier, name);
        if ("RATE".equals(kind) && normalisedUnit.isEmpty() && isFraction(s.substring(start, end), number, upper, comparator, name)) {
            // ≥0.95 under 合格率, 正向 0.9 under 满意度: a share written as a fraction, i.e. ≥95%, ≥90%
            number = percent(number, 100);
            upper = upper == null ? null : percent(upper, 100);
            b.number(number).upper(upper).note("fraction")
                    .normalised((qualifier == null ? "" : qualifier) + (upper != null ? format(number) + "%~" + format(upper) + "%"
                            : (comparator == null ? "" : comparator) + format(number) + "%"));
        }
        if ("UNREADABLE".equals(kind)) {
            b.comparator(null).number(null).unit(null).qualifier(null); // no value a rule could compare
        }
        return b.kind(kind).build();
    }

    /**
     * Where the denominator of a fraction ends, after a whole numerator under a rate name: /3 of 2/3, /3以上 of
     * 2/3以上 (a bound word may follow); 0 for anything else (a unit per something, 30/10万, a date).
     */
    private int fractionDenominatorEnd(String after, double numerator, IndicatorName name) {
        if (!name.rate() || after.length() < 2 || after.charAt(0) != '/' || numerator <= 0 || numerator != Math.rint(numerator)) {
            return 0;
        }
        int digits = digitsAt(after, 1);
        if (digits == 0 || digits > 3) {
            return 0;
        }
        String rest = after.substring(1 + digits);
        if (!rest.isEmpty() && v.boundWordsLongestFirst.stream().noneMatch(e -> e.getKey().equals(rest))) {
            return 0;
        }
        double denominator = Double.parseDouble(after.substring(1, 1 + digits));
        return denominator >= numerator ? 1 + digits : 0;
    }

    /** The upper end of a range written in words, and the unit of both ends. */
    private record Ceiling(double upper, String unit) {
    }

    /**
     * After a floor's number, [unit] join ceiling number [unit] (套且不多于5套, 且≤5个: reading.rangeJoins, a comparator
     * word or sign of ≤ or <), both units the same or one of them left out; null for anything else.
     */
    private Ceiling ceilingAfter(String after) {
        for (String join : v.rangeJoins) {
            int at = after.indexOf(join);
            if (at < 0 || hasDigit(after.substring(0, at))) {
                continue;
            }
            String first = after.substring(0, at);
            for (String other : v.rangeJoins) {
                if (!first.isEmpty() && first.endsWith(other)) {
                    first = first.substring(0, first.length() - other.length()); // 90%，且不高于100%: two joins
                }
            }
            String rest = after.substring(at + join.length());
            String sign = null;
            if (!rest.isEmpty() && (rest.charAt(0) == '≤' || rest.charAt(0) == '<')) {
                sign = rest.substring(0, 1);
            }
            for (var e : v.comparatorWords) {
                if (sign == null && rest.startsWith(e.getKey()) && ("≤".equals(e.getValue()) || "<".equals(e.getValue()))) {
                    sign = e.getKey();
                }
            }
            if (sign == null || sign.length() >= rest.length() || !DateReader.isDigit(rest.charAt(sign.length()))) {
                return null;
            }
            int end = numberEnd(rest, sign.length());
            String second = rest.substring(end);
            if (hasDigit(second) || (!first.isEmpty() && !second.isEmpty() && !first.equals(second))) {
                return null;
            }
            double upper = Double.parseDouble(rest.substring(sign.length(), end).replace(",", ""));
            return Double.isFinite(upper) ? new Ceiling(upper, first.isEmpty() ? second : first) : null;
        }
        return null;
    }

    /** The comparator (sign or word) that ends the words before the number, and those words without it. */
    private String[] comparatorAtEnd(String prefix) {
        if (!prefix.isEmpty() && COMPARATORS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0) {
            return new String[] {prefix.substring(prefix.length() - 1), prefix.substring(0, prefix.length() - 1)};
        }
        for (var e : v.comparatorWords) {
            if (prefix.endsWith(e.getKey())) {
                return new String[] {e.getValue(), prefix.substring(0, prefix.length() - e.getKey().length())};
            }
        }
        for (var e : v.levelWords) {
            if (prefix.endsWith(e.getKey())) {
                return new String[] {e.getValue(), prefix.substring(0, prefix.length() - e.getKey().length())}; // 满意率达92%
            }
        }
        return new String[] {null, prefix};
    }

    private String kind(TargetReading.TargetReadingBuilder b, String unit, double number, String comparator,
                        String qualifier, IndicatorName name) {
        if ("%".equals(unit)) {
            return "RATE";
        }
        for (var money : v.amountUnits.entrySet()) {
            if (unit.startsWith(money.getKey()) && v.isMoney(unit)) {
                if (unit.equals(money.getKey())) {
                    b.yuan(number * money.getValue());
                }
                return "AMOUNT";
            }
        }
        boolean moneyName = name.money() || (name.hintUnit() != null && v.isMoney(name.hintUnit()));
        if (v.bareMagnitudes.contains(unit)) {
            if (moneyName) {
                b.note("incompleteUnit");
                return "AMOUNT";
            }
            return "QUANTITY";
        }
        if (unit.startsWith("/")) {
            return moneyName ? "AMOUNT" : "QUANTITY";
        }
        if (!unit.isEmpty()) {
            return "QUANTITY";
        }
        if (name.hintUnit() != null) {
            if (v.rateUnits.contains(name.hintUnit())) {
                return "RATE";
            }
            if (v.isMoney(name.hintUnit())) {
                return "AMOUNT";
            }
        }
        // Excel shows a date cell as its day number (44561 = 2021-12-31) when the format is lost; under a
        // count or money name such a number is a count or an amount, under a rate name it is no rate
        if (comparator == null && qualifier == null && number == Math.rint(number)
                && number >= v.serialMin && number <= v.serialMax
                && (!name.known() || name.blank() || name.date() || name.rate()) && !name.count() && !name.money()) {
            LocalDate date = LocalDate.of(1899, 12, 30).plusDays((long) number);
            b.note("dateSerial").normalised(date.toString());
            return "UNREADABLE";
        }
        if ((qualifier != null && ReadingVocabulary.endsWithAny(qualifier, v.rateQualifierSuffixes)) || name.rate()) {
            return "RATE";
        }
        if (name.money()) {
            return "AMOUNT";
        }
        if (name.blank()) {
            b.note("noName"); // a bare number under no name says nothing of what it counts
            return "UNREADABLE";
        }
        return "QUANTITY";
    }

    private record Unit(String unit, String rest, String note) {
    }

    /**
     * The unit written after the number: the longest known unit, with its "/per" parts (元/户); the
     * same unit written again (a glued unit column) is dropped, a % after money is noted, and other
     * words after the unit are kept aside. An unknown unit is taken as written.
     */
    private Unit unit(String after) {
        if (after.isEmpty()) {
            return new Unit("", null, null);
        }
        String known = v.unitAt(after, 0);
        int i;
        StringBuilder unit = new StringBuilder();
        if (known != null) {
            unit.append(known);
            i = known.length();
            String counted = v.bareMagnitudes.contains(known) ? v.unitAt(after, i) : null;
            if (counted != null && !v.bareMagnitudes.contains(counted)) {
                unit.append(counted); // 5万人次: the magnitude belongs to the unit
                i += counted.length();
            } else if (v.bareMagnitudes.contains(known) && after.length() == i + 1
                    && Character.UnicodeScript.of(after.charAt(i)) == Character.UnicodeScript.HAN) {
                unit.append(after.charAt(i)); // 200万页: one character after the magnitude is its unit, as in 200页
                i++;
            }
        } else if (after.charAt(0) == '/') {
            i = 0;
        } else {
            return new Unit(after, null, null);
        }
        while (i + 1 < after.length() && (after.charAt(i) == '/'
                || (PER_JOINS.indexOf(after.charAt(i)) >= 0 && unit.indexOf("/") >= 0))) {
            // 元/户, and a second divisor joined by a dot: 元/人·月, 元/生·年
            char separator = after.charAt(i);
            String per = v.unitAt(after, i + 1);
            String counted = per != null && v.bareMagnitudes.contains(per) ? v.unitAt(after, i + 1 + per.length()) : null;
            if (counted != null && !v.bareMagnitudes.contains(counted)) {
                per = per + counted; // 张/千人, 平方米/万人
            }
            String part = per != null ? per : after.substring(i + 1, i + 2);
            unit.append(separator).append(part);
            i += 1 + part.length();
        }
        String u = unit.toString();
        String rest = after.substring(i);
        String again = rest.isEmpty() ? null : v.unitAt(rest, 0);
        if (rest.startsWith(u) && !u.isEmpty()) {
            rest = rest.substring(u.length());
        } else if (again != null && v.rateUnits.contains(again) && v.rateUnits.contains(u)) {
            rest = rest.substring(again.length());
        }
        if (rest.isEmpty()) {
            return new Unit(u, null, null);
        }
        if (v.rateUnits.contains(rest) && v.isMoney(u)) {
            return new Unit(u, null, "strayPercent");
        }
        return new Unit(u, rest, "trailingWords");
    }

    /** Digits with optional thousands separators (45,292) and decimals. */
    private static int numberEnd(String s, int start) {
        int i = start;
        if (s.charAt(i) == '-') {
            i++;
        }
        int groupStart = i;
        while (i < s.length() && DateReader.isDigit(s.charAt(i))) {
            i++;
        }
        boolean grouped = i - groupStart <= 3;
        while (grouped && i + 3 < s.length() + 0 && s.charAt(i) == ','
                && digitsAt(s, i + 1) == 3) {
            i += 4;
        }
        if (i + 1 < s.length() && s.charAt(i) == '.' && DateReader.isDigit(s.charAt(i + 1))) {
            i++;
            while (i < s.length() && DateReader.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i + 1 < s.length() && (s.charAt(i) == 'E' || s.charAt(i) == 'e')) {
            // a spreadsheet's scientific notation: 1.20E+04 is 12000
            int j = i + 1 + (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-' ? 1 : 0);
            int d = digitsAt(s, j);
            if (d >= 1 && d <= 2 && (j + d == s.length() || !(s.charAt(j + d) < 128 && Character.isLetter(s.charAt(j + d))))) {
                return j + d;
            }
        }
        return i;
    }

    private static int digitsAt(String s, int i) {
        int n = 0;
        while (i + n < s.length() && DateReader.isDigit(s.charAt(i + n))) {
            n++;
        }
        return n;
    }

    /**
     * Removes list numbering, {@code (1)} or {@code 1、} at the start of a clause, so that a list of
     * measures reads as words: (1)成立管理组织;(2)季度督导 is qualitative, not several numbers.
     */
    private static String withoutEnumeration(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            int skip = enumerationAt(s, i);
            if (skip > 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                i += skip;
                continue;
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    /** Length of a list number at i: (1) anywhere, 1、 or 1. at a clause start before a non-digit. */
    private static int enumerationAt(String s, int i) {
        char c = s.charAt(i);
        if (c == '(') {
            int d = digitsAt(s, i + 1);
            return d >= 1 && d <= 2 && i + 1 + d < s.length() && s.charAt(i + 1 + d) == ')' ? d + 2 : 0;
        }
        if (!DateReader.isDigit(c) || !(i == 0 || ";；。,，、\n ".indexOf(s.charAt(i - 1)) >= 0)) {
            return 0;
        }
        int d = digitsAt(s, i);
        int j = i + d;
        if (d > 2 || j + 1 >= s.length() || !(s.charAt(j) == '、' || s.charAt(j) == '.')
                || DateReader.isDigit(s.charAt(j + 1))) {
            return 0;
        }
        return d + 1;
    }

    private String comparators(String s) {
        String out = !hasAnyOf(s, "=≧≦+") ? s // no sign to rewrite (most targets): no ten passes over it
                : s.replace(">=", "≥").replace("=>", "≥").replace("≧", "≥").replace("≥=", "≥")
                .replace("<=", "≤").replace("=<", "≤").replace("≦", "≤").replace("≤=", "≤")
                .replace("+/-", "±").replace("+-", "±");
        for (var e : v.comparatorWordsStarting(out)) {
            if (out.startsWith(e.getKey())) {
                return e.getValue() + out.substring(e.getKey().length());
            }
        }
        for (var e : v.levelWordsStarting(out)) {
            if (out.startsWith(e.getKey()) && numberAt(out, e.getKey().length())) {
                // 提高到75%, 达92%: the level to reach; 达标 is an answer, 提高到较高水平 words
                return e.getValue() + out.substring(e.getKey().length());
            }
        }
        return out;
    }

    private static boolean hasAnyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A number in digits or Chinese numerals starts at i. */
    private static boolean numberAt(String s, int i) {
        return i < s.length() && (DateReader.isDigit(s.charAt(i)) || ChineseNumerals.countEnd(s, i) > i);
    }

    /** The unit after a per word (每月, 每户, 每千人), a magnitude with the unit it counts. */
    private String perUnitAt(String s, int from) {
        for (String magnitude : v.perMagnitudes) {
            String counted = s.startsWith(magnitude, from) ? thingAt(s, from + magnitude.length()) : null;
            if (counted != null && !v.bareMagnitudes.contains(counted) && !v.timeUnits.contains(counted)) {
                return magnitude + counted; // 每百户: 百户
            }
        }
        String unit = thingAt(s, from);
        if (unit != null && v.bareMagnitudes.contains(unit)) {
            String counted = v.unitAt(s, from + unit.length());
            return counted == null || v.bareMagnitudes.contains(counted) ? null : unit + counted;
        }
        return unit;
    }

    /** A unit at from, or a thing an average is per (生 of 每生, as of 生均). */
    private String thingAt(String s, int from) {
        String unit = v.unitAt(s, from);
        if (unit != null) {
            return unit;
        }
        for (String thing : v.averageWords.values()) {
            if (s.startsWith(thing, from) && !v.timeUnits.contains(thing)) {
                return thing;
            }
        }
        return null;
    }

    /**
     * Words between a period after 每 and the count that are a verb (开展, 巡查, 全量备份, 首月): short, without a digit,
     * and without a word that counts from an event (开学后: reading.periodVerbStops).
     */
    private boolean periodVerb(String between) {
        return between.length() <= v.perVerbMaxChars && !hasDigit(between)
                && !ReadingVocabulary.containsAny(between, v.periodVerbStops);
    }

    /**
     * The noun after a measure word of 每 (行政村 of 每个行政村, 学校 of 每所学校不少于), up to the end of the words or
     * to a word of reading.perThingEnds (团队 of 每个团队由); null when there is none or it is too long to be one.
     */
    private String nounAfterMeasureWord(String words) {
        int end = words.length();
        for (String stop : v.perThingEnds) {
            int at = words.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        if (end == 0 || end > v.perThingMaxChars) {
            return null;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isLetter(words.charAt(i))) {
                return null;
            }
        }
        return words.substring(0, end);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DateReader.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasDigit(String s) {
        return firstDigit(s) >= 0;
    }

    /**
     * A rate written without a unit as a fraction: a number with a decimal point of at most
     * {@code reading.fractionRateAtMost} (0.95, 0.8), as a floor (≥0.95, 0.9 under 正向), or bare under a rate better
     * higher (0.9 under 满意度). A ceiling (≤0.5 under 差错率) and a bare number under any other rate (0.9 under
     * 受害率) are left in percent: a small rate better low is as likely 0.5% with its sign forgotten.
     */
    private boolean isFraction(String digits, double number, Double upper, String comparator, IndicatorName name) {
        return digits.indexOf('.') >= 0 && number > 0 && number <= v.fractionRateAtMost
                && (upper == null || upper <= v.fractionRateAtMost)
                && ("≥".equals(comparator) || ">".equals(comparator) || (comparator == null && name.higherIsBetter()));
    }

    /** A number of a smaller rate unit in percent, without binary noise: 0.9‰ is 0.09%, not 0.09000000000000001%. */
    private static double percent(double number, double percentPerUnit) {
        return java.math.BigDecimal.valueOf(number).multiply(java.math.BigDecimal.valueOf(percentPerUnit)).doubleValue();
    }

    /** The number in plain digits: never 1.0E300 nor 1.0E-7, which no form writes and no reviewer reads. */
    private static String format(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
