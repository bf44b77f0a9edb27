package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.ServiceTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one input pipeline every door uses: a file (name, bytes, what was declared about it) -> its
 * format -> the reader of that format -> each form with where it starts, or the reason it is
 * unusable -> a report per form. Whatever goes wrong with one file or one form, including a bug of
 * ours, becomes that item's error; it never stops the other items.
 */
public final class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Checker checker;

    public Intake(Checker checker) {
        this.checker = checker;
    }

    public Checker checker() {
        return checker;
    }

    /** The forms a file holds, or one entry saying why it holds none that can be used. Never throws. */
    public static List<Entry> read(Source source) {
        Format format = null;
        try {
            format = FormatDetector.detect(source);
            Format detected = format;
            FormatReader reader = FormatReaders.of(format).orElseThrow(() -> InputException.coded("unknown-format", 
                    "reading " + detected.title() + " files is not supported by this version of the checker", null));
            List<Form> forms = reader.read(source);
            if (forms.isEmpty()) {
                throw InputException.coded("not-a-form", "no declaration form found", null);
            }
            refuseWithoutKeyFields(forms, detected);
            List<Entry> entries = new ArrayList<>(forms.size());
            for (int i = 0; i < forms.size(); i++) {
                Form f = forms.get(i);
                Integer index = forms.size() > 1 ? i + 1 : null;
                entries.add(new Entry(source.name(), index, f.location(), f.declaration(), f.problem(), f.previous(),
                        detected));
            }
            return entries;
        } catch (InputException e) {
            return List.of(unusable(source, format, e));
        } catch (StackOverflowError e) {
            // only content nested far deeper than a form's runs a reader (POI, PDFBox, ours) out of stack: the file's
            // problem, told as such, not the checker's failure (a 500)
            log.warn("reading {} ran out of stack: its content nests too deeply", source.name() == null ? "a request body" : source.name());
            return List.of(unusable(source, format, InputException.told("too-large",
                    ServiceTexts.text("unreadable.too-large.deep", Map.of()), null)));
        } catch (RuntimeException e) {
            log.error("reading {} failed", source.name() == null ? "a request body" : source.name(), e);
            return List.of(new Entry(source.name(), null, null, null, wrap(e)));
        }
    }

    /**
     * A form file (text, workbook, document, PDF) read into forms none of which has a key field (项目名称, an
     * amount, an indicator row) was not read: a title over cells that could not be told apart, say. One
     * refusal says so, rather than a report of every field missing. JSON names its fields, so an empty
     * object is a form with its fields missing and gets its findings.
     */
    private static void refuseWithoutKeyFields(List<Form> forms, Format format) {
        if (format == Format.JSON || forms.stream().anyMatch(f -> f.declaration() == null || f.declaration().hasKeyField())) {
            return;
        }
        throw InputException.codedAt("no-form-fields", "a declaration form was found but none of its key fields "
                + "could be read: no project name (项目名称), no budget amount, no indicator row; if its cells are "
                + "not separated by tabs or by two or more spaces, send the Excel or Word file itself",
                forms.get(0).location());
    }

    /** Reads and checks one file: a batch item per form. Never throws. */
    public List<Batch.Item> check(Source source, boolean explain) {
        return check(source, null, explain);
    }

    /** Reads and checks one file, each form against its form of last year in {@code previous} (may be null). */
    public List<Batch.Item> check(Source source, PreviousFile previous, boolean explain) {
        return read(source).stream().map(e -> check(e, previous, explain)).toList();
    }

    /** Checks one entry: its report, or the reason there is none. Never throws. */
    public Batch.Item check(Entry entry, boolean explain) {
        return check(entry, null, explain);
    }

    /**
     * Checks one entry against last year's form: the one the entry carries (a JSON member), else its
     * form in {@code previous}, else whatever the checker finds in the history. Never throws.
     */
    public Batch.Item check(Entry entry, PreviousFile previous, boolean explain) {
        if (!entry.usable()) {
            return Batch.Item.error(entry.name(), entry.form(), entry.location(), entry.reason(), entry.code(), entry.text());
        }
        try {
            LastYear lastYear = entry.previous() != null ? LastYear.given(entry.previous(), null)
                    : previous == null ? null : previous.forForm(entry.declaration());
            return Batch.Item.report(entry.name(), entry.form(), entry.location(),
                    checker.check(entry.declaration(), lastYear, entry.source(), explain));
        } catch (RuntimeException | StackOverflowError e) {
            log.error("checking {} failed", entry.name() == null ? "a request body" : entry.name(), e);
            Entry failed = new Entry(entry.name(), entry.form(), entry.location(), null, wrap(e));
            return Batch.Item.error(failed.name(), failed.form(), failed.location(), failed.reason(), failed.code(), failed.text());
        }
    }

    /** Reads and checks the files in order, into one batch. */
    public Batch checkAll(List<Source> sources, boolean explain) {
        List<Batch.Item> items = new ArrayList<>();
        sources.forEach(s -> items.addAll(check(s, explain)));
        return Batch.of(items);
    }

    /** A file named as one format that holds another says so, for the name is what the user looks at. */
    private static Entry unusable(Source source, Format detected, InputException e) {
        InputException problem = e;
        var named = Format.ofFileName(source.name());
        if (detected != null && named.isPresent() && named.get() != detected
                && !(named.get() == Format.TEXT && detected == Format.JSON)) {
            problem = InputException.codedAt(e.code(), "named as " + named.get().title() + " but the content is "
                    + detected.title() + ": " + e.getMessage(), e.location());
        }
        return new Entry(source.name(), null, problem.location(), null, problem);
    }

    private static RuntimeException wrap(Throwable e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
