package org.perfdecl.checker.report;

/** ERROR: must be fixed before submission; WARNING: a reviewer must look; INFO: advice. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this is as bad as {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
