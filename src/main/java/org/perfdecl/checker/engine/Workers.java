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

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("checker-worker-" + thread.getPoolIndex());
        thread.setContextClassLoader(Workers.class.getClassLoader());
        return thread;
    }, null, false);

    private Workers() {
    }

    /** For {@code CompletableFuture.supplyAsync(…, Workers.executor())}. */
    public static Executor executor() {
        return POOL;
    }

    /** Runs {@code work} in the pool and waits: a parallel stream inside it forks into the pool too. */
    public static <T> T inPool(Supplier<T> work) {
        return POOL.submit(work::get).join();
    }
}
