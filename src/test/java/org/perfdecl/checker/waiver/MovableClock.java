package org.perfdecl.checker.waiver;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test sets to a day (noon, Beijing time), to see waivers expire without waiting. */
final class MovableClock extends Clock {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Import this to have the service judge expiry on a movable clock. */
    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private volatile Instant now = Instant.now();

    void setDay(LocalDate day) {
        now = day.atTime(12, 0).atZone(BEIJING).toInstant();
    }

    void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
