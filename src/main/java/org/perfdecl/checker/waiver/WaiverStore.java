package org.perfdecl.checker.waiver;

import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.history.AuditLog;
import org.perfdecl.checker.history.Conditions;
import org.perfdecl.checker.history.PageOf;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The waivers reviewers manage over HTTP: created with the authenticated user as approver, revoked
 * (never deleted), each change a line of the audit log in the same transaction. Checks read the
 * waivers in force from a snapshot refreshed every {@code checker.waivers.refresh} and at once after
 * a change here, so a check does not wait for the database, and a database outage leaves the last
 * snapshot in force rather than failing checks.
 */
public class WaiverStore {

    private static final Logger log = LoggerFactory.getLogger(WaiverStore.class);

    public static final String CREATE = "waiver.create";
    public static final String REVOKE = "waiver.revoke";

    /** Column widths of the waiver table (V3__waivers.sql). */
    private static final int NAME = 500;
    /** The longest reason the store keeps (its column). */
    static final int TEXT = 4000;

    private final WaiverTable waivers;
    private final AuditLog audit;
    private final RuleSetHolder rules;
    private final Clock clock;
    private final long refreshNanos;
    /** The language of the audit lines when the request asks for none: checker.lang, else the system's. */
    private final Language auditLanguage;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    private record Snapshot(List<Waiver> waivers, long loadedAt) {
    }

    WaiverStore(WaiverTable waivers, AuditLog audit, RuleSetHolder rules, Clock clock, Duration refresh, Language auditLanguage) {
        this.auditLanguage = auditLanguage;
        this.waivers = waivers;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@link #create(WaiverRequest, String, Language)}, its audit line in the service's language. */
    @Transactional
    public StoredWaiver create(WaiverRequest asGiven, String approver) {
        return create(asGiven, approver, null);
    }

    /**
     * Stores a waiver approved by {@code approver}, and its line of the audit log in the same transaction. Refused
     * with the field named: a rule ID the rule set in force does not have, an expiry date already past, a text
     * longer than its column.
     *
     * @param language the language of the audit line (the request's), or null for the service's
     */
    @Transactional
    public StoredWaiver create(WaiverRequest asGiven, String approver, Language language) {
        WaiverRequest request = asGiven;
        List<WaiverFile.Problem> problems = new ArrayList<>();
        // bud-001 is BUD-001, as the list's rule filter reads it: stored and shown as the catalogue writes it
        String catalogued = rules.current().ruleIds().stream().filter(id -> id.equalsIgnoreCase(asGiven.ruleId()))
                .findFirst().orElse(null);
        if (catalogued != null && !catalogued.equals(asGiven.ruleId())) {
            request = new WaiverRequest(catalogued, asGiven.scope(), asGiven.field(), asGiven.reason(), asGiven.expires());
        }
        if (rules.current().rule(request.ruleId()).isEmpty()) {
            problems.add(WaiverFile.Problem.said(0, "rule", "rule-not-in-force", Map.of("rule", request.ruleId())));
        }
        if (request.expires().isBefore(today())) {
            problems.add(WaiverFile.Problem.said(0, "expires", "passed", Map.of("expires", request.expires(), "today", today())));
        }
        tooLong(problems, "reason", request.reason(), TEXT);
        tooLong(problems, "field", request.field(), NAME);
        if (request.scope() instanceof WaiverScope.Unit u) {
            tooLong(problems, "unit", u.unit(), NAME);
        } else if (request.scope() instanceof WaiverScope.Project p) {
            tooLong(problems, "unit", p.unit(), NAME);
            tooLong(problems, "project", p.projectName(), NAME);
        }
        if (!problems.isEmpty()) {
            throw new WaiverFile.InvalidException("the request body", problems);
        }
        StoredWaiver stored = waivers.insert(new StoredWaiver(request, approver, clock.instant()));
        audit.record(approver, CREATE, subject(stored), describe(stored).in(language != null ? language : auditLanguage));
        refreshAfterCommit();
        return stored;
    }

    /** Revokes a waiver in force or expired; empty when there is none with that id. */
    @Transactional
    public Optional<StoredWaiver> revoke(long id, String by, String reason) {
        return revoke(id, by, reason, null);
    }

    /** As {@link #revoke(long, String, String)}, the audit line in {@code language} (null: the service's). */
    @Transactional
    public Optional<StoredWaiver> revoke(long id, String by, String reason, Language language) {
        Optional<StoredWaiver> found = waivers.find(id);
        found.ifPresent(w -> {
            if (w.getRevokedAt() != null) {
                throw new AlreadyRevokedException(w);
            }
            w.revoke(by, reason, clock.instant());
            if (!waivers.revoke(w)) { // revoked by someone else since it was read: theirs stands
                throw new AlreadyRevokedException(waivers.find(id).orElseThrow());
            }
            LocalizedText line = reason == null ? describe(w)
                    : ServiceTexts.text("audit.waiver.revoke", Map.of("reason", reason, "terms", describe(w)));
            audit.record(by, REVOKE, subject(w), line.in(language != null ? language : auditLanguage));
            refreshAfterCommit();
        });
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<StoredWaiver> find(long id) {
        return waivers.find(id);
    }

    /** Waivers matching the filter (each part optional), newest first. */
    @Transactional(readOnly = true)
    public PageOf<StoredWaiver> find(StoredWaiver.State state, String rule, String unit, int page, int size) {
        Conditions where = new Conditions();
        if (state == StoredWaiver.State.REVOKED) {
            where.and("revoked_at IS NOT NULL");
        } else if (state != null) {
            where.and("revoked_at IS NULL").and(state == StoredWaiver.State.IN_FORCE ? "expires >= ?" : "expires < ?", today());
        }
        where.andIfGiven("rule_id = ?", rule == null ? null : rule.toUpperCase(java.util.Locale.ROOT));
        if (unit == null) {
            return waivers.find(where, page, size);
        }
        // the unit compares as a waiver applies to forms (ProjectKey: spaces and full-width forms do not count),
        // which SQL cannot say: the waivers with a unit, filtered here (a waiver table holds hundreds, not millions)
        String key = ProjectKey.normalise(unit);
        List<StoredWaiver> matching = waivers.findAll(where.and("unit IS NOT NULL")).stream()
                .filter(w -> ProjectKey.normalise(w.getUnit()).equals(key)).toList();
        long from = Math.min((long) page * size, matching.size());
        return new PageOf<>(matching.subList((int) from, (int) Math.min(from + size, matching.size())), page, size,
                matching.size(), (matching.size() + size - 1) / size);
    }

    /** The waivers in force today, read from the database now (not the checks' snapshot), oldest first. */
    @Transactional(readOnly = true)
    public List<Waiver> inForceNow() {
        return waivers.inForceOn(today()).stream().map(StoredWaiver::toWaiver).toList();
    }

    /**
     * The waivers checks apply (those not revoked, not yet expired): the snapshot, reloaded when it is
     * older than the refresh interval. One thread reloads while the others keep using the snapshot;
     * when the database does not answer, the snapshot stays and is tried again after the interval.
     */
    public List<Waiver> inForce() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && now - s.loadedAt() < refreshNanos) {
            return s.waivers();
        }
        if (s != null && !loading.tryLock()) {
            return s.waivers();
        }
        if (s == null) {
            loading.lock();
        }
        try {
            Snapshot current = snapshot;
            if (current != null && current != s && System.nanoTime() - current.loadedAt() < refreshNanos) {
                return current.waivers();
            }
            List<Waiver> loaded;
            try {
                loaded = waivers.inForceOn(today()).stream().map(StoredWaiver::toWaiver).toList();
            } catch (DataAccessException e) {
                log.warn("the waivers could not be read ({}); checks keep the {} waivers read before", e.getMessage(),
                        s == null ? 0 : s.waivers().size());
                loaded = s == null ? List.of() : s.waivers();
            }
            snapshot = new Snapshot(loaded, System.nanoTime());
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    /** The next check reads the waivers again, once this transaction has committed. */
    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire();
                }
            });
        } else {
            expire();
        }
    }

    private void expire() {
        Snapshot s = snapshot;
        if (s != null) {
            snapshot = new Snapshot(s.waivers(), System.nanoTime() - refreshNanos - 1);
        }
    }

    private static void tooLong(List<WaiverFile.Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(WaiverFile.Problem.said(0, field, "too-long", Map.of("max", max, "length", value.length())));
        }
    }

    static String subject(StoredWaiver w) {
        return "waiver/" + w.getId();
    }

    /** One line for the audit log: the terms as approved, in both languages (audit.waiver.* in service-texts). */
    static LocalizedText describe(StoredWaiver w) {
        LocalizedText field = w.getField() == null ? new LocalizedText("", "")
                : ServiceTexts.text("audit.waiver.field", Map.of("field", w.getField()));
        return ServiceTexts.text("audit.waiver.terms", Map.of("rule", w.getRuleId(), "scope", scope(w.scope()),
                "field", field, "expires", String.valueOf(w.getExpires()), "approvedBy", w.getApprovedBy(),
                "reason", w.getReason()));
    }

    /** Which forms a waiver covers, as the audit line says it. */
    private static LocalizedText scope(WaiverScope scope) {
        if (scope instanceof WaiverScope.Project p) {
            return ServiceTexts.text("audit.waiver.scope.project", Map.of("unit", p.unit(), "project", p.projectName(),
                    "year", String.valueOf(p.budgetYear())));
        }
        if (scope instanceof WaiverScope.Unit u) {
            return ServiceTexts.text("audit.waiver.scope.unit", Map.of("unit", u.unit()));
        }
        return ServiceTexts.text("audit.waiver.scope.all", Map.of());
    }

    /** Revoking a waiver twice: the first revocation stands. */
    public static final class AlreadyRevokedException extends RuntimeException {
        private final transient StoredWaiver waiver;

        AlreadyRevokedException(StoredWaiver waiver) {
            super("waiver " + waiver.getId() + " was revoked on " + waiver.getRevokedAt() + " by " + waiver.getRevokedBy());
            this.waiver = waiver;
        }

        public StoredWaiver waiver() {
            return waiver;
        }
    }
}
