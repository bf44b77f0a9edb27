package org.perfdecl.checker.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client address (Bucket4j), for one kind of request: so many per minute, refilled
 * steadily. The buckets of clients not seen for a while are dropped, and there are never more than
 * {@code MAX_CLIENTS} of them, so a flood of addresses cannot grow the map without end.
 */
final class ClientRateLimits {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(10)).build();

    /** @param perMinute requests a client may make per minute; 0 means no limit */
    ClientRateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one token for the client; empty when it may go on, else the seconds it must wait. */
    OptionalLong take(String client) {
        if (!enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
