package org.perfdecl.checker.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * Threads for the checker's own parallel work (the fixture trial, the first rule-set compile, the
 * warm-up), carrying the application's class loader as their context class loader.
 * <p>
 * Why not the common pool: in the packaged jar its threads carry the system class loader, which
 * cannot see the nested jars. Drools finds some of its parts through the context class loader the
 * first time it needs them (MVEL's JIT looks up its executor after a constraint's 20th evaluation)
 * and keeps a failure for the life of the JVM: a trial that crossed that line on a common-pool
 * thread answered a reload with 500 and left every later MVEL rule set failing.
 */
public final class Workers {

    private static final ForkJoinPool POOL = newPool("checker-worker-");

    /** A thread of one of the checker's pools. */
    private static final class Worker extends ForkJoinWorkerThread {
        Worker(ForkJoinPool pool, String name) {
            super(pool);
            setName(name + getPoolIndex());
            setContextClassLoader(Workers.class.getClassLoader());
        }
    }

    private Workers() {
    }

    /** For {@code CompletableFuture.supplyAsync(…, Workers.executor())}. */
    public static Executor executor() {
        return POOL;
    }

    /**
     * A pool of the checker's own for work that may never end (a rule set on trial, whose rule may loop in its
     * consequence, where no halt reaches it): given up, it keeps its stuck threads to itself, and the shared
     * pool stays free for the next trial and compile.
     */
    public static ForkJoinPool newPool(String threadName) {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> new Worker(pool, threadName), null, false);
    }

    /**
     * Runs {@code work} in the pool and waits: a parallel stream inside it forks into the pool too. Called on a
     * thread of one of the checker's pools, it runs there, in that pool.
     */
    public static <T> T inPool(Supplier<T> work) {
        if (Thread.currentThread() instanceof Worker) {
            return work.get();
        }
        return POOL.submit(work::get).join();
    }
}
