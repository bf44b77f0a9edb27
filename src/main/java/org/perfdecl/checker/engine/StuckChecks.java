package org.perfdecl.checker.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a guarded check runs, so that a rule whose consequence never returns (a loop in its Java, out of
 * reach of the halt that stops a check at its time limit) costs its thread, not the caller's answer: the
 * caller waits up to the time limit and {@link #GRACE}, then answers INCOMPLETE naming the rule. Such a
 * thread cannot be stopped (Thread.stop is gone from the JDK); it is left to its loop and counted. The pool
 * makes a thread for each check that finds none idle, so stuck threads never leave later checks without
 * one; how many are stuck is told in the log and in the service's readiness ({@code stuckChecks}, DOWN at
 * {@link #MAX_LOST}: each holds a core, and only a restart gives it back).
 */
public final class StuckChecks {

    /** How long past its time limit a check may take to answer before it is given up. */
    public static final Duration GRACE = Duration.ofSeconds(1);

    /** Stuck threads past which the service should be restarted (readiness DOWN). */
    public static final int MAX_LOST = 4;

    private static final AtomicInteger LOST = new AtomicInteger();
    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** A thread of the pool: the application's class loader as its context one (see {@link Workers}). */
    private static final class Runner extends Thread {
        Runner(Runnable r) {
            super(r, "checker-check-" + NUMBER.incrementAndGet());
            setDaemon(true); // a stuck one must not keep the command line from exiting
            setContextClassLoader(StuckChecks.class.getClassLoader());
        }
    }

    private static final ThreadPoolExecutor RUNNERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), Runner::new);

    private StuckChecks() {
    }

    static <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, RUNNERS);
    }

    /**
     * Threads for a pool of the caller's own that runs guarded checks in place ({@link Checker#guardStuckRulesInPlace()}):
     * daemons (a stuck one must not keep the command line from exiting), with the application's class loader.
     */
    public static java.util.concurrent.ThreadFactory daemonThreads() {
        return Runner::new;
    }

    /** Whether the current thread is one of the pool's (a check inside a check runs where it is). */
    static boolean onRunner() {
        return Thread.currentThread() instanceof Runner;
    }

    /** Counts a thread given up; how many are stuck now. */
    static int lost() {
        return LOST.incrementAndGet();
    }

    /** A thread given up that returned after all. */
    static void returned() {
        LOST.decrementAndGet();
    }

    /** Threads of checks given up that are still stuck. */
    public static int stuck() {
        return LOST.get();
    }
}
