package org.perfdecl.checker.waiver;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.List;

interface StoredWaiverRepository extends JpaRepository<StoredWaiver, Long>, JpaSpecificationExecutor<StoredWaiver> {

    /** The waivers not revoked whose expiry date is not before the day: those a check may apply. */
    List<StoredWaiver> findByRevokedAtIsNullAndExpiresGreaterThanEqual(LocalDate day);
}
