package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.report.Report;

/**
 * One item of input as the pipeline hands it on: a form to check, with the file it came from and
 * where in it; or, in its place, why that file (or that form of it) cannot be used.
 *
 * @param name     the file's name, or null for a request body
 * @param form     1-based index of the form in its file when the file holds several, else null
 * @param location where the form starts, or where reading it went wrong
 * @param problem  why there is no declaration: an {@link InputException}, or a failure of the checker itself
 * @param previous last year's form of the project, when the input carried it with this form (JSON), else null
 * @param format   the format the form was read from, when it was read
 */
public record Entry(String name, Integer form, Location location, Declaration declaration, RuntimeException problem,
                    Declaration previous, Format format) {

    /** An entry that says nothing of its format. */
    public Entry(String name, Integer form, Location location, Declaration declaration, RuntimeException problem,
                 Declaration previous) {
        this(name, form, location, declaration, problem, previous, null);
    }

    /** An entry that carries no form of last year with it. */
    public Entry(String name, Integer form, Location location, Declaration declaration, RuntimeException problem) {
        this(name, form, location, declaration, problem, null, null);
    }

    public boolean usable() {
        return declaration != null;
    }

    /** Why there is no declaration, or null. */
    public String reason() {
        return problem == null ? null : reason(problem);
    }

    /** The kind of problem ({@link InputException#code()}): checker-failed for a failure of ours; null for a usable entry. */
    public String code() {
        return problem == null ? null : problem instanceof InputException e ? e.code() : "checker-failed";
    }

    /** The reason in both languages from one key, or null when its code words it. */
    public org.perfdecl.checker.report.LocalizedText text() {
        return problem instanceof InputException e ? e.text() : null;
    }

    /** The reason, naming the file: what a message on its own shows for an unusable item. */
    public String error() {
        if (problem == null) {
            return null;
        }
        return (name == null ? "" : name + (form == null ? "" : " #" + form) + ": ") + reason();
    }

    public Report.Source source() {
        return new Report.Source(name, form, location);
    }

    static String reason(RuntimeException problem) {
        return problem instanceof InputException ? problem.getMessage()
                : "the checker failed on this input; the error is logged, please report it with the file";
    }
}
