package org.perfdecl.checker.waiver;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored waiver as the API shows it: the terms under the keys a waivers file uses (rule, unit,
 * project, year or all, field, reason, expires), then who approved it and when, where it stands
 * today, and the revocation when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaiverView(long id, String rule, Boolean all, String unit, String project, Integer year, String field,
                         String reason, String approvedBy, Instant approvedAt, LocalDate expires,
                         StoredWaiver.State state, Instant revokedAt, String revokedBy, String revokeReason) {

    static WaiverView of(StoredWaiver w, LocalDate today) {
        return new WaiverView(w.getId(), w.getRuleId(), w.isAll() ? Boolean.TRUE : null, w.getUnit(), w.getProjectName(),
                w.getBudgetYear(), w.getField(), w.getReason(), w.getApprovedBy(), w.getApprovedAt(), w.getExpires(),
                w.stateOn(today), w.getRevokedAt(), w.getRevokedBy(), w.getRevokeReason());
    }
}
