package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.previous.LastYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Last year's form(s) given with a check as a file (an upload part named {@code previous}, the CLI's
 * {@code --previous FILE}), read like any input. One form is compared with every form checked (a
 * form of another project or year then gets YOY-006, saying so); a file of several forms, such as a
 * workbook of last year's forms, gives each form checked the one of its own project and the year before.
 */
public final class PreviousFile {

    private final List<LastYear> forms;

    private PreviousFile(List<LastYear> forms) {
        this.forms = forms;
    }

    /**
     * @param what how the user named it, for the error: {@code the part named "previous"}, {@code --previous a.txt}
     * @throws PreviousFormException when the file holds no usable form, or one of its forms is unusable
     */
    public static PreviousFile read(Source source, LocalizedText what) {
        List<LastYear> forms = new ArrayList<>();
        List<Entry> entries;
        try {
            entries = Intake.read(source);
        } catch (PreviousFormException e) {
            throw e;
        } catch (InputException e) {
            throw PreviousFormException.said("previous.unusable", Map.of("what", what, "reason", PreviousFormException.reason(e)));
        }
        for (Entry entry : entries) {
            if (!entry.usable()) {
                LocalizedText reason = ServiceTexts.unreadable(entry.code(), entry.reason(), entry.location(), entry.text());
                throw entry.form() == null
                        ? PreviousFormException.said("previous.unusable", Map.of("what", what, "reason", reason))
                        : PreviousFormException.said("previous.unusable.form", Map.of("what", what, "form", entry.form(), "reason", reason));
            }
            // a file of several forms: the report names which of them it compared with (#2), as a batch names its items
            forms.add(LastYear.given(entry.declaration(), entries.size() > 1 && entry.form() != null
                    ? source.name() + " #" + entry.form() : source.name()));
        }
        return new PreviousFile(List.copyOf(forms));
    }

    /**
     * Last year's form for this one: of its project and the year before; else, when the file holds none such, a form
     * of its project (another year) or the first, which the rules then report as not last year's (YOY-006). A file
     * given is never passed over for the history: the user asked for a comparison with it.
     */
    public LastYear forForm(Declaration declaration) {
        if (forms.size() == 1) {
            return forms.get(0);
        }
        Optional<ProjectKey> wanted = ProjectKey.of(declaration).map(ProjectKey::previousYear);
        return wanted.flatMap(key -> forms.stream()
                        .filter(f -> ProjectKey.of(f.declaration()).filter(key::equals).isPresent()).findFirst())
                .or(() -> wanted.flatMap(key -> forms.stream()
                        .filter(f -> ProjectKey.of(f.declaration()).filter(k -> k.projectId().equals(key.projectId())).isPresent()).findFirst()))
                .orElse(forms.get(0));
    }

    public int size() {
        return forms.size();
    }
}
