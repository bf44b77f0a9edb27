package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.Location;

/**
 * One form read from a file, with where it starts there; or, when that one form could not be read
 * while its neighbours could (an element of a JSON array that is not an object, say), the reason.
 *
 * @param declaration the form as read, or null when {@code problem} says why there is none
 * @param location    the form's first line, cell, table or page; null when the format has no such place
 * @param problem     why this form is unusable, or null
 * @param previous    last year's form of the project when the input carries it with the form, else null
 */
public record Form(Declaration declaration, Location location, InputException problem, Declaration previous) {

    public static Form of(Declaration declaration, Location location) {
        return new Form(declaration, location, null, null);
    }

    public static Form unusable(InputException problem) {
        return new Form(null, problem.location(), problem, null);
    }

    /** The same form as read otherwise (with notes added, say). */
    public Form withDeclaration(Declaration read) {
        return new Form(read, location, problem, previous);
    }

    /** The form with last year's form of its project, carried with it (a JSON member named previous). */
    public Form withPrevious(Declaration lastYear) {
        return new Form(declaration, location, problem, lastYear);
    }
}
