package org.perfdecl.checker.engine;

import org.perfdecl.checker.report.Report;

/**
 * Told about every finished check, e.g. to count it for operators. The engine knows no metrics
 * library: the service binds one (Micrometer) through this, the CLI binds none.
 */
@FunctionalInterface
public interface CheckListener {

    /**
     * @param stoppedBy the limit that stopped the rules before they finished (the report is then
     *                  INCOMPLETE), or null when they ran to the end
     * @param nanos  wall-clock time of the whole check
     */
    void checked(Report report, Limit stoppedBy, long nanos);

    /** A limit that stops the rules of one check. */
    enum Limit {
        /** {@code checker.check-time-limit} ran out: the session was halted */
        TIME_LIMIT,
        /** {@code checker.max-rule-firings} was reached: a rule may be looping */
        FIRING_LIMIT
    }
}
