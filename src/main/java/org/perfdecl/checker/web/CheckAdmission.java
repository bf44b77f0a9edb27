package org.perfdecl.checker.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the checks that run at once to what the machine can compute ({@code checker.check-threads},
 * default the number of cores) and the ones that wait to {@code checker.check-queue}. A check beyond
 * both, or one that waits longer than {@code checker.check-queue-wait}, is turned away (503 with
 * Retry-After) at once, instead of every check slowing down until all of them time out.
 */
final class CheckAdmission {

    /** The work of one admitted check. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private final Semaphore running;
    private final int capacity;
    private final long waitNanos;
    private final AtomicInteger admitted = new AtomicInteger();

    CheckAdmission(int threads, int queue, java.time.Duration wait) {
        this.running = new Semaphore(threads, true);
        this.capacity = threads + queue;
        this.waitNanos = wait.toNanos();
    }

    /** Runs the work when a place is free; false (and nothing run) when the service is full. */
    boolean run(Work work) throws Exception {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            return false;
        }
        try {
            if (!running.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                running.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }

    int inFlight() {
        return admitted.get();
    }
}
