package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Report ids are UUIDs of version 7 whose text sorts by the time they were made. */
class TimeOrderedIdsTest {

    @Test
    void theVersionAndVariantBitsAreThoseOfVersion7() {
        UUID id = UUID.fromString(TimeOrderedIds.next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theTimestampComesFirstSoTheTextSortsByTime() {
        long millis = 1_764_000_000_000L; // 2025-11-24
        UUID earlier = TimeOrderedIds.of(millis, -1L, -1L);
        UUID later = TimeOrderedIds.of(millis + 1, 0L, 0L);

        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(earlier.toString()).startsWith("019ab697-e800-7");
    }
}
