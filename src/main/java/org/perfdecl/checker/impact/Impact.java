package org.perfdecl.checker.impact;

import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.report.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a change of the rules does to a set of forms, before it goes live: each form is checked with
 * the rules in force and with the candidate, and the findings it gains or loses are listed, by form,
 * by rule and severity, with totals ("adds 37 WARNINGs across 412 forms"), in English or in Chinese
 * ({@code impact.*} of service-texts: "新增 37 条警告，涉及 412 份表单").
 *
 * @param forms     forms checked (unreadable ones are counted in {@code unreadable} and skipped)
 * @param changes   the forms whose findings change, in input order
 */
public record Impact(int forms, int unreadable, List<FormChange> changes) {

    /** A finding as the diff compares it: its rule, severity and field. */
    public record Key(String ruleId, Severity severity, String field) {
        static Key of(ReportFinding f) {
            return new Key(f.ruleId(), f.severity(), f.field());
        }

        @Override
        public String toString() {
            return text(Language.EN);
        }

        /** {@code WARNING BUD-001 /lastYearSpent}, or in Chinese {@code 警告 BUD-001 /lastYearSpent}. */
        public String text(Language language) {
            return Impact.severity(severity, language) + " " + ruleId + " " + (field.isEmpty() ? "/" : field);
        }
    }

    public record FormChange(String form, List<Key> gained, List<Key> lost) {
    }

    /** The candidate's check of a form is incomplete for a reason of its own: {@code why}, in both languages. */
    public static final class CandidateFails extends IllegalStateException {
        private final transient LocalizedText why;

        CandidateFails(String form, LocalizedText problem) {
            super(form + ": " + problem.en());
            this.why = new LocalizedText(form + "：" + problem.zh(), form + ": " + problem.en());
        }

        /** The form and why, in Chinese and English. */
        public LocalizedText why() {
            return why;
        }
    }

    /** Checks every usable form with both checkers. */
    public static Impact of(List<Entry> entries, Checker before, Checker after) {
        return of(entries, before, after, () -> false);
    }

    /** Checks the forms in order until {@code stop} says so (a time limit): the impact on those checked. */
    public static Impact of(List<Entry> entries, Checker before, Checker after, java.util.function.BooleanSupplier stop) {
        List<FormChange> changes = new ArrayList<>();
        int unreadable = 0;
        int forms = 0;
        for (Entry e : entries) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (!e.usable()) {
                unreadable++;
                continue;
            }
            forms++;
            var was = before.check(e.declaration(), e.source(), false);
            var is = after.check(e.declaration(), e.source(), false);
            String problem = is.summary().problem();
            // the candidate fails on the form when its check is incomplete for a reason of its own: a rule that
            // fails, a loop. A form cut to the size limits is incomplete alike under both: compared as checked
            if (problem != null && (is.summary().failedRule() != null || !problem.equals(was.summary().problem()))) {
                throw new CandidateFails(e.name(), is.summary().problemMessage());
            }
            List<Key> old = keys(was);
            List<Key> now = keys(is);
            List<Key> lost = new ArrayList<>(old);
            List<Key> gained = new ArrayList<>();
            for (Key k : now) {
                if (!lost.remove(k)) {
                    gained.add(k);
                }
            }
            if (!gained.isEmpty() || !lost.isEmpty()) {
                String name = e.name() + (e.form() == null ? "" : " #" + e.form());
                changes.add(new FormChange(name, sorted(gained), sorted(lost)));
            }
        }
        return new Impact(forms, unreadable, List.copyOf(changes));
    }

    private static List<Key> keys(org.perfdecl.checker.report.Report report) {
        return report.findings().stream().map(Key::of).toList();
    }

    private static List<Key> sorted(List<Key> keys) {
        return keys.stream().sorted(Comparator.comparing(Key::severity).thenComparing(Key::ruleId)
                .thenComparing(Key::field)).toList();
    }

    /** Findings gained (positive) or lost (negative) per rule and severity, and the forms concerned. */
    public record Tally(String ruleId, Severity severity, int gained, int lost, int forms) {
    }

    public List<Tally> byRule() {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Set<String>> forms = new TreeMap<>();
        for (FormChange c : changes) {
            c.gained().forEach(k -> count(counts, forms, k, c.form(), 0));
            c.lost().forEach(k -> count(counts, forms, k, c.form(), 1));
        }
        List<Tally> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split(" ", 2);
            out.add(new Tally(parts[1], Severity.valueOf(parts[0]), n[0], n[1], forms.get(key).size()));
        });
        out.sort(Comparator.comparing(Tally::severity).thenComparing(Tally::ruleId));
        return out;
    }

    private static void count(Map<String, int[]> counts, Map<String, Set<String>> forms, Key k, String form, int which) {
        String key = k.severity() + " " + k.ruleId();
        counts.computeIfAbsent(key, x -> new int[2])[which]++;
        forms.computeIfAbsent(key, x -> new HashSet<>()).add(form);
    }

    /** "this change adds 2 WARNINGs across 1 form, removes 1 INFO across 1 form (12 forms checked)". */
    public String totals() {
        return totals(Language.EN);
    }

    /** The totals in a language: "此次修改：新增 2 条警告，涉及 1 份表单；减少 1 条提示，涉及 1 份表单（检查了 12 份表单）". */
    public String totals(Language language) {
        Map<Severity, int[]> n = new EnumMap<>(Severity.class);
        Map<Severity, Set<String>> gainedForms = new EnumMap<>(Severity.class);
        Map<Severity, Set<String>> lostForms = new EnumMap<>(Severity.class);
        for (FormChange c : changes) {
            c.gained().forEach(k -> {
                n.computeIfAbsent(k.severity(), s -> new int[2])[0]++;
                gainedForms.computeIfAbsent(k.severity(), s -> new HashSet<>()).add(c.form());
            });
            c.lost().forEach(k -> {
                n.computeIfAbsent(k.severity(), s -> new int[2])[1]++;
                lostForms.computeIfAbsent(k.severity(), s -> new HashSet<>()).add(c.form());
            });
        }
        List<String> parts = new ArrayList<>();
        n.forEach((severity, c) -> {
            if (c[0] > 0) {
                parts.add(say("impact.adds", language, Map.of("findings", findings(c[0], severity, language),
                        "forms", forms(gainedForms.get(severity).size(), language))));
            }
            if (c[1] > 0) {
                parts.add(say("impact.removes", language, Map.of("findings", findings(c[1], severity, language),
                        "forms", forms(lostForms.get(severity).size(), language))));
            }
        });
        String what = parts.isEmpty() ? say("impact.no-change", language, Map.of())
                : String.join(say("impact.and", language, Map.of()), parts);
        return say("impact.totals", language, Map.of("what", what, "forms", forms(forms, language),
                "unreadable", unreadable > 0 ? say("impact.unreadable", language, Map.of("count", unreadable)) : ""));
    }

    /** "2 WARNINGs", "1 INFO"; 2 条警告. */
    private static String findings(int n, Severity severity, Language language) {
        return say(n == 1 ? "impact.findings.one" : "impact.findings.other", language,
                Map.of("count", n, "severity", severity(severity, language)));
    }

    /** "1 form", "3 forms"; 3 份表单. */
    private static String forms(int n, Language language) {
        return say(n == 1 ? "impact.forms.one" : "impact.forms.other", language, Map.of("count", n));
    }

    /** WARNING as it always read in English; 警告 in Chinese. */
    static String severity(Severity severity, Language language) {
        return say("impact.severity." + severity.name(), language, Map.of());
    }

    private static String say(String key, Language language, Map<String, ?> arguments) {
        return ServiceTexts.text(key, arguments).in(language);
    }

    /** The whole diff as text, in English: per form, then per rule, then the totals. */
    public String text() {
        return text(Language.EN);
    }

    /** The whole diff as text in a language (the forms' names and fields as they are): per form, per rule, totals. */
    public String text(Language language) {
        StringBuilder out = new StringBuilder();
        for (FormChange c : changes) {
            out.append(c.form()).append('\n');
            c.gained().forEach(k -> out.append("  + ").append(k.text(language)).append('\n'));
            c.lost().forEach(k -> out.append("  - ").append(k.text(language)).append('\n'));
        }
        List<Tally> tallies = byRule();
        if (!tallies.isEmpty()) {
            out.append('\n');
            for (Tally t : tallies) {
                out.append(String.format("%-8s %-9s %s%s  %s%n", severity(t.severity(), language), t.ruleId(),
                        t.gained() > 0 ? "+" + t.gained() : "", t.lost() > 0 ? (t.gained() > 0 ? " " : "") + "-" + t.lost() : "",
                        say("impact.tally.forms", language, Map.of("forms", forms(t.forms(), language)))));
            }
        }
        out.append('\n').append(totals(language)).append('\n');
        return out.toString();
    }
}
