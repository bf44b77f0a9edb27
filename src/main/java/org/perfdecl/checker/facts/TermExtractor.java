package org.perfdecl.checker.facts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.ruleset.Policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts Chinese text into the content words it speaks of, so a goal and an indicator can be compared
 * by meaning rather than by spelling. Segmentation is HanLP's (portable edition: dictionary and
 * model inside the jar); which words count, their stems and their synonyms come from the
 * {@code relevance} section of the parameter file.
 *
 * <p>Segmentation was most of a check's cost, so it is kept lean: HanLP's Viterbi segmenter without
 * its person-name recognisers (two extra HMM passes per sentence, for names that forms do not hold),
 * each clause segmented once for both its terms and its slogan test. What was segmented is kept (per rule
 * set, bounded): an indicator's name recurs from form to form (they come from the same indicator
 * libraries), and so do a goal's clauses, within a form (the annual goal copies the overall goal, the
 * overview restates both) and across checks (a form checked again after an edit, a unit's forms written
 * from one template).
 */
public final class TermExtractor {

    /** Shared by every thread, as HanLP's own default segmenter is: its configuration is read only. */
    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false);

    /** What one clause says: its content words, and whether it builds on a slogan verb. */
    public record Clause(List<String> terms, boolean slogan) {
    }

    private final List<String> suffixes;
    private final Set<String> stopTerms;
    private final Set<String> sloganVerbs;
    private final Map<String, String> canonical = new HashMap<>();

    private final int maxTextChars;
    private final int maxNameChars;
    private final Cache<String, List<String>> nameTerms = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Clause> clauses = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, List<String>> namePieces = Caffeine.newBuilder().maximumSize(20_000).build();

    public TermExtractor(Policy policy) {
        this.maxTextChars = (int) policy.number("relevance.maxChars.text");
        this.maxNameChars = (int) policy.number("relevance.maxChars.name");
        segment("加载词典", maxNameChars); // HanLP loads its dictionary on first use: here, with the rule set, not in a check
        this.suffixes = policy.words("relevance.termSuffixes");
        this.stopTerms = Set.copyOf(policy.words("relevance.stopTerms"));
        this.sloganVerbs = Set.copyOf(policy.words("relevance.sloganVerbs"));
        for (String group : policy.words("relevance.synonyms")) {
            String[] words = group.strip().split("\\s+");
            for (String w : words) {
                canonical.put(stem(w), stem(words[0]));
            }
        }
    }

    /**
     * Loads HanLP's dictionary now, on a thread of its own: a command-line run starts it beside the
     * rules (it costs about half a second of a cold start), and the first {@code TermExtractor} waits
     * for it only if it is not done yet (the class initialisation is HanLP's, and thread-safe).
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> segment("加载词典", 16), "dictionary-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The content words of a text (nouns, verbs, adjectives of two characters or more), stemmed and merged. */
    public List<String> terms(String text) {
        return terms(text, maxTextChars);
    }

    /** The content words of an indicator's name. */
    public List<String> nameTerms(String name) {
        return name == null ? List.of() : nameTerms.get(name, n -> terms(n, maxNameChars));
    }

    /** A clause's content words and whether it builds on a verb that states a value (弘扬, 体现) rather than a result. */
    public Clause clause(String text) {
        return clauses.get(text, this::read);
    }

    private Clause read(String text) {
        List<Term> segmented = segment(text, maxTextChars);
        List<String> words = contentWords(segmented);
        // a slogan verb the dictionary lacks is read from its characters too (铸/牢 of 铸牢中华民族共同体意识)
        boolean slogan = segmented.stream().anyMatch(t -> sloganVerbs.contains(t.word))
                || words.stream().anyMatch(sloganVerbs::contains);
        return new Clause(words, slogan);
    }

    /**
     * The pairs of characters the segmenter cut apart in an indicator's name (学/前 of 学前三年毛入园率, 易/涝 of
     * 易涝点整治数量, 志/书 of 志书质量达标率): neither side a number, a measure word, punctuation or a function word; and a
     * single character standing alone with the first of the word after it (非遗 of 非/遗传/承, 助餐 of 助/餐点), which the
     * segmenter took in.
     * Words the dictionary lacks are cut one way in a name and another in a goal (地方志/书), so these are looked
     * for in the goals as written.
     */
    public List<String> namePieces(String name) {
        return name == null ? List.of() : namePieces.get(name, n -> {
            List<Term> segmented = segment(n, maxNameChars);
            Set<String> out = new LinkedHashSet<>();
            for (int k = 1; k < segmented.size(); k++) {
                Term a = segmented.get(k - 1);
                Term b = segmented.get(k);
                if (isPieceCharacter(a) && isPieceCharacter(b)) {
                    out.add(a.word + b.word);
                } else if (isPieceCharacter(a) && (k < 2 || !isPieceCharacter(segmented.get(k - 2))) && b.word.length() > 1 && isContentNature(b)
                        && Character.UnicodeScript.of(b.word.charAt(0)) == Character.UnicodeScript.HAN) {
                    // a character standing alone before a word that took in its partner (非/遗传/承 of 非遗传承体验人次, 助/餐点
                    // of 助餐点数量): the character and the word's first one (not 书质 of 志/书/质量: 志书 is its pair)
                    out.add(a.word + b.word.charAt(0));
                }
            }
            return List.copyOf(out);
        });
    }

    /** A single Chinese character of a kind that may be part of a word: not a number, measure word, pronoun or particle. */
    private static boolean isPieceCharacter(Term t) {
        if (t.word.length() != 1 || t.nature == null || Character.UnicodeScript.of(t.word.charAt(0)) != Character.UnicodeScript.HAN) {
            return false;
        }
        String n = t.nature.toString();
        return !(n.startsWith("m") || n.startsWith("q") || n.startsWith("w") || n.startsWith("u") || n.startsWith("p")
                || n.startsWith("c") || n.startsWith("r") || n.startsWith("e") || n.startsWith("y") || n.startsWith("o")
                || n.startsWith("x"));
    }

    private List<String> terms(String text, int maxChars) {
        return contentWords(segment(text, maxChars));
    }

    private List<String> contentWords(List<Term> segmented) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder(); // single characters in a row (垮/坝, 非/遗): a word the dictionary lacks
        for (Term t : segmented) {
            if (t.word.length() == 1 && isContentNature(t)) {
                run.append(t.word);
                continue;
            }
            add(run, out);
            if (isContent(t)) {
                add(t.word, out);
            }
        }
        add(run, out);
        return List.copyOf(out);
    }

    private void add(StringBuilder run, Set<String> out) {
        if (run.length() >= 2) {
            add(run.toString(), out);
        }
        run.setLength(0);
    }

    private void add(String word, Set<String> out) {
        String stem = stem(word);
        if (!stopTerms.contains(stem) && !stopTerms.contains(word)) {
            out.add(canonical.getOrDefault(stem, stem));
        }
    }

    private static List<Term> segment(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = Text.halfWidth(text);
        return SEGMENT.seg(s.length() > maxChars ? s.substring(0, maxChars) : s);
    }

    /** A content word of two characters or more. */
    private static boolean isContent(Term t) {
        // a distinguishing word of its own (国家级, 公共) says what kind, not what: only within a run (非/遗)
        return t.word.length() >= 2 && isContentNature(t) && !"b".equals(t.nature.toString());
    }

    /**
     * Nouns (n…), verbs (v, vn, vi, vg…), adjectives (a, an), distinguishing words (b: 非/b of 非遗) and the
     * dictionary's terms of a field (g…: 数据共享/gi); not adverbial forms (vd, ad) nor 是/有.
     */
    private static boolean isContentNature(Term t) {
        if (t.nature == null) {
            return false;
        }
        String n = t.nature.toString();
        if (n.equals("vd") || n.equals("ad") || n.equals("vshi") || n.equals("vyou")) {
            return false;
        }
        return n.startsWith("n") || n.startsWith("v") || n.startsWith("a") || n.startsWith("g") || n.equals("b");
    }

    private String stem(String word) {
        for (String suffix : suffixes) {
            if (word.length() - suffix.length() >= 2 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /**
     * The clauses of a text (as far as it is read, see relevance.maxChars): cut at ， , ； ; 。 and line
     * ends, not at 、, which lists parts of one clause, nor at the comma of a figure (3,000人次).
     */
    public List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder clause = new StringBuilder();
        String s = Text.halfWidth(text);
        s = s.length() > maxTextChars ? s.substring(0, maxTextChars) : s;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            boolean thousands = c == ',' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1)); // 3,000人次 is one figure, not two clauses
            if (!thousands && (c == ',' || c == ';' || c == '。' || c == '!' || c == '?' || c == '\n' || c == '\r')) {
                String done = clause.toString().strip();
                if (!done.isEmpty()) {
                    out.add(done);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
