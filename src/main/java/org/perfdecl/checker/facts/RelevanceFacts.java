package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.facts.Facts.GoalItem;
import org.perfdecl.checker.facts.Facts.GoalOverlap;
import org.perfdecl.checker.facts.Facts.Indicator;
import org.perfdecl.checker.facts.Facts.IndicatorTerms;
import org.perfdecl.checker.facts.Facts.ProjectTerms;
import org.perfdecl.checker.ruleset.Policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The facts of the 相关性 rules: the annual goal cut into items, and the words each text speaks of. */
final class RelevanceFacts {

    private final TermExtractor terms;
    /** Each unit of {@code relevance.unitFamilies} to the first unit of its group. */
    private final Map<String, String> family = new HashMap<>();
    /** Each unit of {@code relevance.sameUnits} to the first unit of its line (名 → 人, ㎡ → 平方米). */
    private final Map<String, String> sameUnit = new HashMap<>();
    /** 万, 千 … before a unit (1.2万人 states 人), longest first. */
    private final List<String> magnitudes;
    private final Set<String> qualifierUnits;
    /** A number, a magnitude and a unit, as a goal writes a figure. */
    private final Pattern figureUnit;
    /** The same with the number captured (group "n"), for a figure's value. */
    private final Pattern figureValue;
    /**
     * A run of Chinese numerals before a unit (一千件, 三万二千人, 两百套), not an ordinal (第五次), nor the magnitude
     * of a number in digits (4.5万人).
     */
    private final Pattern numeralsBeforeUnit;
    /** Every unit a figure may be written in, to tell 万元 (万 and 元) from 万 alone. */
    private final Set<String> knownUnits;
    /** {@code relevance.stopTerms}, longest first: left out when the two goals are compared. */
    private final List<String> generalWords;
    private final double ownTermsMoreThan;

    RelevanceFacts(Policy policy) {
        this.terms = new TermExtractor(policy);
        for (String group : policy.words("relevance.unitFamilies")) {
            String[] units = group.trim().split("\\s+");
            for (String unit : units) {
                family.putIfAbsent(unit, units[0]);
            }
        }
        for (String line : policy.words("relevance.sameUnits")) {
            String[] units = line.trim().split("\\s+");
            for (String unit : units) {
                sameUnit.putIfAbsent(unit, units[0]);
            }
        }
        this.magnitudes = longestFirst(policy.words("reading.bareMagnitudes"));
        this.qualifierUnits = Set.copyOf(policy.words("relevance.qualifierUnits"));
        Set<String> units = new LinkedHashSet<>(family.keySet());
        units.addAll(qualifierUnits);
        units.addAll(policy.words("reading.countUnits"));
        units.addAll(policy.words("reading.rateUnits"));
        units.addAll(policy.numbers("reading.amountUnits").keySet());
        units.addAll(policy.numbers("reading.scaledRateUnits").keySet());
        String unitAlternatives = alternatives(longestFirst(List.copyOf(units)));
        this.figureUnit = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?:余|多)?(" + alternatives(magnitudes) + ")?("
                + unitAlternatives + ")");
        this.figureValue = Pattern.compile("(?<![\\d.])(?<n>\\d+(?:\\.\\d+)?)(?:余|多)?(?<m>" + alternatives(magnitudes) + ")?(?<u>"
                + unitAlternatives + ")");
        this.numeralsBeforeUnit = Pattern.compile("(?<![第零一二三四五六七八九十百千万亿两点.\\d])[一二三四五六七八九十两][零一二三四五六七八九十百千万亿两]*(?:点[零一二三四五六七八九]+)?(?!分之)(?=(?:余|多)?(?:"
                + unitAlternatives + "))");
        this.knownUnits = Set.copyOf(units);
        this.generalWords = longestFirst(policy.words("relevance.stopTerms"));
        this.ownTermsMoreThan = policy.number("relevance.ownTermsMoreThan");
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** A thousands separator between digits (1,200人). */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    /** Dates, whose figures state no quantity (2025年6月底, 12月31日). */
    private static final Pattern DATES = Pattern.compile("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?|(?<![\\d.])\\d{1,2}月(\\d{1,2}日)?");

    /**
     * The kinds of quantity a clause's figures state (开展讲座24场 → 次), dates (2025年6月底) and figures in
     * {@code relevance.qualifierUnits} (65岁以上老年人 says who, not how many) left out.
     */
    List<String> measures(String clause) {
        String half = Text.halfWidth(clause);
        if (half.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of(); // most clauses write no figure: no pattern runs over them
        }
        String s = DATES.matcher(THOUSANDS_COMMA.matcher(half).replaceAll("")).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        Matcher m = figureUnit.matcher(s);
        while (m.find()) {
            String unit = m.group(2);
            if (!qualifierUnits.contains(unit)) {
                found.add(measure(unit));
            }
        }
        return List.copyOf(found);
    }

    /** The unit's family (人次 → 人, 万元 → 元, 元/人 → 元, ㎡ → 平方米); a unit of no family stands for itself. */
    String measure(String unit) {
        String u = unit.indexOf('/') > 0 ? unit.substring(0, unit.indexOf('/')) : unit;
        if (family.containsKey(u)) {
            return family.get(u);
        }
        for (String magnitude : magnitudes) {
            String rest = u.substring(Math.min(magnitude.length(), u.length()));
            if (u.startsWith(magnitude) && !rest.isEmpty()) {
                return family.getOrDefault(rest, rest);
            }
        }
        return u;
    }

    /**
     * The kind of quantity an indicator's target states: "" when it cannot tell (a number without a unit, a
     * target left empty or unreadable: IND-005 asks for it, not IND-007), null for a date, words or yes/no.
     */
    private String measure(Indicator i) {
        TargetReading r = i.getReading();
        if (r == null || r.getKind() == null) {
            return "";
        }
        switch (r.getKind()) {
            case "QUALITATIVE", "BOOLEAN", "DATE" -> {
                return null;
            }
            case "RATE" -> {
                return measure(r.getUnit() == null || r.getUnit().isEmpty() ? "%" : r.getUnit());
            }
            case "QUANTITY", "AMOUNT" -> {
            }
            default -> {
                return "";
            }
        }
        return r.getUnit() == null || r.getUnit().isEmpty() ? "" : measure(r.getUnit());
    }

    List<Object> map(Declaration d, List<Indicator> indicators) {
        List<Object> facts = new ArrayList<>();
        Set<String> project = new LinkedHashSet<>();
        List<String> clauses = terms.clauses(d.annualGoal());
        // the name's and the overall goal's words serve twice, as the subject and as the project's: read once
        List<String> nameTerms = termsOf(d.projectName());
        List<String> overallTerms = termsOf(d.overallGoal());
        Set<String> subject = new LinkedHashSet<>(nameTerms);
        subject.addAll(overallTerms);
        int[] sentences = sentences(d.annualGoal(), clauses);
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            TermExtractor.Clause read = terms.clause(clause);
            boolean measurable = hasNumber(clause) || (!read.terms().isEmpty() && !read.slogan());
            facts.add(new GoalItem(i, "/annualGoal", clause, read.terms(), ownTerms(read.terms(), subject), measurable,
                    measures(clause), figures(clause), sentences[i]));
            project.addAll(read.terms());
        }
        for (Indicator i : indicators) {
            facts.add(new IndicatorTerms(i.getIndex(), i.getPath(), i.getLevel3(), terms.nameTerms(i.getLevel3()),
                    terms.namePieces(i.getLevel3()), figure(i), measure(i)));
        }
        project.addAll(overallTerms);
        project.addAll(termsOf(d.overview()));
        // the project's name says what the project is (展销会 of 农产品产销对接展销会), as its goals do; but a name
        // alone is too little to call an indicator unrelated: without goals nothing is compared (FORM-005 asks for them)
        boolean named = !project.isEmpty() && !Text.isBlank(d.projectName());
        if (named) {
            project.addAll(nameTerms);
        }
        // the texts searched, as a message names them: a template without 项目总目标 or 项目概况 has only the goal
        List<String> texts = new ArrayList<>();
        for (String field : List.of("projectName", "annualGoal", "overallGoal", "overview")) {
            if (!Text.isBlank(d.textFields().get(field)) && (named || !field.equals("projectName"))) {
                texts.add(field);
            }
        }
        StringBuilder written = new StringBuilder();
        for (String field : texts) {
            written.append(Text.halfWidth(d.textFields().get(field))).append('\n');
        }
        facts.add(new ProjectTerms(List.copyOf(project), List.copyOf(texts), written.toString()));
        if (!Text.isBlank(d.annualGoal()) && !Text.isBlank(d.overallGoal())) {
            String annual = letters(d.annualGoal());
            String overall = letters(d.overallGoal());
            // general words (进一步, 更好) make no goal of its own: 进一步凝聚侨心侨力，更好服务… repeats 凝聚侨心侨力，服务…;
            // nor do the numbers of a list (一是…；二是… of the overall goal cut into items)
            facts.add(new GoalOverlap(share(withoutGeneralWords(letters(withoutListNumbers(d.annualGoal()))),
                    withoutGeneralWords(letters(withoutListNumbers(d.overallGoal())))), annual.equals(overall),
                    !annual.equals(overall) && !overall.isEmpty() && annual.contains(overall)));
        }
        return facts;
    }

    /**
     * The words of a text's clauses, in order (repeats kept). The words of the project's name and of 项目总目标 say what the
     * project is about, its subject: 传染病 of 重点传染病监测预警 is in every clause of its annual goal, so it tells no
     * clause's piece of work from another's.
     */
    private List<String> termsOf(String text) {
        List<String> words = new ArrayList<>();
        for (String clause : terms.clauses(text)) {
            words.addAll(terms.clause(clause).terms());
        }
        return words;
    }

    /**
     * A clause's words that are not the project's subject (开展重点传染病防治知识宣传 of 重点传染病监测预警: 防治, 知识, 宣传),
     * when they are more than {@code relevance.ownTermsMoreThan} of its words; else all its words: a clause that restates
     * the project's name or overall goal with a word or two more (全市公共图书馆全年免费开放, 完成一网通办平台升级改造)
     * promises what the project is.
     */
    List<String> ownTerms(List<String> clauseTerms, Set<String> subject) {
        List<String> own = clauseTerms.stream().filter(t -> !subject.contains(t)).toList();
        return own.size() <= ownTermsMoreThan * clauseTerms.size() ? clauseTerms : own;
    }

    /** 300000亩 for a target ≥30万亩: the value and kind of a count or an amount, as {@link #figures} writes a clause's. */
    private String figure(Indicator i) {
        TargetReading r = i.getReading();
        if (r == null || r.getNumber() == null || r.getUnit() == null || r.getUnit().isEmpty()
                || !("QUANTITY".equals(r.getKind()) || "AMOUNT".equals(r.getKind()))) {
            return null;
        }
        String written = number(r.getNumber()) + r.getUnit();
        return knownUnits.contains(unitOf(r.getUnit())) || knownUnits.contains(stripMagnitude(unitOf(r.getUnit())))
                ? figure(java.math.BigDecimal.valueOf(r.getNumber()), "", r.getUnit())
                : written; // a unit no list knows (35微克/立方米): the figure as written, for the clause to write it too
    }

    private static String number(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n)
                : java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    private static String unitOf(String unit) {
        return unit.indexOf('/') > 0 ? unit.substring(0, unit.indexOf('/')) : unit;
    }

    private String stripMagnitude(String unit) {
        for (String m : magnitudes) {
            if (unit.length() > m.length() && unit.startsWith(m)) {
                return unit.substring(m.length());
            }
        }
        return unit;
    }

    /** The value of 万, 千 … before a unit or a number; these are arithmetic, not policy. */
    private static final Map<Character, Integer> POWERS = Map.of('十', 1, '百', 2, '千', 3, '万', 4, '亿', 8);

    /**
     * A figure by value and unit: the number times its magnitude (1.6万 → 16000; the 万 of 万元 too), the unit as
     * {@code relevance.sameUnits} writes it (名 → 人). 1200名 and ≥1200人 are one figure; so are 3亿元 and ≥30000万元;
     * 30所 and 30套 are not.
     */
    private String figure(java.math.BigDecimal number, String magnitude, String unit) {
        java.math.BigDecimal value = number;
        for (int k = 0; k < magnitude.length(); k++) {
            value = value.scaleByPowerOfTen(POWERS.getOrDefault(magnitude.charAt(k), 0));
        }
        String u = unit.indexOf('/') > 0 ? unit.substring(0, unit.indexOf('/')) : unit;
        for (String m : magnitudes) { // 万元 is 万 and 元; 千米 is 千 and 米
            if (u.length() > m.length() && u.startsWith(m) && knownUnits.contains(u.substring(m.length()))) {
                for (int k = 0; k < m.length(); k++) {
                    value = value.scaleByPowerOfTen(POWERS.getOrDefault(m.charAt(k), 0));
                }
                u = u.substring(m.length());
                break;
            }
        }
        return value.stripTrailingZeros().toPlainString() + sameUnit.getOrDefault(u, u);
    }

    /**
     * The counts and amounts a clause writes, by value and kind ({@link #figure(java.math.BigDecimal, String, String)}),
     * figures in Chinese numerals read too (一千件, 三万二千人, 百分之九十五); dates left out.
     */
    List<String> figures(String clause) {
        String half = ChineseNumerals.percentsInDigits(Text.halfWidth(clause));
        if (half.chars().noneMatch(c -> (c >= '0' && c <= '9') || "一二三四五六七八九十两".indexOf(c) >= 0)) {
            return List.of();
        }
        Matcher numerals = numeralsBeforeUnit.matcher(half);
        StringBuilder digits = new StringBuilder(half.length());
        while (numerals.find()) {
            // 一 alone before a unit is mostly a phrase (一件事一次办, 一站式), not a count
            String value = numerals.group().equals("一") ? null : numeralValue(numerals.group());
            numerals.appendReplacement(digits, Matcher.quoteReplacement(value == null ? numerals.group() : value));
        }
        numerals.appendTail(digits);
        String s = DATES.matcher(THOUSANDS_COMMA.matcher(digits).replaceAll("")).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        Matcher m = figureValue.matcher(s);
        while (m.find()) {
            if (!qualifierUnits.contains(m.group("u"))) {
                found.add(figure(new java.math.BigDecimal(m.group("n")), m.group("m") == null ? "" : m.group("m"), m.group("u")));
            }
        }
        return List.copyOf(found);
    }

    /** 一千 → 1000, 三万二千 → 32000, 两百 → 200, 十二 → 12, 零点九 → 0.9; null for what is no number (七七). */
    static String numeralValue(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int k = 0; k < whole.length(); k++) {
            char c = whole.charAt(k);
            int d = c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // 七七: two digits in a row
                }
                digit = d;
            } else if (c == '十' || c == '百' || c == '千') {
                section += (digit < 0 ? 1 : digit) * (long) Math.pow(10, POWERS.get(c));
                digit = -1;
            } else { // 万, 亿
                long unit = (long) Math.pow(10, POWERS.get(c));
                total = (total + section + Math.max(digit, 0)) * unit;
                section = 0;
                digit = -1;
            }
        }
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(total + section + Math.max(digit, 0));
        if (point >= 0) {
            String fraction = numeral.substring(point + 1);
            StringBuilder decimals = new StringBuilder();
            for (int k = 0; k < fraction.length(); k++) {
                decimals.append("零一二三四五六七八九".indexOf(fraction.charAt(k)));
            }
            value = value.add(new java.math.BigDecimal("0." + decimals));
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * The sentence each clause is in, counted from 0: a full stop, semicolon, question or exclamation mark or a line
     * between two clauses starts a new one; a comma does not. The clauses are those {@link TermExtractor#clauses} cut
     * the text into, found in it in order.
     */
    static int[] sentences(String text, List<String> clauses) {
        int[] sentence = new int[clauses.size()];
        String s = text == null ? "" : Text.halfWidth(text);
        int at = 0;
        int count = 0;
        for (int i = 0; i < clauses.size(); i++) {
            int found = s.indexOf(clauses.get(i), at);
            if (found < 0) {
                sentence[i] = count; // not found as written (cut at the size limit): with the clause before it
                continue;
            }
            if (i > 0 && s.substring(at, found).chars().anyMatch(c -> c == ';' || c == '。' || c == '!' || c == '?' || c == '\n' || c == '\r')) {
                count++;
            }
            sentence[i] = count;
            at = found + clauses.get(i).length();
        }
        return sentence;
    }

    /** A number in the clause other than a list number at its start (1. / (1) / 1、). */
    private static boolean hasNumber(String clause) {
        String s = Text.halfWidth(clause);
        int i = 0;
        if (i < s.length() && s.charAt(i) == '(') {
            i++;
        }
        int digits = i;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < s.length() && ").、".indexOf(s.charAt(digits)) >= 0) {
            i = digits + 1;
        } else {
            i = 0;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The text without {@code relevance.stopTerms}, longest first (不低于 before 低于). */
    String withoutGeneralWords(String text) {
        String out = text;
        for (String word : generalWords) {
            out = out.replace(word, "");
        }
        return out.isEmpty() ? text : out;
    }

    /** 一是, 二是 …, (1), 1、, 1., （一）, 一、 at the start of a text or after a clause's end: the numbers of a list. */
    private static final Pattern LIST_NUMBERS = Pattern.compile(
            "(^|[,;。:\\n])\\s*(?:[一二三四五六七八九十]{1,3}是|\\((?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\)|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.](?!\\d))");

    /** The text without the numbers of a list ({@link #LIST_NUMBERS}), half-width. */
    static String withoutListNumbers(String text) {
        String s = Text.halfWidth(text);
        // every list number has one of these: most goals have none, and are not run through the pattern
        boolean mayHave = s.indexOf('是') >= 0 || s.indexOf('(') >= 0 || s.indexOf('、') >= 0 || s.indexOf('.') >= 0;
        return mayHave ? LIST_NUMBERS.matcher(s).replaceAll("$1") : s;
    }

    /** The text without spacing and punctuation: what two copies must share. */
    private static String letters(String text) {
        String s = Text.halfWidth(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Share of the character pairs of {@code part} that also occur in {@code whole} (counted with repeats). */
    static double share(String part, String whole) {
        if (part.length() < 2) {
            return part.equals(whole) ? 1 : 0;
        }
        // both texts' pairs as sorted ints, then their common pairs counted with repeats in one merge
        int[] wanted = pairs(part);
        int[] available = pairs(whole);
        int found = 0;
        for (int i = 0, j = 0; i < wanted.length && j < available.length; ) {
            if (wanted[i] == available[j]) {
                found++;
                i++;
                j++;
            } else if (wanted[i] < available[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) found / (part.length() - 1);
    }

    private static int[] pairs(String text) {
        int[] pairs = new int[Math.max(0, text.length() - 1)];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        java.util.Arrays.sort(pairs);
        return pairs;
    }
}
