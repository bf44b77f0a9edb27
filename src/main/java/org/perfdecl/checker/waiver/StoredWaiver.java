package org.perfdecl.checker.waiver;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A waiver as the service keeps it (table {@code waiver}): the terms a reviewer approved, who and
 * when, and, once revoked, who revoked it, when and why. A row is never deleted: revoking fills the
 * revoked columns, so the history of what was accepted stays readable.
 */
public class StoredWaiver {

    /** Which forms it covers, as stored. */
    enum Scope { ALL, UNIT, PROJECT }

    /** Where a waiver stands on a given day. */
    public enum State { IN_FORCE, EXPIRED, REVOKED }

    private Long id;
    private String ruleId;
    private Scope scope;
    private String unit;
    private String projectName;
    private Integer budgetYear;
    private String field;
    private String reason;
    private String approvedBy;
    private Instant approvedAt;
    private LocalDate expires;
    private Instant revokedAt;
    private String revokedBy;
    private String revokeReason;

    /** A waiver as read from its row (see {@link WaiverTable}). */
    StoredWaiver(long id, String ruleId, Scope scope, String unit, String projectName, Integer budgetYear,
                 String field, String reason, String approvedBy, Instant approvedAt, LocalDate expires,
                 Instant revokedAt, String revokedBy, String revokeReason) {
        this.id = id;
        this.ruleId = ruleId;
        this.scope = scope;
        this.unit = unit;
        this.projectName = projectName;
        this.budgetYear = budgetYear;
        this.field = field;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.expires = expires;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.revokeReason = revokeReason;
    }

    StoredWaiver(WaiverRequest request, String approvedBy, Instant approvedAt) {
        this.ruleId = request.ruleId();
        if (request.scope() instanceof WaiverScope.Project p) {
            this.scope = Scope.PROJECT;
            this.unit = p.unit();
            this.projectName = p.projectName();
            this.budgetYear = p.budgetYear();
        } else if (request.scope() instanceof WaiverScope.Unit u) {
            this.scope = Scope.UNIT;
            this.unit = u.unit();
        } else {
            this.scope = Scope.ALL;
        }
        this.field = request.field();
        this.reason = request.reason();
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.expires = request.expires();
    }

    /** The id the database gave the new row. */
    void stored(long id) {
        this.id = id;
    }

    void revoke(String by, String why, Instant at) {
        this.revokedBy = by;
        this.revokeReason = why;
        this.revokedAt = at;
    }

    /** The waiver as reports apply it; its id is the stored one. */
    public Waiver toWaiver() {
        return new Waiver(String.valueOf(id), ruleId, scope(), field, reason, approvedBy, expires);
    }

    public WaiverScope scope() {
        return switch (scope) {
            case ALL -> new WaiverScope.All();
            case UNIT -> new WaiverScope.Unit(unit);
            case PROJECT -> new WaiverScope.Project(unit, projectName, budgetYear);
        };
    }

    public State stateOn(LocalDate day) {
        return revokedAt != null ? State.REVOKED : day.isAfter(expires) ? State.EXPIRED : State.IN_FORCE;
    }

    public Long getId() {
        return id;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getUnit() {
        return unit;
    }

    public String getProjectName() {
        return projectName;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getExpires() {
        return expires;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    boolean isAll() {
        return scope == Scope.ALL;
    }

    Scope storedScope() {
        return scope;
    }
}
