package org.perfdecl.checker.cli;

import org.perfdecl.checker.report.LocalizedText;

/**
 * An argument the command cannot use, told in both languages (a rules folder that is not there): the command line's
 * handler prints it as its other errors, in Chinese then in English.
 */
final class SaidArgumentException extends IllegalArgumentException {

    private final LocalizedText text;

    SaidArgumentException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    LocalizedText text() {
        return text;
    }
}
