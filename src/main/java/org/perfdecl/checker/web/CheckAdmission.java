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
        Place place = new Place();
        try {
            if (!running.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return false;
            }
            place.computing = true;
            HELD.set(place);
            work.run();
            return true;
        } finally {
            HELD.remove();
            place.leave();
        }
    }

    /** The admission the current thread holds a place of, while it runs admitted work. */
    private static final ThreadLocal<Place> HELD = new ThreadLocal<>();

    /** One admitted check's place, given back once: at the end, or early by {@link #outside}. */
    private final class Place {
        private boolean computing;
        private boolean left;

        void leave() {
            if (!left) {
                left = true;
                if (computing) {
                    running.release();
                }
                admitted.decrementAndGet();
            }
        }
    }

    /**
     * Runs a wait that needs no CPU (the history's commit) after giving the current thread's place back,
     * so the checks waiting for a place are computed meanwhile and a slow database does not turn checks
     * away; the rest of the request (writing the answer) runs without a place. Outside admitted work it
     * just runs.
     */
    static <T> T outside(java.util.function.Supplier<T> wait) {
        Place place = HELD.get();
        if (place != null) {
            place.leave();
        }
        return wait.get();
    }

    int inFlight() {
        return admitted.get();
    }
}
