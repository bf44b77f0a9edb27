package org.perfdecl.checker.ruleset;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.perfdecl.checker.report.Findings;
import org.kie.api.runtime.KieSessionsPool;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A compiled rule set with everything its rules read; immutable, swapped whole on reload. */
public final class RuleSet {

    private final String version;
    private final String location;
    private final Instant loadedAt;
    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId = new LinkedHashMap<>();
    private final Policy policy;
    private final Map<String, Framework> frameworks;
    private final Messages messages;
    private final Catalogue catalogue;
    /** Where each rule is written, by its name: {@code form.drl:137}, {@code review-tables.xlsx!金额:12}. */
    private final Map<String, String> places;
    /** Lets {@code report(...)} in a consequence know its rule: one listener for every session of this set. */
    private final AgendaEventListener reporting;
    /** Makes another rule base of these rules (null: none can be had), to take rules out of: {@link #newSessionWithout}. */
    private final java.util.function.Supplier<org.kie.api.KieBase> again;
    /** Sessions of this set without some of its rules, by the rules left out: the few a failing condition asks for. */
    private final Map<java.util.Set<String>, java.util.concurrent.CompletableFuture<KieSessionsPool>> without = Lru.of(4);

    RuleSet(String version, String location, Instant loadedAt, KieSessionsPool sessions,
            java.util.function.Supplier<org.kie.api.KieBase> again, List<RuleInfo> rules, Policy policy, Map<String, Framework> frameworks, Messages messages,
            Catalogue catalogue, Map<String, String> places) {
        this.places = Map.copyOf(places);
        this.version = version;
        this.location = location;
        this.loadedAt = loadedAt;
        this.sessions = sessions;
        this.again = again;
        this.rules = List.copyOf(rules);
        this.rules.forEach(r -> byId.putIfAbsent(r.id(), r));
        this.policy = policy;
        this.frameworks = Map.copyOf(frameworks);
        this.messages = messages;
        this.catalogue = catalogue;
        this.reporting = Findings.listener(catalogue, messages);
    }

    /**
     * A session for one check. It comes from a pool: building a session's node memories costs more
     * than evaluating the rules, and a pooled session is reset when disposed, so no state carries over.
     */
    public KieSession newSession() {
        return reporting(sessions.newKieSession());
    }

    private KieSession reporting(KieSession session) {
        if (!session.getAgendaEventListeners().contains(reporting)) {
            session.addEventListener(reporting); // a pooled session keeps it across checks
        }
        return session;
    }

    /**
     * A session of this set with the named rules left out, for a form on which one of their conditions throws: a
     * condition is matched whether its rule may fire or not, so the only way round it is a rule base without the rule.
     * That base is made on first need, on a thread of its own (loading the set's kjar takes ~0.5 s, compiling MVEL's
     * rules again seconds), and kept for the next form like it; the base in use is never touched. Empty when no such
     * base can be had, or not by {@code deadline} ({@link System#nanoTime()}): the base is still made for the next form.
     */
    public Optional<KieSession> newSessionWithout(java.util.Set<String> ruleNames, long deadline) {
        if (again == null || ruleNames.isEmpty()) {
            return Optional.empty();
        }
        java.util.concurrent.CompletableFuture<KieSessionsPool> made = without.computeIfAbsent(java.util.Set.copyOf(ruleNames),
                names -> java.util.concurrent.CompletableFuture.supplyAsync(() -> poolWithout(names), BASES_WITHOUT));
        try {
            return Optional.of(reporting(made.get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS)
                    .newKieSession()));
        } catch (java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.empty(); // told once, when it failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private KieSessionsPool poolWithout(java.util.Set<String> names) {
        try {
            org.kie.api.KieBase base = again.get();
            for (org.kie.api.definition.KiePackage pkg : List.copyOf(base.getKiePackages())) {
                for (org.kie.api.definition.rule.Rule rule : List.copyOf(pkg.getRules())) {
                    if (names.contains(rule.getName())) {
                        base.removeRule(pkg.getName(), rule.getName());
                    }
                }
            }
            return base.newKieSessionsPool(1);
        } catch (RuntimeException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(RuleSet.class).warn("rule set {}: no rule base without {} could be made: {}",
                    version, names, e.toString());
            throw e;
        }
    }

    /** Makes the rule bases without a failing rule: one at a time, off the checks' threads. */
    private static final java.util.concurrent.ExecutorService BASES_WITHOUT = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-base-without");
        t.setDaemon(true);
        return t;
    });

    /** The compiled rules (to read their conditions when a check does not return); null if none can be had. */
    public org.kie.api.KieBase knowledgeBase() {
        KieSession session = null;
        try {
            session = sessions.newKieSession();
            return session.getKieBase();
        } catch (RuntimeException e) {
            return null;
        } finally {
            if (session != null) {
                session.dispose();
            }
        }
    }

    /** Where the rule of this name is written ({@code form.drl:137}), for a rule with an id or without. */
    public Optional<String> placeOf(String ruleName) {
        return Optional.ofNullable(ruleName == null ? null : places.get(ruleName));
    }

    /** The name of every rule whose place is known, with an id or without. */
    public java.util.Set<String> ruleNames() {
        return places.keySet();
    }

    /** The content hash of the rule files: the version every report names. */
    public String version() {
        return version;
    }

    public String location() {
        return location;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** Every Drools rule, in id order; several may share an id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Distinct rule ids, in catalogue order. */
    public List<String> ruleIds() {
        return List.copyOf(byId.keySet());
    }

    public int ruleIdCount() {
        return byId.size();
    }

    public Policy policy() {
        return policy;
    }

    public Map<String, Framework> frameworks() {
        return frameworks;
    }

    public Messages messages() {
        return messages;
    }

    public Catalogue catalogue() {
        return catalogue;
    }
}
