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

    /**
     * Whether the loops end now. A field the loops' Java reads, not a method: the stuck thread's stack shows the rule's
     * own frames, as with a plain loop.
     */
    public static volatile boolean released;

    private StuckLoops() {
    }

    /** Java statements that spin for {@code seconds} at most, or until {@link #release()}; the loops are held. */
    static String loop(int seconds) {
        hold();
        return """
                long end = System.nanoTime() + %dL * 1_000_000_000L;
                while (System.nanoTime() < end && !org.perfdecl.checker.engine.StuckLoops.released) { }
                """.formatted(seconds);
    }

    /**
     * A loop in Java a condition calls that is no DRL function (a helper of the fact's, a pattern matching without end):
     * spins for a minute at most, or until {@link #release()}; the loops are held when the rules are made
     * ({@link StuckRuleTest#rulesWithALoopInAConditionsOwnCode}).
     */
    public static boolean spin() {
        long end = System.nanoTime() + 60_000_000_000L;
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
