package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Text;

import java.util.List;

/** Word matching for rules that look for words in free text. */
public final class Words {

    private Words() {
    }

    /**
     * Whether the word is one of the list: {@code Words.isOneOf(reading.getUnit(), $units)}. Drools'
     * executable model (10.x) compiles neither {@code reading.unit memberOf $units} (a constraint of the
     * wrong type) nor {@code reading.unit} as a call's argument (a parse error); the getter it does.
     */
    public static boolean isOneOf(String word, List<String> words) {
        return word != null && words.contains(word);
    }

    /** Compiled once per expression: the rule set's few patterns, read at every check. */
    private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the check running on this thread was stopped (its time limit passed); unset outside a check. */
    private static final ThreadLocal<java.util.function.BooleanSupplier> STOPPED = new ThreadLocal<>();

    /**
     * Whether the whole text matches the regular expression, as DRL's {@code matches} does (false for
     * no text), without compiling the expression again at every evaluation.
     * <p>
     * The expression is policy data ({@code form.citationPattern}), and one that backtracks without end on
     * some text ({@code (.*x){12}y}) ran for hours inside the check, where halting the session does not
     * reach: the check answered long after its time limit, holding a thread and a core all the while. Within
     * a check ({@link #stopMatchingWhen}) the matching gives up once the check is stopped, with {@link Stopped}.
     */
    public static boolean matches(String text, String regex) {
        if (text == null) {
            return false;
        }
        return matcher(text, regex).matches();
    }

    /** Whether the regular expression matches somewhere in the text ({@code Pattern.compile(regex).matcher(text).find()}); false for no text. */
    public static boolean find(String text, String regex) {
        return text != null && matcher(text, regex).find();
    }

    /** {@code text.replaceAll(regex, replacement)}, given up as {@link #matches} is when the check is stopped; null for no text. */
    public static String replaceAll(String text, String regex, String replacement) {
        return text == null ? null : matcher(text, regex).replaceAll(replacement);
    }

    /** {@code text.replaceFirst(regex, replacement)}, given up as {@link #matches} is when the check is stopped; null for no text. */
    public static String replaceFirst(String text, String regex, String replacement) {
        return text == null ? null : matcher(text, regex).replaceFirst(replacement);
    }

    /** {@code text.split(regex)}, given up as {@link #matches} is when the check is stopped; no parts for no text. */
    public static String[] split(String text, String regex) {
        if (text == null) {
            return new String[0];
        }
        java.util.function.BooleanSupplier stopped = STOPPED.get();
        return pattern(regex).split(stopped == null ? text : new Stoppable(text, stopped));
    }

    /** A matcher of the text that gives up once this thread's check is stopped. */
    private static java.util.regex.Matcher matcher(String text, String regex) {
        java.util.function.BooleanSupplier stopped = STOPPED.get();
        return pattern(regex).matcher(stopped == null ? text : new Stoppable(text, stopped));
    }

    private static java.util.regex.Pattern pattern(String regex) {
        if (PATTERNS.size() > 1_000) {
            PATTERNS.clear(); // the patterns of rule sets long replaced
        }
        return PATTERNS.computeIfAbsent(regex, java.util.regex.Pattern::compile);
    }

    /**
     * Makes the pattern matching of this thread's check give up once {@code stopped} says so (the check's
     * time limit passed); {@code null} when the check is over.
     */
    public static void stopMatchingWhen(java.util.function.BooleanSupplier stopped) {
        if (stopped == null) {
            STOPPED.remove();
        } else {
            STOPPED.set(stopped);
        }
    }

    /**
     * True until the check running on this thread is stopped (its time limit passed), then throws {@link Stopped}.
     * The rule set's loader prefixes the condition of every loop in the rules' DRL with it: a halt acts between
     * firings, and a loop in a function or a consequence that never ended kept its thread for good.
     */
    public static boolean notStopped() {
        java.util.function.BooleanSupplier stopped = STOPPED.get();
        if (stopped != null && stopped.getAsBoolean()) {
            throw new Stopped(true);
        }
        return true;
    }

    /**
     * Work of a rule given up because its check was stopped: a pattern's matching, or a loop. A loop's keeps its
     * stack, which names the rule and the function it was in; a pattern's is named by the rule that failed.
     */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("the pattern matching was stopped with its check", null, false, false);
        }

        private Stopped(boolean loop) {
            super("a loop of the rules was stopped with its check", null, false, loop);
        }

        /** The work given up at its check's time limit that a failure is, or is caused by; null for any other failure. */
        public static Stopped in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Stopped s) {
                    return s;
                }
            }
            return null;
        }

        /** Whether a loop was stopped (its stack kept), not a pattern's matching. */
        public boolean inLoop() {
            return getStackTrace().length > 0;
        }
    }

    /** The text as the matcher reads it, asking now and then whether to go on. */
    private static final class Stoppable implements CharSequence {
        private final String text;
        private final java.util.function.BooleanSupplier stopped;
        private int reads;

        Stoppable(String text, java.util.function.BooleanSupplier stopped) {
            this.text = text;
            this.stopped = stopped;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && stopped.getAsBoolean()) {
                throw new Stopped();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Whether {@code text} contains {@code word} at a place not covered by one of {@code exceptions}:
     * with the exception 可持续, the word 持续 is mentioned in 持续发展 but not in 影响可持续.
     */
    public static boolean mentions(String text, String word, List<String> exceptions) {
        if (text == null || word.isEmpty()) {
            return false;
        }
        int from = text.indexOf(word);
        while (from >= 0) {
            if (!covered(text, from, word.length(), exceptions)) {
                return true;
            }
            from = text.indexOf(word, from + 1);
        }
        return false;
    }

    private static boolean covered(String text, int at, int length, List<String> exceptions) {
        for (String e : exceptions) {
            int inside = e.indexOf(text.substring(at, at + length));
            while (inside >= 0) {
                int start = at - inside;
                if (start >= 0 && text.startsWith(e, start)) {
                    return true;
                }
                inside = e.indexOf(text.substring(at, at + length), inside + 1);
            }
        }
        return false;
    }

    /** The comma of 3,000: a figure written with it is the figure without it. */
    private static final java.util.regex.Pattern THOUSANDS_COMMA = java.util.regex.Pattern.compile("(?<=\\d),(?=\\d{3})");

    /**
     * Whether a goal's clause writes a figure (30万亩 in 完成疫木除治30万亩; 3,000人次 as 3000人次), not as the end of a
     * larger number (130万亩).
     */
    public static boolean writesFigure(String clause, String figure) {
        if (clause == null || figure == null) {
            return false;
        }
        String half = Text.halfWidth(clause);
        String s = half.indexOf(',') < 0 ? half : THOUSANDS_COMMA.matcher(half).replaceAll("");
        for (int at = s.indexOf(figure); at >= 0; at = s.indexOf(figure, at + 1)) {
            char before = at > 0 ? s.charAt(at - 1) : ' ';
            if (!Character.isDigit(before) && before != '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two word lists have a word in common. Called for every pair of a goal's clause and an
     * indicator: the lists hold a handful of words, which a nested loop compares without a set.
     */
    public static boolean sharesAny(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return false;
        }
        if ((long) a.size() * b.size() > 256) {
            java.util.Set<String> set = new java.util.HashSet<>(a);
            return b.stream().anyMatch(set::contains);
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the two word lists have a word in common, or a word of one holds a word of the other whole
     * (零就业 holds 就业, 中小学生 holds 学生): the segmenter keeps some compounds as one word.
     */
    public static boolean sharesAnyOrPart(List<String> a, List<String> b) {
        if (sharesAny(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.length() != y.length() && Math.min(x.length(), y.length()) >= 2
                        && (x.contains(y) || y.contains(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name and a text both write a word of one field of work: {@code fields} holds one field a line, its
     * words apart by spaces (relevance.domains). An indicator that measures the goals in other words shares no word
     * with them but their field's: 水鸟种类数 of a goal of 湿地保护, 查处案件办结率 of one of 打击违法.
     */
    public static boolean sharesField(String name, String text, List<String> fields) {
        if (name == null || text == null || fields == null) {
            return false;
        }
        for (String field : fields) {
            boolean inName = false;
            boolean inText = false;
            for (String word : field.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                inName |= name.contains(word);
                inText |= text.contains(word);
                if (inName && inText) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code a} shares a word of {@code b}; when {@code b} holds words of {@code first}, one of those. 组织水库管理人员培训
     * names its work (培训, of relevance.activityTerms): 水库管理人员数量 shares 管理, 人员 with it but not 培训.
     */
    public static boolean sharesAnyOf(List<String> a, List<String> b, List<String> first) {
        if (b == null || first == null) {
            return sharesAny(a, b);
        }
        // evaluated for every pair of a goal's clause and an indicator: no list of b's named words is built
        boolean anyNamed = false;
        for (String y : b) {
            if (first.contains(y)) {
                anyNamed = true;
                break;
            }
        }
        if (!anyNamed) {
            return sharesAny(a, b);
        }
        if (a == null) {
            return false;
        }
        for (String y : b) {
            if (first.contains(y) && a.contains(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code words} that are not among {@code common}; all of them when every one is. 农村公厕新建数 has 公厕
     * beyond 农村 and 新建 (relevance.commonTerms); 服务人员 has nothing beyond them, and is read whole.
     */
    public static List<String> beyond(List<String> words, List<String> common) {
        if (words == null || common == null) {
            return words;
        }
        List<String> rest = words.stream().filter(w -> !common.contains(w)).toList();
        return rest.isEmpty() ? words : rest;
    }

    /** Whether every word of {@code words} is one of {@code among} (and there is at least one). */
    public static boolean allAmong(List<String> words, List<String> among) {
        return words != null && !words.isEmpty() && among != null && among.containsAll(words);
    }

    /** Whether {@code text} contains one of {@code words}. */
    public static boolean containsAny(String text, List<String> words) {
        return text != null && words.stream().anyMatch(text::contains);
    }

    /**
     * Whether the word of {@code first} or of {@code second} that the name ends on decides for
     * {@code first}: the one whose last occurrence ends latest, the longer on a tie. 投诉处理满意度 ends on
     * 满意 (not 投诉); 群众不满意率 on 不满意 (longer than 满意, which ends at the same place).
     */
    public static boolean lastIsOf(String text, List<String> first, List<String> second) {
        if (text == null) {
            return false;
        }
        int[] a = lastEnd(text, first);
        int[] b = lastEnd(text, second);
        return a[0] >= 0 && (a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]));
    }

    /** The end of the last occurrence of any of the words, and that word's length; -1 for none. */
    private static int[] lastEnd(String text, List<String> words) {
        int end = -1;
        int length = 0;
        for (String w : words) {
            int at = w.isEmpty() ? -1 : text.lastIndexOf(w);
            if (at >= 0 && (at + w.length() > end || (at + w.length() == end && w.length() > length))) {
                end = at + w.length();
                length = w.length();
            }
        }
        return new int[]{end, length};
    }

    /** Whether {@code text} ends with one of {@code words}. */
    public static boolean endsWithAny(String text, List<String> words) {
        return text != null && words.stream().anyMatch(text::endsWith);
    }

    /** Whether one of {@code texts} contains {@code part}. */
    public static boolean anyContains(List<String> texts, String part) {
        return texts.stream().anyMatch(t -> t != null && t.contains(part));
    }

    /** The {@code words} that {@code text} {@link #mentions mentions}, in the order of the list. */
    public static List<String> mentioned(String text, List<String> words, List<String> exceptions) {
        return words.stream().filter(w -> mentions(text, w, exceptions)).toList();
    }
}
