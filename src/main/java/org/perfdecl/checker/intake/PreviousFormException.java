package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.InputException;

/** Last year's form, given with a check, cannot be used: the message names it and says why. */
public class PreviousFormException extends InputException {

    public PreviousFormException(String message) {
        super(message, (Integer) null);
    }
}
