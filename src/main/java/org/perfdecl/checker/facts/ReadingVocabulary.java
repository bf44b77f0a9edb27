package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.ruleset.Policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words the target reader knows, all taken from the {@code reading} section of the parameter file. */
final class ReadingVocabulary {

    final Set<String> rateUnits;
    /** Rates in a smaller unit, each with how many percent one of it is (‰: 0.1). */
    final Map<String, Double> scaledRateUnits;
    final Map<String, Double> amountUnits;
    final Set<String> bareMagnitudes;
    /**
     * Every unit the reader recognises by its first character, longest first, so 万元 wins over 万 and 人次 over 人. Read
     * at each character of each target: a scan of every unit there was ~2% of a check.
     */
    private final Map<Character, List<String>> unitsByFirst;
    final Map<Character, Character> traditional = new HashMap<>();
    final List<String> yesWords;
    final List<String> noWords;
    final List<String> placeholders;
    /** Whole values that stand for nothing written (upper-cased: N/A and n/a alike). */
    final java.util.Set<String> blankMarks;
    final List<String> notApplicable;
    /** A value saying there is none (无): an answer under a named indicator, no target in a row without a name. */
    final List<String> noneWords;
    /** What a spreadsheet shows for a failed formula (#REF!), spaces aside and in upper case. */
    final java.util.Set<String> spreadsheetErrors;
    final List<String> deadlineWords;
    final List<Map.Entry<String, String>> boundWordsLongestFirst;
    /** Longest first: 大于等于 must be read before 大于. */
    final List<Map.Entry<String, String>> comparatorWords;
    /** {@link #comparatorWords} by their first character (in the same order): those a text may start with. */
    private final Map<Character, List<Map.Entry<String, String>>> comparatorWordsByFirst;
    final List<String> rateQualifierSuffixes;
    final List<String> zeroWords;
    final List<String> rateNames;
    final List<String> countNames;
    final List<String> moneyNames;
    final List<String> dateNames;
    final double serialMin;
    /** A floor under a rate name written as a number up to this with a decimal point and no unit (≥0.95) is a fraction. */
    final double fractionRateAtMost;
    /** Words of a rate better higher (targets.higherIsBetter) and better lower (yoy.lowerIsBetter). */
    final List<String> higherIsBetter;
    final List<String> lowerIsBetter;
    final double serialMax;
    /** 见附件, 详见: a value pointing elsewhere for its target. */
    final List<String> referenceWords;
    /** 余, 多 right after the number: more than it. */
    final Map<String, String> overWords;
    /** Longest first: a bracketed note saying the bound is not included (不含). */
    final List<String> exclusiveNotes;
    final Set<String> gradeUnits;
    final List<String> perWords;
    final Map<String, String> currencySigns;
    final Set<String> timeUnits;
    /** Upper-cased: Q of Q3. */
    final Set<String> quarterLetters;
    final List<String> twoDigitYearEnds;
    final List<String> nameSuffixes;
    /** 人均, 户均 before the value: the unit is per that (元/人). */
    final Map<String, String> averageWords;
    final List<String> ratioSigns;
    final List<String> ratioNames;
    /** Longest first: GB/T before GB. */
    final List<String> standardCodes;
    final Set<String> multipleUnits;
    final List<String> dayOfPeriodBefore;
    final List<String> namedPeriods;
    /** 前, 之前: what ends a recurring deadline (每周一前) or a time of day (17:00前). */
    final List<String> deadlineEnds;
    /** A unit mistyped by a pinyin input method and the unit meant (公理: 公里). */
    final Map<String, String> misspeltUnits;
    /** 是否 (targets.yesNoMarker) and, longest first, the words that negate the verb after it (未建立). */
    final String yesNoMarker;
    final List<String> negations;
    /** 且, 并且: between a floor and a ceiling in words (不少于3套且不多于5套). */
    final List<String> rangeJoins;
    /** Longest first: what follows the hour of a time of day (':', 时, 点). */
    final List<String> timeOfDayMarks;
    /** A count unit written with a dot inside (人·次), any of ·•・ as ·, and the unit (人次). */
    final Map<String, String> unitSpellings;
    /** What a scan or an old font puts for a zero among digits (O, 〇). */
    final Set<Character> lookAlikeZeros;
    /** The financial numerals (贰, 拾) and the common ones (二, 十). */
    final Map<Character, Character> capitalNumerals = new HashMap<>();
    /** Longest first: 由, 从, 较 before a baseline figure or year (由0.55提高到0.6, 较2024年减少3天). */
    final List<String> baselineWords;
    /** 全部, 均 before a yes/no word: the answer for all (全部达标). */
    final List<String> allWords;
    /** Longest first: 提高到, 达: the level a change reaches, a bound before a number only. */
    final List<Map.Entry<String, String>> levelWords;
    /** {@link #levelWords} by their first character (in the same order). */
    private final Map<Character, List<Map.Entry<String, String>>> levelWordsByFirst;
    /** 7×24: a service round the clock, words. */
    final List<String> roundTheClock;
    /** 个, 所 after 每: a measure word, the thing being the noun after it (每个行政村1名: 名/行政村). */
    final Set<String> perMeasureWords;
    /** 由, 配备: words that end the noun after a measure word (每个团队由3-5人组成: 团队). */
    final List<String> perThingEnds;
    final int perThingMaxChars;
    /** Longest first: 百, 千 after 每, counting the thing after them (每百户: 百户). */
    final List<String> perMagnitudes;
    /** 后, 起: a verb between a period and the count that holds one counts from an event (每学期开学后1个月内). */
    final List<String> periodVerbStops;
    final int perVerbMaxChars;
    /** 龄: after 人均年 it is an age, not a period (人均年龄). */
    final List<String> averagePeriodNotBefore;
    /** Longest first: a substance's formula (CO2) and how it is written with its digits as no number (CO₂). */
    final List<Map.Entry<String, String>> substanceNames;
    /** Longest first: a unit typed without its superscript (m3) and the unit (m³). */
    final List<Map.Entry<String, String>> flatPowerUnits;
    /** Longest first: 周岁, 岁: a figure before the value in one names whom it is for (80-89周岁每人每月100元). */
    final List<String> groupUnits;
    final List<String> minusWords;
    final List<String> footnoteMarks;
    final List<String> targetLabels;
    final Map<String, String> wordFigures;
    final List<String> indefiniteCounts;
    final List<String> ordinalWords;
    final List<String> rankUnits;
    final List<String> standardWords;
    /** What makes a value without digits worth trying as an amount in numerals: a currency word or a capital numeral. */
    final List<String> currencyWordsOrCapitals;

    ReadingVocabulary(Policy policy) {
        rateUnits = Set.copyOf(policy.words("reading.rateUnits"));
        amountUnits = policy.numbers("reading.amountUnits");
        bareMagnitudes = Set.copyOf(policy.words("reading.bareMagnitudes"));
        scaledRateUnits = policy.numbers("reading.scaledRateUnits");
        Set<String> units = new LinkedHashSet<>(rateUnits);
        units.addAll(scaledRateUnits.keySet());
        units.addAll(amountUnits.keySet());
        units.addAll(bareMagnitudes);
        units.addAll(policy.words("reading.countUnits"));
        unitsByFirst = byFirstCharacter(longestFirst(units), unit -> unit);
        policy.texts("reading.traditional").forEach((from, to) -> {
            if (from.length() != 1 || to.length() != 1) {
                throw new IllegalArgumentException(Policy.FILE + ": reading.traditional maps one character to one, not '"
                        + from + "' -> '" + to + "'");
            }
            traditional.put(from.charAt(0), to.charAt(0));
        });
        yesWords = policy.words("reading.yesWords");
        noWords = policy.words("reading.noWords");
        placeholders = policy.words("reading.placeholders");
        blankMarks = policy.words("reading.blankMarks").stream().map(w -> w.strip().toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        notApplicable = policy.words("reading.notApplicable");
        noneWords = policy.words("reading.noneWords");
        spreadsheetErrors = policy.words("reading.spreadsheetErrors").stream()
                .map(w -> w.strip().toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        deadlineWords = policy.words("reading.deadlineWords");
        List<Map.Entry<String, String>> bounds = new ArrayList<>(policy.texts("reading.boundWords").entrySet());
        bounds.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        boundWordsLongestFirst = List.copyOf(bounds);
        List<Map.Entry<String, String>> comparators = withModals(policy.texts("reading.comparatorWords"),
                policy.words("reading.negatingModals"), policy.words("reading.requiringModals"));
        comparators.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        comparatorWords = List.copyOf(comparators);
        comparatorWordsByFirst = byFirstCharacter(comparatorWords);
        rateQualifierSuffixes = policy.words("reading.rateQualifierSuffixes");
        zeroWords = policy.words("reading.zeroWords");
        rateNames = policy.words("reading.indicatorNames.rate");
        countNames = policy.words("reading.indicatorNames.count");
        moneyNames = policy.words("reading.indicatorNames.money");
        dateNames = policy.words("reading.indicatorNames.date");
        serialMin = policy.number("reading.dateSerial.min");
        fractionRateAtMost = policy.number("reading.fractionRateAtMost");
        higherIsBetter = policy.words("targets.higherIsBetter");
        lowerIsBetter = policy.words("yoy.lowerIsBetter");
        serialMax = policy.number("reading.dateSerial.max");
        referenceWords = policy.words("reading.referenceWords");
        overWords = policy.texts("reading.overWords");
        exclusiveNotes = longestFirst(policy.words("reading.exclusiveNotes"));
        gradeUnits = Set.copyOf(policy.words("reading.gradeUnits"));
        perWords = policy.words("reading.perWords");
        currencySigns = policy.texts("reading.currencySigns");
        timeUnits = Set.copyOf(policy.words("reading.timeUnits"));
        quarterLetters = policy.words("reading.quarterLetters").stream().map(w -> w.toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        // longest first: 年底 must be tried before 底 is left over
        twoDigitYearEnds = longestFirst(policy.words("reading.twoDigitYearEnds"));
        nameSuffixes = policy.words("reading.nameSuffixes");
        averageWords = policy.texts("reading.averageWords");
        ratioSigns = policy.words("reading.ratioSigns");
        ratioNames = policy.words("reading.ratioNames");
        standardCodes = longestFirst(policy.words("reading.standardCodes"));
        multipleUnits = Set.copyOf(policy.words("reading.multipleUnits"));
        dayOfPeriodBefore = policy.words("reading.dayOfPeriodBefore");
        namedPeriods = policy.words("reading.namedPeriods");
        deadlineEnds = longestFirst(policy.words("reading.deadlineEnds"));
        misspeltUnits = policy.texts("reading.misspeltUnits");
        yesNoMarker = policy.text("targets.yesNoMarker");
        negations = longestFirst(policy.words("reading.negations"));
        rangeJoins = longestFirst(policy.words("reading.rangeJoins"));
        timeOfDayMarks = longestFirst(policy.words("reading.timeOfDayMarks"));
        Map<String, String> spellings = new java.util.LinkedHashMap<>();
        policy.texts("reading.unitSpellings").forEach((from, to) -> spellings.put(dots(from), to));
        unitSpellings = java.util.Collections.unmodifiableMap(spellings);
        lookAlikeZeros = policy.words("reading.lookAlikeZeros").stream().map(w -> {
            if (w.length() != 1) {
                throw new IllegalArgumentException(Policy.FILE + ": reading.lookAlikeZeros holds characters, not '" + w + "'");
            }
            return w.charAt(0);
        }).collect(java.util.stream.Collectors.toUnmodifiableSet());
        policy.texts("reading.capitalNumerals").forEach((from, to) -> {
            if (from.length() != 1 || to.length() != 1) {
                throw new IllegalArgumentException(Policy.FILE + ": reading.capitalNumerals maps one character to one, not '"
                        + from + "' -> '" + to + "'");
            }
            capitalNumerals.put(from.charAt(0), to.charAt(0));
        });
        baselineWords = longestFirst(policy.words("reading.baselineWords"));
        allWords = longestFirst(policy.words("reading.allWords"));
        roundTheClock = longestFirst(policy.words("reading.roundTheClock"));
        List<Map.Entry<String, String>> levels = new ArrayList<>(policy.texts("reading.levelWords").entrySet());
        levels.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        levelWords = List.copyOf(levels);
        levelWordsByFirst = byFirstCharacter(levelWords);
        perMeasureWords = Set.copyOf(policy.words("reading.perMeasureWords"));
        perThingEnds = longestFirst(policy.words("reading.perThingEnds"));
        perThingMaxChars = (int) policy.number("reading.perThingMaxChars");
        perMagnitudes = longestFirst(policy.words("reading.perMagnitudes"));
        periodVerbStops = policy.words("reading.periodVerbStops");
        perVerbMaxChars = (int) policy.number("reading.perVerbMaxChars");
        averagePeriodNotBefore = policy.words("reading.averagePeriodNotBefore");
        substanceNames = longestFirstEntries(policy.texts("reading.substanceNames"));
        flatPowerUnits = longestFirstEntries(policy.texts("reading.flatPowerUnits"));
        groupUnits = longestFirst(policy.words("reading.groupUnits"));
        minusWords = longestFirst(policy.words("reading.minusWords"));
        footnoteMarks = longestFirst(policy.words("reading.footnoteMarks"));
        targetLabels = policy.words("reading.targetLabels").stream().map(Text::halfWidth).toList();
        wordFigures = new java.util.LinkedHashMap<>();
        policy.texts("reading.wordFigures").entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> wordFigures.put(e.getKey(), e.getValue()));
        indefiniteCounts = policy.words("reading.indefiniteCounts");
        ordinalWords = policy.words("reading.ordinalWords");
        rankUnits = policy.words("reading.rankUnits");
        standardWords = policy.words("reading.standardWords");
        List<String> money = new ArrayList<>(currencySigns.keySet());
        policy.texts("reading.capitalNumerals").keySet().forEach(money::add);
        currencyWordsOrCapitals = List.copyOf(money);
    }

    private static List<Map.Entry<String, String>> longestFirstEntries(Map<String, String> words) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(words.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return List.copyOf(entries);
    }

    /**
     * The text with each of {@code words} written as its value where no Latin letter (nor, unless {@code afterDigits}, a
     * digit) stands right before it and no digit or Latin letter right after it (in one pass, longest first).
     */
    static String rewritten(String s, List<Map.Entry<String, String>> words, boolean afterDigits) {
        StringBuilder out = null;
        StringBuilder starts = new StringBuilder();
        for (var word : words) {
            starts.append(word.getKey().charAt(0));
        }
        String firsts = starts.toString(); // a character no word starts with is passed at once
        int i = 0;
        while (i < s.length()) {
            Map.Entry<String, String> found = null;
            boolean free = firsts.indexOf(s.charAt(i)) >= 0 && (i == 0
                    || !(latinLetter(s.charAt(i - 1)) || (!afterDigits && DateReader.isDigit(s.charAt(i - 1)))));
            if (free) {
                for (var word : words) {
                    int end = i + word.getKey().length();
                    if (s.startsWith(word.getKey(), i) && !(end < s.length() && DateReader.isDigit(s.charAt(end)))
                            && !(end < s.length() && latinLetter(s.charAt(end)))) {
                        found = word;
                        break;
                    }
                }
            }
            if (found != null) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(found.getValue());
                i += found.getKey().length();
            } else {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /** The dots that join the characters of a unit (·•・) all written ·. */
    static String dots(String s) {
        return s.replace('•', '·').replace('・', '·');
    }

    /** The financial numerals of a text as the common ones (贰拾万元 -> 二十万元), in one pass. */
    String commonNumerals(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            Character to = capitalNumerals.get(s.charAt(i));
            if (to != null) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = to;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** Words by their first character, each list in the order given; no empty word. */
    private static <T> Map<Character, List<T>> byFirstCharacter(List<T> entries, java.util.function.Function<T, String> word) {
        Map<Character, List<T>> byFirst = new HashMap<>();
        for (T entry : entries) {
            String w = word.apply(entry);
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(entry);
            }
        }
        byFirst.replaceAll((c, list) -> List.copyOf(list));
        return Map.copyOf(byFirst);
    }

    private static Map<Character, List<Map.Entry<String, String>>> byFirstCharacter(List<Map.Entry<String, String>> entries) {
        return byFirstCharacter(entries, Map.Entry::getKey);
    }

    /**
     * The comparator words, and each with a modal before it: a word that forbids takes the place of the 不 of a word that
     * starts with it (不得低于 reads as 不低于: ≥), a word that requires stands before any (应不低于: ≥, 须达到: ≥).
     */
    static List<Map.Entry<String, String>> withModals(Map<String, String> words, List<String> negating, List<String> requiring) {
        Map<String, String> all = new java.util.LinkedHashMap<>(words);
        words.forEach((word, sign) -> {
            if (word.startsWith("不") && word.length() > 1) {
                negating.forEach(modal -> all.putIfAbsent(modal + word.substring(1), sign));
            }
        });
        Map<String, String> withNegating = Map.copyOf(all);
        withNegating.forEach((word, sign) -> requiring.forEach(modal -> all.putIfAbsent(modal + word, sign)));
        return new ArrayList<>(all.entrySet());
    }

    /** The words of {@link #comparatorWords} that {@code s} may start with (its first character's), longest first. */
    List<Map.Entry<String, String>> comparatorWordsStarting(String s) {
        return s.isEmpty() ? List.of() : comparatorWordsByFirst.getOrDefault(s.charAt(0), List.of());
    }

    /** The words of {@link #levelWords} that {@code s} may start with, longest first. */
    List<Map.Entry<String, String>> levelWordsStarting(String s) {
        return s.isEmpty() ? List.of() : levelWordsByFirst.getOrDefault(s.charAt(0), List.of());
    }

    /** Words to try longest first, so a word is not taken for a shorter one it begins with (年底 before 底). */
    private static List<String> longestFirst(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The longest known unit written at {@code from}, or null. A unit of Latin letters is one only where the
     * letters end: m is not the unit of 5mg/L, nor of 5min (mg/L and min are taken as written).
     */
    String unitAt(String s, int from) {
        List<String> candidates = from >= 0 && from < s.length() ? unitsByFirst.get(s.charAt(from)) : null;
        if (candidates == null) {
            return null;
        }
        for (String unit : candidates) {
            if (s.startsWith(unit, from) && !(latinLetter(unit.charAt(unit.length() - 1))
                    && from + unit.length() < s.length() && latinLetter(s.charAt(from + unit.length())))) {
                return unit;
            }
        }
        return null;
    }

    private static boolean latinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    boolean isMoney(String unit) {
        for (String money : amountUnits.keySet()) {
            if (unit.startsWith(money)) {
                return true;
            }
        }
        return false;
    }

    /** Traditional characters to simplified, one pass. */
    String simplified(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            Character to = traditional.get(s.charAt(i));
            if (to != null) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = to;
            }
        }
        return chars == null ? s : new String(chars);
    }

    static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** 数量目标 and 数量指标 share the stem 数量 (reading.nameSuffixes). */
    String stem(String name) {
        for (String suffix : nameSuffixes) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
