package org.perfdecl.checker.history;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

/** Reads the stored checks; they are written by {@link ReportStore} only. */
public interface StoredReportRepository extends JpaRepository<StoredReport, String>, JpaSpecificationExecutor<StoredReport> {

    long countByProjectKey(String projectKey);

    Optional<StoredReport> findFirstByProjectKeyOrderByCheckedAtDescIdDesc(String projectKey);
}
