package org.perfdecl.checker.waiver;

import java.time.LocalDate;

/** What a reviewer asks to accept, before it has an id and an approver (the service gives both). */
public record WaiverRequest(String ruleId, WaiverScope scope, String field, String reason, LocalDate expires) {

    public Waiver approve(String id, String approvedBy) {
        return new Waiver(id, ruleId, scope, field, reason, approvedBy, expires);
    }
}
