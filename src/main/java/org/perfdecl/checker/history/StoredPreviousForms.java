package org.perfdecl.checker.history;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.previous.PreviousForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Optional;

/**
 * Last year's form of a project as the history holds it: the declaration of the project's latest stored
 * check of that year (its last version), named in the report as the stored report, its version and when
 * it was checked. A database that does not answer is left alone for a while, so that checks are not each
 * held up by the connection timeout while it is down; they are then answered without the comparison.
 */
@Component
@Transactional(readOnly = true)
class StoredPreviousForms implements PreviousForms {

    private static final Logger log = LoggerFactory.getLogger(StoredPreviousForms.class);
    private static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(30);

    private final StoredReportRepository reports;
    private final StoredDocumentRepository documents;
    private volatile long restUntil;

    StoredPreviousForms(StoredReportRepository reports, StoredDocumentRepository documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @Override
    public Optional<LastYear> find(ProjectKey key) {
        if (System.nanoTime() - restUntil < 0) {
            return Optional.empty();
        }
        try {
            String projectKey = key.urlKey();
            return reports.findFirstByProjectKeyOrderByCheckedAtDescIdDesc(projectKey)
                    .flatMap(r -> documents.findById(r.getId()).map(d -> LastYear.fromHistory(
                            DeclarationJson.read(d.getDeclaration()),
                            "report " + r.getId() + ", version " + reports.countByProjectKey(projectKey)
                                    + " of project " + projectKey + ", checked " + r.getCheckedAt())));
        } catch (RuntimeException e) {
            restUntil = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            log.warn("last year's form of {} could not be read from the history ({}); checks go without it for {} s",
                    key.projectId(), e.toString(), REST_AFTER_FAILURE.toSeconds());
            return Optional.empty();
        }
    }
}
