package org.perfdecl.checker.engine;

import java.time.Duration;

/**
 * The end of the loops in the stuck-rule tests' rules ({@link StuckRuleTest#rulesWithALoop},
 * {@link StuckRuleTest#rulesWithALoopInACondition}): a loop spins until {@link #release()} or its bound in seconds,
 * whichever comes first. Making such rules {@link #hold()}s the loops; a test releases them once it has seen what it
 * checks, instead of sleeping until they end or leaving a core spinning under the tests after it (and a thread
 * counted in {@link StuckChecks#stuck()}). Released stays released until the next hold: a condition evaluated again
 * after the release returns at once.
 */
public final class StuckLoops {

    /** Whether the loops end now. */
    private static volatile boolean released;

    private StuckLoops() {
    }

    /**
     * A Java statement that spins for {@code seconds} at most, or until {@link #release()}; the loops are held. A call
     * of Java outside the DRL: a loop written in the DRL itself is stopped at the check's time limit (the loader guards
     * it, {@code StoppedLoopTest}), while this one, as a helper class's or a pattern's that backtracks, cannot be.
     */
    static String loop(int seconds) {
        hold();
        return "org.perfdecl.checker.engine.StuckLoops.spin(%d);\n".formatted(seconds);
    }

    /** Spins for {@code seconds} at most, or until {@link #release()}; true. */
    public static boolean spin(int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && !released) {
            Thread.onSpinWait();
        }
        return true;
    }

    /** Loops spin (up to their bound) from now on. */
    static void hold() {
        released = false;
    }

    /** Ends every loop, spinning now or started before the next {@link #hold()}. */
    public static void release() {
        released = true;
    }

    /** Releases the loops and waits (up to {@code within}) until the threads stuck in them are counted back to {@code stuck}. */
    static void releaseAndAwait(int stuck, Duration within) throws InterruptedException {
        release();
        long until = System.nanoTime() + within.toNanos();
        while (StuckChecks.stuck() > stuck && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
