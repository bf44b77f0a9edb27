package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.declaration.ReadingNote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells the lines of a text whose damaged bytes were replaced on decoding: each becomes a note (IMP-001)
 * of the form the line belongs to (the form that starts nearest before it), at the field read from that
 * line, so the reviewer sees it beside the value it spoiled.
 */
final class DamagedLines {

    private DamagedLines() {
    }

    static List<Form> told(List<Form> forms, TextDecoding.Decoded decoded) {
        if (decoded.damagedLines().isEmpty()) {
            return forms;
        }
        String[] lines = org.perfdecl.checker.declaration.LineBreaks.split(decoded.text());
        Map<Integer, List<ReadingNote>> byForm = new TreeMap<>();
        for (int line : decoded.damagedLines()) {
            int form = formOf(forms, line);
            if (form >= 0) {
                // the line as people read it: cells apart by a space, not a tab
                String text = line <= lines.length ? lines[line - 1].strip().replace('\t', ' ') : "";
                byForm.computeIfAbsent(form, f -> new ArrayList<>())
                        .add(new ReadingNote(fieldAt(forms.get(form), line), text, "damagedBytes", null, Location.line(line)));
            }
        }
        List<Form> out = new ArrayList<>(forms);
        byForm.forEach((i, notes) -> out.set(i, out.get(i).withDeclaration(out.get(i).declaration().withNotes(notes))));
        return out;
    }

    /** The field read from that line (the one written first, when several are), or the whole form. */
    private static String fieldAt(Form form, int line) {
        return form.declaration().sources().entrySet().stream()
                .filter(e -> e.getValue().page() == null && e.getValue().line() != null && e.getValue().line() == line)
                .map(Map.Entry::getKey).min(java.util.Comparator.comparing(String::length)).orElse("");
    }

    /** The form that starts last at or before the line; the first form when none starts before it. */
    private static int formOf(List<Form> forms, int line) {
        int best = -1;
        int bestStart = Integer.MIN_VALUE;
        for (int i = 0; i < forms.size(); i++) {
            Form f = forms.get(i);
            if (f.declaration() == null) {
                continue;
            }
            int start = start(f);
            if (best < 0 || (start <= line && start > bestStart)) {
                best = i;
                bestStart = start <= line ? start : Integer.MIN_VALUE;
            }
        }
        return best;
    }

    /** The form's first line: where it starts, else the first line a field of it was read from. */
    private static int start(Form f) {
        if (f.location() != null && f.location().line() != null) {
            return f.location().line();
        }
        return f.declaration().sources().values().stream().map(Location::line).filter(l -> l != null)
                .mapToInt(Integer::intValue).min().orElse(1);
    }
}
