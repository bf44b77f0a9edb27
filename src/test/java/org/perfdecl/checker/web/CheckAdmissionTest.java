package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAdmissionTest {

    @Test
    void beyondTheThreadsAndTheQueueAChecksIsTurnedAwayAtOnce() throws Exception {
        CheckAdmission admission = new CheckAdmission(1, 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = occupy(admission, release);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> run(admission, () -> { }));
        while (admission.inFlight() < 2) {
            Thread.onSpinWait();
        }

        boolean third = run(admission, () -> { throw new AssertionError("must not run"); });
        release.countDown();

        assertThat(third).isFalse();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void aCheckThatWaitsLongerThanAllowedIsTurnedAway() throws Exception {
        CheckAdmission admission = new CheckAdmission(1, 5, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = occupy(admission, release);

        assertThat(run(admission, () -> { })).isFalse();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    }

    /** A check that holds the only thread until {@code release}; returns once it is running. */
    private static CompletableFuture<Boolean> occupy(CheckAdmission admission, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(() -> run(admission, () -> {
            running.countDown();
            release.await();
        }));
        running.await(10, TimeUnit.SECONDS);
        return check;
    }

    private static boolean run(CheckAdmission admission, CheckAdmission.Work work) {
        try {
            return admission.run(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
