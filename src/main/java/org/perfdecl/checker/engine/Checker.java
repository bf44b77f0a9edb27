package org.perfdecl.checker.engine;

import org.kie.api.runtime.KieSession;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.declaration.SizeLimits;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.previous.PreviousForms;
import org.perfdecl.checker.facts.FactMapper;
import org.perfdecl.checker.facts.Facts;
import org.perfdecl.checker.report.Finding;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.ruleset.Messages;
import org.perfdecl.checker.ruleset.Policy;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.waiver.Waivers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** The one pipeline every door uses: declaration -> facts -> rules -> report. Thread-safe. */
public class Checker {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Checker.class);

    /**
     * The checks in flight and when each is due. One daemon thread looks every {@link #TICK_MILLIS} and
     * halts the sessions past their time: a timer per check woke the timer thread twice a check (when
     * scheduled and when cancelled), two thread switches that cost a check on two cores more than a
     * look at a small map. A halt comes up to one tick late, which a limit of seconds does not notice.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Halt, Long> DUE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long TICK_MILLIS = 20;

    static {
        Thread watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(TICK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (!DUE.isEmpty()) {
                    long now = System.nanoTime();
                    DUE.forEach((halt, due) -> {
                        if (now - due >= 0) {
                            halt.run();
                        }
                    });
                }
            }
        }, "check-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Time limits of checks still running (for tests: finished checks leave none). */
    static int pendingTimeLimits() {
        return DUE.size();
    }

    private final RuleSetHolder rules;
    private final CheckLimits limits;
    private final AtomicReference<FactMapper> mapper = new AtomicReference<>();
    private final List<CheckListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Waivers waivers = Waivers.none();
    private volatile PreviousForms previousForms = PreviousForms.NONE;

    /**
     * Rules of the rule set in force whose consequence did not return on a form: later checks do not run them (each
     * run could cost a thread for good) and say so, INCOMPLETE, until another rule set is in force.
     */
    private volatile Skipped skipped;

    private record Skipped(RuleSet ruleSet, java.util.Set<String> rules) {
    }

    /** Whether checks run on {@link StuckChecks}' threads (the service and the command line), else on the caller's. */
    private volatile boolean guarded;

    /**
     * Runs each check on a thread of {@link StuckChecks} and waits up to its time limit and a grace: a rule whose
     * consequence never returns then costs that thread, and the caller is answered INCOMPLETE, naming the rule.
     */
    public Checker guardStuckRules() {
        this.guarded = true;
        return this;
    }

    /**
     * For a caller whose own threads run the checks and which waits for them itself (the command line's pool):
     * each check runs on the calling thread, without the hand-off to {@link StuckChecks} (two thread switches a
     * check, ~15% of a batch's CPU), and the waiting caller asks {@link #overdue(Thread)} about a thread that has
     * not returned.
     */
    public Checker guardStuckRulesInPlace() {
        this.inPlace = new java.util.concurrent.ConcurrentHashMap<>();
        return this;
    }

    /**
     * For a trial of rules, which asks only whether a rule fails: a form whose conditions throw is answered as the
     * engine stopped, not run again without the failed rule (which costs a rule base made anew, seconds for MVEL, on
     * every reload a policy officer waits for).
     */
    public Checker answerFailuresAsTheyStop() {
        this.runAgainWithoutFailed = false;
        return this;
    }

    private volatile boolean runAgainWithoutFailed = true;

    /** The checks running on their callers' threads, by thread, when {@link #guardStuckRulesInPlace()}. */
    private volatile Map<Thread, InPlace> inPlace;

    private record InPlace(AtomicReference<Running> running, Report.Source source, boolean explain, long started) {
    }

    /**
     * The answer for the check on {@code worker} when it has run past its time limit and the grace inside its rules
     * (INCOMPLETE, naming the rule whose consequence the thread is in, with the findings made before), which
     * gives that thread up; empty while it may still return (or runs none). For {@link #guardStuckRulesInPlace()}.
     */
    public java.util.Optional<Report> overdue(Thread worker) {
        Map<Thread, InPlace> running = inPlace;
        InPlace check = running == null ? null : running.get(worker);
        if (check == null || System.nanoTime() - check.started() < limits.timeLimit().plus(StuckChecks.GRACE).toNanos()) {
            return java.util.Optional.empty();
        }
        Running r = check.running().get();
        if (r == null || !r.state.compareAndSet(Running.RUNNING, Running.GIVEN_UP)) {
            return java.util.Optional.empty(); // not yet at its rules (reading is bounded by the size limits), or just returned
        }
        running.remove(worker, check);
        return java.util.Optional.of(givenUp(r, check.source(), check.explain(), check.started()));
    }

    /** @param maxFirings stops a rule set that loops; the report then says INCOMPLETE */
    public Checker(RuleSetHolder rules, int maxFirings) {
        this(rules, CheckLimits.DEFAULT.withMaxFirings(maxFirings));
    }

    public Checker(RuleSetHolder rules, CheckLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    public RuleSetHolder rules() {
        return rules;
    }

    /** Applies these waivers to every report from now on (a CLI's --waivers file, the service's store). */
    public void useWaivers(Waivers waivers) {
        this.waivers = waivers;
    }

    /** Tells the listener about every check from now on. */
    public void addListener(CheckListener listener) {
        listeners.add(listener);
    }

    /** Where to look for last year's form of a project when none is given with the check. */
    public void usePreviousForms(PreviousForms forms) {
        this.previousForms = forms == null ? PreviousForms.NONE : forms;
    }

    public Report check(Declaration form, Report.Source source, boolean explain) {
        return check(form, null, source, explain);
    }

    /**
     * @param given last year's form of the project as given with the check; null to look for it
     *              among the {@link #usePreviousForms previous forms} (the history), else to check without
     */
    public Report check(Declaration form, LastYear given, Report.Source source, boolean explain) {
        Map<Thread, InPlace> waitedFor = inPlace;
        if (waitedFor != null && !waitedFor.containsKey(Thread.currentThread())) { // a check inside one: the outer is watched
            AtomicReference<Running> running = new AtomicReference<>();
            Thread self = Thread.currentThread();
            InPlace check = new InPlace(running, source, explain, System.nanoTime());
            waitedFor.put(self, check);
            try {
                return checkHere(form, given, source, explain, running);
            } finally {
                waitedFor.remove(self, check);
            }
        }
        if (!guarded || StuckChecks.onRunner()) {
            return checkHere(form, given, source, explain, null);
        }
        long started = System.nanoTime();
        AtomicReference<Running> running = new AtomicReference<>();
        var done = StuckChecks.submit(() -> checkHere(form, given, source, explain, running));
        try {
            return done.get(limits.timeLimit().plus(StuckChecks.GRACE).toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return stuck(running.get(), done, source, explain, started);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + form.projectName(), e);
        }
    }

    /** A check in progress, as far as the caller needs it to answer when its thread does not return. */
    private static final class Running {
        final Thread thread = Thread.currentThread();
        final RuleSet ruleSet;
        final Declaration declaration;
        final LastYear lastYear;
        volatile List<Object> input = List.of();
        volatile List<Finding> found = List.of();
        volatile Halt halt;
        /** The rule last let fire (by the agenda filter): the one whose consequence runs, while one does. */
        volatile String firing;
        /** {@link #RUNNING}, then {@link #GIVEN_UP} by the caller that answered without it, or {@link #FINISHED}. */
        final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(RUNNING);
        static final int RUNNING = 0;
        static final int GIVEN_UP = 1;
        static final int FINISHED = 2;

        Running(RuleSet ruleSet, Declaration declaration, LastYear lastYear) {
            this.ruleSet = ruleSet;
            this.declaration = declaration;
            this.lastYear = lastYear;
        }
    }

    /**
     * The answer for a check whose thread has not returned by its time limit and the grace: INCOMPLETE, naming
     * the rule whose consequence the thread is in (from its stack), with the findings made before. The thread is
     * left to its loop and counted ({@link StuckChecks#stuck()}).
     */
    private Report stuck(Running r, java.util.concurrent.CompletableFuture<Report> done, Report.Source source, boolean explain,
                         long started) {
        if (r == null) { // not yet at its rules (a pool out of threads?): nothing to name
            throw new IllegalStateException("the check did not start within " + limits.timeLimit().plus(StuckChecks.GRACE).toMillis() + " ms");
        }
        if (!r.state.compareAndSet(Running.RUNNING, Running.GIVEN_UP)) {
            try {
                return done.get(); // it returned just now
            } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
                throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
            }
        }
        return givenUp(r, source, explain, started);
    }

    /** The report of a check given up (its state set so): the rule its thread is in named, counted, left out hereafter. */
    private Report givenUp(Running r, Report.Source source, boolean explain, long started) {
        Halt halt = r.halt;
        if (halt != null) {
            DUE.remove(halt); // halted already; halting it again every tick does nothing
        }
        Where where = where(r.thread.getStackTrace(), r.ruleSet, r.firing);
        String name = where.names().isEmpty() ? null : where.names().get(0);
        String consequence = where.consequence();
        LocalizedText problem = ServiceTexts.text("incomplete.rule-stuck",
                Map.of("rule", where.rules(r.ruleSet), "ms", limits.timeLimit().toMillis(), "loop", where.loop()));
        int lost = StuckChecks.lost();
        String how = "{} (form {}, rule set {}); its thread {} is left to it: {} thread(s) of checks stuck{}";
        Object[] args = {problem.en(), r.declaration.projectName(), r.ruleSet.version(), r.thread.getName(), lost,
                lost >= StuckChecks.MAX_LOST ? ", at the limit of " + StuckChecks.MAX_LOST + ": restart the service to get their CPU back" : ""};
        if (lost >= StuckChecks.MAX_LOST) {
            log.error(how, args);
        } else {
            log.warn(how, args);
        }
        if (consequence != null) { // a rule's conditions are matched whether it may fire or not: leaving it out does not help
            synchronized (this) { // two checks given up at once both leave their rule out
                Skipped was = skipped;
                java.util.Set<String> rules = new java.util.TreeSet<>(was != null && was.ruleSet() == r.ruleSet ? was.rules() : java.util.Set.of());
                rules.add(consequence);
                skipped = new Skipped(r.ruleSet, java.util.Set.copyOf(rules));
            }
        }
        List<Finding> found;
        synchronized (r.found) {
            found = new ArrayList<>(r.found);
        }
        return report(r.ruleSet, r.declaration, r.input, r.lastYear, source, explain, found, null, problem, name,
                CheckListener.Limit.TIME_LIMIT, started);
    }

    /**
     * Where a thread that did not finish in time is, read from its stack: the rule whose consequence it is in (or
     * the one last let fire, {@code firing}: the executable model's consequences are lambdas that name no rule), or
     * the rules whose conditions it is matching, in a DRL function they call or in their own code.
     */
    private record Where(List<String> names, String consequence, LocalizedText loop) {
        LocalizedText rules(RuleSet ruleSet) {
            return names.isEmpty() ? ServiceTexts.text("incomplete.rule.unknown", Map.of()) : named(ruleSet, names);
        }
    }

    private static Where where(StackTraceElement[] stack, RuleSet ruleSet, String firing) {
        String named = RunningRule.of(stack, ruleSet); // a rule compiled to a class of its name (MVEL)
        boolean inConsequence = inConsequence(stack);
        String consequence = inConsequence ? (named != null ? named : firing) : null;
        // not in a consequence: a loop in a DRL function its conditions call, named by the rules that call it (an eval
        // of MVEL is a class of its rule's name too), or in a condition's own code (the executable model's class of it)
        RunningRule.InCondition condition = inConsequence ? null : RunningRule.ofCondition(stack, ruleSet.knowledgeBase());
        List<String> names = consequence != null ? List.of(consequence) : condition != null && !condition.rules().isEmpty()
                ? condition.rules() : named != null ? List.of(named) : List.of();
        LocalizedText loop = condition == null ? ServiceTexts.text("loop.consequence", Map.of())
                : condition.functions().isEmpty() ? ServiceTexts.text("loop.condition", Map.of())
                : ServiceTexts.text("loop.function", Map.of("function", String.join("`, `", condition.functions())));
        return new Where(names, consequence, loop);
    }

    /** Rules named with their IDs: {@code rule "a" (FORM-001)}, several apart by commas. */
    private static LocalizedText named(RuleSet ruleSet, List<String> names) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String name : names) {
            String id = ruleSet.rules().stream().filter(x -> x.name().equals(name)).findFirst().map(x -> x.id()).orElse(null);
            LocalizedText one = id == null ? ServiceTexts.text("incomplete.rule", Map.of("name", name))
                    : ServiceTexts.text("incomplete.rule.id", Map.of("name", name, "id", id));
            zh.append(zh.isEmpty() ? "" : "、").append(one.zh());
            en.append(en.isEmpty() ? "" : ", ").append(one.en());
        }
        return new LocalizedText(zh.toString(), en.toString());
    }

    private Report checkHere(Declaration form, LastYear given, Report.Source source, boolean explain,
                             AtomicReference<Running> running) {
        long started = System.nanoTime();
        Declaration declaration = limits.sizes().apply(form);
        LastYear lastYear = given != null ? given : stored(declaration);
        List<String> lastYearCut = List.of();
        if (lastYear != null) {
            Declaration bounded = limits.sizes().apply(lastYear.declaration());
            lastYearCut = bounded == lastYear.declaration() ? List.of() : SizeLimits.cutFields(bounded);
            lastYear = lastYear.with(bounded);
        }
        RuleSet ruleSet = rules.current(); // read once: this request sees one rule set only
        Running run = running == null ? null : new Running(ruleSet, declaration, lastYear);
        if (run != null) {
            running.set(run);
        }
        FactMapper facts = mapperFor(ruleSet);
        List<Object> input = facts.map(declaration, lastYear);
        // findings go to a list, not into working memory: no rule matches them, so inserting them only
        // cost a trip through the network and a scan of every fact to read them back; a guarded check's
        // list is read by its caller when the check does not return, so it is synchronized
        List<Finding> found = run == null ? new ArrayList<>() : java.util.Collections.synchronizedList(new ArrayList<>());
        if (run != null) {
            run.input = input;
            run.found = found;
        }
        Skipped skip = skipped;
        java.util.Set<String> notRun = skip != null && skip.ruleSet() == ruleSet ? skip.rules() : null;
        long due = System.nanoTime() + limits.timeLimit().toNanos(); // one time limit for the check, however often it runs
        // rules that failed on this form, in order, and why the first did: a consequence that throws is passed over by
        // the engine, a condition that throws stops it, so the form is run again without that rule
        java.util.Set<String> failed = new java.util.LinkedHashSet<>();
        java.util.Set<String> leftOut = java.util.Set.of();
        Object failedReason = null;
        Integer fired = null;
        LocalizedText problem = null;
        String failedRule = null;
        CheckListener.Limit stoppedBy = null;
        KieSession session = ruleSet.newSession();
        try {
            while (session != null) {
                String runAgainWithout = null;
                org.perfdecl.checker.report.Findings.collectInto(found);
                try {
                    input.forEach(session::insert);
                    Halt halt = new Halt(session);
                    if (run != null) {
                        run.halt = halt;
                    }
                    DUE.put(halt, due);
                    org.perfdecl.checker.facts.Words.stopMatchingWhen(halt::halted);
                    org.perfdecl.checker.ruleset.ConsequenceFailures.collect();
                    try {
                        fired = notRun == null && run == null ? session.fireAllRules(limits.maxFirings())
                                : session.fireAllRules(match -> {
                                    String rule = match.getRule().getName();
                                    if (notRun != null && notRun.contains(rule)) {
                                        return false;
                                    }
                                    if (run != null) {
                                        run.firing = rule; // read only if the check does not return
                                    }
                                    return true;
                                }, limits.maxFirings());
                        if (halt.finish()) {
                            stoppedBy = CheckListener.Limit.TIME_LIMIT;
                            problem = ServiceTexts.text("incomplete.time-limit", Map.of("ms", limits.timeLimit().toMillis()));
                        } else if (fired >= limits.maxFirings()) {
                            stoppedBy = CheckListener.Limit.FIRING_LIMIT;
                            problem = ServiceTexts.text("incomplete.firing-limit",
                                    Map.of("firings", limits.maxFirings(), "looping", looping(found, session)));
                        } else if (declaration != form) {
                            problem = sizeLimited(SizeLimits.cutFields(declaration));
                        }
                        for (var failure : org.perfdecl.checker.ruleset.ConsequenceFailures.drain()) {
                            // the other rules fired: only what the failed rules would have found is missing
                            failedReason = failed.isEmpty() ? reason(failure.exception(), session.getKieBase()) : failedReason;
                            failed.add(failure.rule());
                            log.debug("rule failure", failure.exception());
                        }
                    } catch (RuntimeException | LinkageError | StackOverflowError e) {
                        org.perfdecl.checker.facts.Words.Stopped stopped = halt.finish() ? org.perfdecl.checker.facts.Words.Stopped.in(e) : null;
                        fired = null; // the engine does not say how many fired before it stopped
                        if (stopped != null && stopped.inLoop()) {
                            // a loop of the rules (guarded when they loaded) still going at the time limit, stopped there: the
                            // rule named from where the loop was, and the thread back for the next form
                            stoppedBy = CheckListener.Limit.TIME_LIMIT;
                            Where where = where(stopped.getStackTrace(), ruleSet, run != null && run.firing != null ? run.firing
                                    : failedRule(e, session.getKieBase()));
                            failedRule = where.names().isEmpty() ? null : where.names().get(0);
                            problem = ServiceTexts.text("incomplete.rule-stopped",
                                    Map.of("rule", where.rules(ruleSet), "ms", limits.timeLimit().toMillis(), "loop", where.loop()));
                            log.warn("{} (form {}, rule set {})", problem.en(), declaration.projectName(), ruleSet.version());
                        } else if (stopped != null) {
                            // a policy pattern still matching at the time limit, given up: the check's time ran out
                            stoppedBy = CheckListener.Limit.TIME_LIMIT;
                            problem = ServiceTexts.text("incomplete.time-limit", Map.of("ms", limits.timeLimit().toMillis()));
                            log.warn("{}, inside the matching of a pattern by rule {} (form {}, rule set {})", problem.en(),
                                    failedRule(e, session.getKieBase()), declaration.projectName(), ruleSet.version());
                        } else {
                            // a rule that fails on this input must not cost the user the other findings (nor, when the
                            // code generated for its constraint cannot link, give the user a 500)
                            String name = failedRule(e, session.getKieBase());
                            failedReason = failed.isEmpty() ? reason(e, session.getKieBase()) : failedReason;
                            failed.add(name == null ? "" : name);
                            runAgainWithout = name != null && !leftOut.contains(name) && leftOut.size() < MAX_RULES_LEFT_OUT ? name : null;
                            log.debug("rule failure", e); // the stack trace only for whoever debugs the engine
                        }
                    } finally {
                        DUE.remove(halt);
                        org.perfdecl.checker.facts.Words.stopMatchingWhen(null);
                        org.perfdecl.checker.ruleset.ConsequenceFailures.drain();
                    }
                } finally {
                    org.perfdecl.checker.report.Findings.clear();
                    session.dispose();
                }
                session = null;
                if (runAgainWithout != null && runAgainWithoutFailed && System.nanoTime() - due < 0) {
                    java.util.Set<String> without = new java.util.LinkedHashSet<>(leftOut);
                    without.add(runAgainWithout);
                    // not made by the time limit: this form is answered as it stopped, the next one like it runs again
                    session = ruleSet.newSessionWithout(without, due).orElse(null);
                    if (session != null) {
                        leftOut = without;
                        found.clear(); // the run again makes every finding the rules left in make
                        problem = null;
                        stoppedBy = null;
                    }
                }
            }
        } finally {
            if (run != null && !run.state.compareAndSet(Running.RUNNING, Running.FINISHED)) {
                // its caller answered without it: the thread it was counted stuck with is back
                StuckChecks.returned();
                log.info("a check given up at its time limit returned after all (form {}): its thread is back",
                        declaration.projectName());
            }
        }
        if (problem == null && !failed.isEmpty()) {
            List<String> names = failed.stream().filter(n -> !n.isEmpty()).toList();
            failedRule = names.isEmpty() ? null : names.get(0);
            problem = ServiceTexts.text("incomplete.rule-failed", Map.of("rule", names.isEmpty()
                    ? ServiceTexts.text("incomplete.rule.unknown", Map.of()) : named(ruleSet, names), "reason", failedReason));
            // one line: the report carries the reason
            log.warn("{} (form {}, rule set {})", problem.en(), declaration.projectName(), ruleSet.version());
        }
        if (problem == null && notRun != null) {
            problem = ServiceTexts.text("incomplete.rule-skipped", Map.of("rules", String.join("\", \"", notRun)));
        }
        if (problem == null && !lastYearCut.isEmpty()) {
            // last year's form cut: what lies beyond its limits was never compared (a dropped indicator untold)
            problem = sizeLimited("incomplete.size-limit.last-year", lastYearCut);
        }
        return report(ruleSet, declaration, input, lastYear, source, explain, found, fired, problem, failedRule, stoppedBy, started);
    }

    private Report report(RuleSet ruleSet, Declaration declaration, List<Object> input, LastYear lastYear, Report.Source source,
                          boolean explain, List<Finding> found, Integer fired, LocalizedText problem, String failedRule,
                          CheckListener.Limit stoppedBy, long started) {
        // a rule that fires again on what it already found (a loop, an update of its own fact) reports the
        // same finding again: the report holds each once, not a hundred thousand times
        List<ReportFinding> findings = new java.util.LinkedHashSet<>(found).stream()
                .map(f -> render(ruleSet, f, declaration))
                .sorted(Comparator.comparing(ReportFinding::severity).thenComparing(ReportFinding::ruleId)
                        .thenComparing(ReportFinding::field)
                        // two findings of one rule at one field: in the order of their texts, not of the firings
                        .thenComparing(f -> f.message().zh()))
                .toList();
        var summary = Report.Summary.of(findings, ruleSet.ruleIdCount(), fired, problem, failedRule);
        String framework = input.stream().filter(o -> o instanceof Facts.ActiveFramework)
                .map(o -> ((Facts.ActiveFramework) o).getId()).findFirst().orElse(null);
        long nanos = System.nanoTime() - started;
        Report report = waivers.apply(new Report(Report.VERSION,
                new Report.RuleSetRef(ruleSet.version(), ruleSet.location(), ruleSet.loadedAt().toString()),
                source,
                new Report.Subject(declaration.projectName(), declaration.unit(), declaration.budgetYear(), framework),
                new Report.Timing(Instant.now().toString(), nanos / 1e6),
                summary, findings, explain ? declaration : null,
                explain && !declaration.sources().isEmpty() ? declaration.sources() : null, explain ? explained(input) : null,
                lastYear == null ? null : lastYear.describe()));
        for (CheckListener listener : listeners) {
            listener.checked(report, stoppedBy, nanos);
        }
        return report;
    }

    /**
     * Why a form cut at the size limits is INCOMPLETE: the rules saw only what lies within them, so a PASS
     * would vouch for rows and text nobody checked. Null when nothing was cut (only notes were bounded).
     */
    private static LocalizedText sizeLimited(List<String> cut) {
        return sizeLimited("incomplete.size-limit", cut);
    }

    private static LocalizedText sizeLimited(String key, List<String> cut) {
        if (cut.isEmpty()) {
            return null;
        }
        int shown = Math.min(cut.size(), 5);
        String fields = String.join(", ", cut.subList(0, shown)) + (cut.size() > shown ? ", …" : "");
        return ServiceTexts.text(key, Map.of("count", cut.size(), "fields", fields));
    }

    /** Which rule looped, as far as its findings tell: the one that reported the same finding most often. */
    /**
     * Which rule loops. One that reports shows by its repeated finding; one that only updates a fact
     * reports nothing, so the session (stopped at the limit, about to be disposed) fires a little
     * longer with a counter: the rule that fires most then is the one that loops.
     */
    private static LocalizedText looping(List<Finding> found, KieSession session) {
        Map<Finding, Integer> times = new java.util.HashMap<>();
        found.forEach(f -> times.merge(f, 1, Integer::sum));
        var repeated = times.entrySet().stream().max(Map.Entry.comparingByValue()).filter(e -> e.getValue() > 1);
        if (repeated.isPresent()) {
            var e = repeated.get();
            return ServiceTexts.text("looping.repeated", Map.of("rule", String.valueOf(e.getKey().getRuleId()),
                    "field", String.valueOf(e.getKey().getField()), "times", e.getValue()));
        }
        Map<String, Integer> firings = new java.util.HashMap<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        try {
            session.fireAllRules(LOOP_PROBE_FIRINGS);
        } catch (RuntimeException e) {
            return ServiceTexts.text("looping.unknown", Map.of());
        }
        return firings.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> ServiceTexts.text("looping.fired", Map.of("rule", e.getKey(), "times", e.getValue(),
                        "probe", LOOP_PROBE_FIRINGS)))
                .orElse(ServiceTexts.text("looping.unknown", Map.of()));
    }

    /** Rules left out of one form's run again, each after its condition threw: beyond them the form is answered as is. */
    private static final int MAX_RULES_LEFT_OUT = 3;

    /** Firings after the limit that tell a looping rule apart. */
    private static final int LOOP_PROBE_FIRINGS = 1_000;

    /** Last year's form of this project in the history; a history that fails costs the comparison, not the check. */
    private LastYear stored(Declaration declaration) {
        PreviousForms forms = previousForms;
        if (forms == PreviousForms.NONE) {
            return null; // no history: not even the key is worth computing on this path
        }
        try {
            return ProjectKey.of(declaration).flatMap(key -> forms.find(key.previousYear())).orElse(null);
        } catch (RuntimeException e) {
            log.warn("last year's form of {} could not be looked up: {}", declaration.projectName(), e.toString());
            return null;
        }
    }

    /**
     * Halts a session that runs past its time limit. Halting and finishing exclude each other, so a
     * session is never halted once its check has finished (it goes back to the pool for the next one).
     */
    private static final class Halt implements Runnable {
        private final KieSession session;
        private boolean finished;
        private volatile boolean halted;

        Halt(KieSession session) {
            this.session = session;
        }

        @Override
        public synchronized void run() {
            if (!finished) {
                halted = true;
                session.halt();
            }
        }

        /** Whether the check was halted (read by the matching of a pattern, which a halt does not reach). */
        boolean halted() {
            return halted;
        }

        /** Marks the check finished; true when it had been halted. */
        synchronized boolean finish() {
            finished = true;
            return halted;
        }
    }

    /** Whether a stack is in a rule's consequence (not in the matching of its conditions). */
    private static boolean inConsequence(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("org.drools.core.phreak.RuleExecutor") && frame.getMethodName().startsWith("fireActivation")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern RULE_NAMED = java.util.regex.Pattern.compile("[Rr]ule[: ]+\"([^\"]+)\"");

    /** The name of the rule that failed: a consequence says it, a condition names it in its message. */
    static String failedRule(Throwable e) {
        return failedRule(e, null);
    }

    /**
     * The name of the rule that failed: a consequence says it, a constraint names it in its message, and an
     * {@code eval(...)} names only its expression ({@code EXPRESSION : java.lang.ArithmeticException…}),
     * which is looked up among the evals of the rules of {@code base}.
     */
    static String failedRule(Throwable e, org.kie.api.KieBase base) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getMatch() != null) {
                return c.getMatch().getRule().getName();
            }
            java.util.regex.Matcher m = RULE_NAMED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return base == null ? null : ruleOfEval(String.valueOf(e.getMessage()), base);
    }

    /** The rule whose {@code eval} failed with this message, or null. */
    private static String ruleOfEval(String message, org.kie.api.KieBase base) {
        int colon = message.indexOf(" : ");
        if (colon <= 0) {
            return null;
        }
        String expression = message.substring(0, colon);
        try {
            for (var pkg : base.getKiePackages()) {
                for (var rule : pkg.getRules()) {
                    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                            && hasEval(impl.getLhs(), expression)) {
                        return rule.getName();
                    }
                }
            }
        } catch (RuntimeException ignored) {
            // naming the rule is a courtesy: the failure is reported all the same
        }
        return null;
    }

    private static boolean hasEval(org.drools.base.rule.RuleConditionElement element, String expression) {
        if (element instanceof org.drools.base.rule.EvalCondition eval) {
            return expression.equals(String.valueOf(eval.getEvalExpression()));
        }
        for (var nested : element.getNestedElements()) {
            if (hasEval(nested, expression)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a rule failed, in words: the root exception, or for a stack that overflowed (a DRL function that calls
     * itself without end: an Error, which escaped the check as a 500 before) the functions at its top. The rule is
     * not read from such a stack: it is cut to its top 1,024 frames, all of them the function's.
     */
    private static Object reason(Throwable e, org.kie.api.KieBase base) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError overflow) {
                RunningRule.InCondition in = RunningRule.ofCondition(overflow.getStackTrace(), base);
                return in == null || in.functions().isEmpty() ? ServiceTexts.text("failed.stack-overflow", Map.of())
                        : ServiceTexts.text("failed.stack-overflow.function", Map.of("function", String.join("`, `", in.functions())));
            }
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private FactMapper mapperFor(RuleSet ruleSet) {
        FactMapper m = mapper.get();
        if (m == null || m.ruleSet() != ruleSet) {
            m = new FactMapper(ruleSet);
            mapper.set(m);
        }
        return m;
    }

    private static ReportFinding render(RuleSet ruleSet, Finding f, Declaration declaration) {
        Messages messages = ruleSet.messages();
        var title = ruleSet.rule(f.getRuleId()).map(r -> new LocalizedText(r.titleZh(), r.titleEn()))
                .orElseGet(() -> new LocalizedText(messages.render(Messages.ZH, f.getRuleId() + ".title", Map.of()),
                        messages.render(Messages.EN, f.getRuleId() + ".title", Map.of())));
        var message = new LocalizedText(messages.render(Messages.ZH, f.getMessageKey(), f.getArgs()),
                messages.render(Messages.EN, f.getMessageKey(), f.getArgs()));
        Location location = f.getLocation() != null ? f.getLocation() : locationOf(f.getField(), declaration.sources());
        Integer line = location == null || location.page() != null ? null : location.line();
        return new ReportFinding(f.getRuleId(), f.getSeverity(), f.getCategory(), title, f.getField(), line, location,
                message, text(messages, f.getSeenKey(), f.getArgs()), text(messages, f.getExpectedKey(), f.getArgs()),
                f.getReference(), indicatorNamed(f.getField(), declaration));
    }

    private static final java.util.regex.Pattern INDICATOR_ROW = java.util.regex.Pattern.compile("^/indicators/(\\d{1,9})(?:/|$)");

    /** The 三级 name of the indicator row a field is in ({@code /indicators/5/target}), or null. */
    private static String indicatorNamed(String field, Declaration declaration) {
        java.util.regex.Matcher m = field == null ? null : INDICATOR_ROW.matcher(field);
        if (m == null || !m.find() || declaration.indicators() == null) {
            return null;
        }
        int row = Integer.parseInt(m.group(1));
        if (row >= declaration.indicators().size()) {
            return null;
        }
        String name = declaration.indicators().get(row).level3();
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** A seen or expected text in both languages; none when the text is empty (a blank field). */
    private static LocalizedText text(Messages messages, String key, Map<String, Object> args) {
        if (key == null) {
            return null;
        }
        String zh = messages.render(Messages.ZH, key, args);
        String en = messages.render(Messages.EN, key, args);
        return zh.isBlank() && en.isBlank() ? null : new LocalizedText(zh, en);
    }

    /** Where the field was read from, or the nearest enclosing field that has a location. */
    static Location locationOf(String pointer, Map<String, Location> sources) {
        String p = pointer;
        while (p != null && !p.isEmpty()) {
            Location location = sources.get(p);
            if (location != null) {
                return location;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return null;
    }

    /** The facts as the rules saw them, minus the parameters (listed at /api/v1/rules). */
    private static List<Object> explained(List<Object> input) {
        return input.stream().filter(o -> !(o instanceof Policy))
                .map(o -> (Object) Map.of("type", o.getClass().getSimpleName(), "fact", o)).toList();
    }
}
