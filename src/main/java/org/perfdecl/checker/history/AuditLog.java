package org.perfdecl.checker.history;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log: who did what to what, and when. Call {@link #record} in the same
 * transaction as the change it records (waiver created or revoked, rules reloaded …), so the change
 * and its line stand or fall together.
 */
@Service
public class AuditLog {

    /** Actions recorded by this package; other features name theirs the same way (noun.verb). */
    public static final String RULES_RELOAD = "rules.reload";
    public static final String HISTORY_PURGE = "history.purge";

    private static final int SUBJECT = 1000;
    private static final int DETAIL = 4000;

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /**
     * Appends a line; joins the caller's transaction, or commits on its own.
     *
     * @param actor   who did it: the authenticated user's name ({@link Actors#current()}), or "system"
     * @param action  what was done, e.g. {@code waiver.create}, {@code waiver.revoke}, {@code rules.reload}
     * @param subject what it was done to, e.g. the waiver's id
     * @param detail  anything else worth keeping (the reason given, the rule ID …), or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        return events.save(new AuditEvent(Instant.now(), cut(actor, 200), cut(action, 100), cut(subject, SUBJECT),
                cut(detail, DETAIL)));
    }

    /** Lines matching the filter (each part optional), newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> find(String actor, String action, String subject, Instant since, int page, int size) {
        Specification<AuditEvent> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.equal(root.get("actor"), actor));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (subject != null) {
                where.add(cb.equal(root.get("subject"), subject));
            }
            if (since != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), since));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return events.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("id"))));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
