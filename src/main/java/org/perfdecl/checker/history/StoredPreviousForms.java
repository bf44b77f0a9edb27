package org.perfdecl.checker.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.previous.PreviousForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Last year's form of a project as the history holds it: the declaration of the project's latest stored
 * check of that year (its last version), named in the report as the stored report, its version and when
 * it was checked. A database that does not answer is left alone for a while, so that checks are not each
 * held up by the connection timeout while it is down; they are then answered without the comparison.
 *
 * <p>Answers are kept for a short while: every check of a project asks, most answers are "none", and two
 * queries per check were a tenth of the service's time under load. A record this service stores forgets
 * its project's answer once committed (an invalidation waits for a look-up in flight, so no stale answer
 * survives it); a record another replica stores is seen within {@link #REMEMBERED}.
 */
@Component
class StoredPreviousForms implements PreviousForms {

    private static final Logger log = LoggerFactory.getLogger(StoredPreviousForms.class);
    private static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final StoredReportRepository reports;
    private final StoredDocumentRepository documents;
    private final Cache<String, Optional<LastYear>> answers = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(10_000).build();
    private final TransactionTemplate readOnly;
    private volatile long restUntil;

    StoredPreviousForms(StoredReportRepository reports, StoredDocumentRepository documents, ReportStore store,
                        PlatformTransactionManager transactions) {
        this.reports = reports;
        this.documents = documents;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        store.afterCommit(records -> records.forEach(r -> {
            if (r.projectKey() != null) {
                answers.invalidate(r.projectKey());
            }
        }));
        // Hibernate parses a derived query's HQL on its first use: half a second of the first check after
        // a start, unless it is done here, beside the rest of the start
        CompletableFuture.runAsync(this::prepareQueries);
    }

    private void prepareQueries() {
        try {
            read("-");
        } catch (RuntimeException e) {
            log.debug("history queries not prepared at start: {}", e.toString()); // the first check will say
        }
    }

    @Override
    public Optional<LastYear> find(ProjectKey key) {
        if (System.nanoTime() - restUntil < 0) {
            return Optional.empty();
        }
        try {
            return answers.get(key.urlKey(), this::read);
        } catch (RuntimeException e) {
            restUntil = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            log.warn("last year's form of {} could not be read from the history ({}); checks go without it for {} s",
                    key.projectId(), e.toString(), REST_AFTER_FAILURE.toSeconds());
            return Optional.empty();
        }
    }

    /** One transaction for the report, its document and the count of versions. */
    private Optional<LastYear> read(String projectKey) {
        return readOnly.execute(status -> reports.findFirstByProjectKeyOrderByCheckedAtDescIdDesc(projectKey)
                .flatMap(r -> documents.findById(r.getId()).map(d -> LastYear.fromHistory(
                        DeclarationJson.read(d.getDeclaration()),
                        "report " + r.getId() + ", version " + reports.countByProjectKey(projectKey)
                                + " of project " + projectKey + ", checked " + r.getCheckedAt()))));
    }
}
