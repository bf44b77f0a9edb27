package org.perfdecl.checker.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.previous.PreviousForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Last year's form of a project as the history holds it: the declaration of the project's latest stored
 * check of that year (its last version), named in the report as the stored report, its version and when
 * it was checked. A database that does not answer is left alone for a while, so that checks are not each
 * held up by the connection timeout while it is down; they are then answered without the comparison.
 *
 * <p>Answers are kept for a short while: every check of a project asks, most answers are "none", and the
 * look-ups were a tenth of the service's time under load. A record this service stores forgets
 * its project's answer once committed (an invalidation waits for a look-up in flight, so no stale answer
 * survives it); a record another replica stores is seen within {@link #REMEMBERED}.
 */
@Component
class StoredPreviousForms implements PreviousForms {

    private static final Logger log = LoggerFactory.getLogger(StoredPreviousForms.class);
    private static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final ReportHistory history;
    private final Cache<String, Optional<LastYear>> answers = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(10_000).build();
    private volatile long restUntil;

    StoredPreviousForms(ReportHistory history, ReportStore store) {
        this.history = history;
        store.afterCommit(records -> records.forEach(r -> {
            if (r.projectKey() != null) {
                answers.invalidate(r.projectKey());
            }
        }));
    }

    @Override
    public Optional<LastYear> find(ProjectKey key) {
        if (System.nanoTime() - restUntil < 0) {
            return Optional.empty();
        }
        try {
            return answers.get(key.urlKey(), history::lastVersion);
        } catch (RuntimeException e) {
            restUntil = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            log.warn("last year's form of {} could not be read from the history ({}); checks go without it for {} s",
                    key.projectId(), e.toString(), REST_AFTER_FAILURE.toSeconds());
            return Optional.empty();
        }
    }
}
