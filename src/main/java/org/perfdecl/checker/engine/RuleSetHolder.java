package org.perfdecl.checker.engine;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.ruleset.RuleProblem;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

/**
 * Holds the rule set in force. A reload compiles the new set aside, puts it on {@link Trial} (the
 * service runs it over every fixture and seed form first), and swaps it in with one atomic write only
 * when it compiled whole and passed; a check reads the reference once, so a request never mixes two
 * rule sets. The same holds for the first rule set: one that fails its trial is not served at all.
 */
public class RuleSetHolder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RuleSetHolder.class);

    private final Supplier<RuleSource> source;
    private final RuleSetLoader loader;
    private final Trial trial;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile Status status;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * The last reload attempt: what serves now, and what failed, if anything: compile errors as
     * {@code file:line: message} in {@code lastErrors}, and rules that failed their trial, each with the
     * fixture it failed on and why, in {@code lastFailures} (also in {@code lastErrors} as text).
     * {@code lastErrorMessages} are {@code lastErrors} in Chinese and English, one for one (what Drools or a
     * parser says stays as written, after a Chinese lead-in).
     */
    public record Status(String version, String location, String loadedAt, int rules, String lastAttemptAt,
                         boolean lastAttemptOk, List<String> lastErrors, List<TrialFailure> lastFailures,
                         List<LocalizedText> lastErrorMessages) {
    }

    /** What a candidate rule set must pass before it serves; it answers with what failed (none: pass). */
    @FunctionalInterface
    public interface Trial {

        Trial NONE = candidate -> List.of();

        List<TrialFailure> test(RuleSet candidate);
    }

    /**
     * A rule of a candidate set that failed on a fixture.
     *
     * @param rule    the rule's name (or its id, for a fixture whose findings differ), null when unknown
     * @param fixture the fixture file and case
     * @param reason  the error, or the findings that differ from the fixture's
     * @param place   where the failing rule is written ({@code form.drl:137}), null when not known
     */
    public record TrialFailure(String rule, String fixture, String reason, LocalizedText message, String place) {

        /** @param message the reason in Chinese and English; null: the reason is the checker's own words, given a lead-in */
        public TrialFailure {
            if (message == null) {
                message = ServiceTexts.text("trial.error", java.util.Map.of("error", String.valueOf(reason)));
            }
        }

        public TrialFailure(String rule, String fixture, String reason, LocalizedText message) {
            this(rule, fixture, reason, message, null);
        }

        public TrialFailure(String rule, String fixture, String reason) {
            this(rule, fixture, reason, null);
        }

        /** The same failure, told at the place its rule is written (null: not known). */
        public TrialFailure at(String place) {
            return new TrialFailure(rule, fixture, reason, message, place);
        }

        /** A failure worded by service-texts' {@code trial.KEY}: the reason is its English. */
        public static TrialFailure said(String rule, String fixture, String key, java.util.Map<String, ?> arguments) {
            LocalizedText text = ServiceTexts.text("trial." + key, arguments);
            return new TrialFailure(rule, fixture, text.en(), text);
        }

        /** {@code fixture: rule "NAME": reason} in each language. */
        public LocalizedText described() {
            if (rule != null && place != null) {
                // where the rule is written first, as every other error of a rule set is told
                return ServiceTexts.text("trial.failure.rule.at",
                        java.util.Map.of("place", place, "fixture", fixture, "rule", rule, "reason", message));
            }
            return ServiceTexts.text(rule == null ? "trial.failure" : "trial.failure.rule",
                    java.util.Map.of("fixture", fixture, "rule", String.valueOf(rule), "reason", message));
        }

        @Override
        public String toString() {
            return fixture + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + reason;
        }
    }

    /** A rule set that failed its trial: the old one keeps serving. */
    public static final class TrialFailedException extends RuleSetException {
        private final transient List<TrialFailure> failures;

        public TrialFailedException(List<TrialFailure> failures) {
            super(failures.stream().map(f -> RuleProblem.ofTrial(f.fixture(), f.rule(), f.reason(), f.message(), f.place())).toList());
            this.failures = List.copyOf(failures);
        }

        public List<TrialFailure> failures() {
            return failures;
        }
    }

    /** Told about every reload attempt, e.g. to count it for operators (the engine knows no metrics library). */
    @FunctionalInterface
    public interface ReloadListener {

        /** @param swapped a new rule set serves now (false when the attempt failed or nothing had changed) */
        void reloaded(Status status, boolean swapped);
    }

    private final CompletableFuture<RuleSet> initial;

    /** Loads the first rule set at once: without a working one there is nothing to serve. */
    public RuleSetHolder(Supplier<RuleSource> source, RuleSetLoader loader) {
        this(source, loader, Trial.NONE);
    }

    /** Loads the first rule set at once, served only if it passes the trial. */
    public RuleSetHolder(Supplier<RuleSource> source, RuleSetLoader loader, Trial trial) {
        this(source, loader, trial, CompletableFuture.completedFuture(tried(loader.load(source.get()), trial)));
    }

    private RuleSetHolder(Supplier<RuleSource> source, RuleSetLoader loader, Trial trial,
                          CompletableFuture<RuleSet> initial) {
        this.source = source;
        this.loader = loader;
        this.trial = trial;
        this.initial = initial.thenApply(first -> {
            current.compareAndSet(null, first);
            status = status(first, true, List.of(), List.of());
            return first;
        });
    }

    /**
     * Starts compiling (and trying) the first rule set on another thread, so it overlaps the rest of
     * the service's start; {@link #awaitInitial()} (or the first check) waits for it.
     */
    public static RuleSetHolder loadInBackground(Supplier<RuleSource> source, RuleSetLoader loader, Trial trial) {
        return new RuleSetHolder(source, loader, trial,
                CompletableFuture.supplyAsync(() -> tried(loader.load(source.get()), trial), Workers.executor()));
    }

    /** A holder that serves one rule set, e.g. a candidate on trial; it never reloads. */
    public static RuleSetHolder serving(RuleSet set) {
        return new RuleSetHolder(() -> {
            throw new IllegalStateException("a fixed rule set does not reload");
        }, null, Trial.NONE, CompletableFuture.completedFuture(set));
    }

    private static RuleSet tried(RuleSet candidate, Trial trial) {
        List<TrialFailure> failures = trial.test(candidate);
        if (!failures.isEmpty()) {
            throw new TrialFailedException(failures);
        }
        return candidate;
    }

    /** Waits for the first rule set; throws its RuleSetException when it does not load. */
    public RuleSet awaitInitial() {
        try {
            return initial.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Whether a rule set is in force yet (the first compile runs in the background); never waits. */
    public boolean isLoaded() {
        return current.get() != null;
    }

    public void addListener(ReloadListener listener) {
        listeners.add(listener);
    }

    public RuleSet current() {
        RuleSet set = current.get();
        return set != null ? set : awaitInitial();
    }

    public Status status() {
        awaitInitial();
        return status;
    }

    /** Recompiles when the files changed; on failure the old set keeps serving and the errors are kept. */
    public synchronized Status reload() {
        RuleSet before = current();
        Status after = attemptReload();
        for (ReloadListener listener : listeners) {
            listener.reloaded(after, current.get() != before);
        }
        return after;
    }

    private Status attemptReload() {
        RuleSource next;
        try {
            next = source.get();
        } catch (RuleSetException e) {
            // reading found problems of the files themselves (a rule file not UTF-8): told as they are
            status = status(current.get(), false, e.problems(), List.of());
            return status;
        } catch (RuntimeException e) {
            var text = ServiceTexts.text("ruleset.folder", java.util.Map.of("text", String.valueOf(e.getMessage())));
            status = status(current.get(), false, List.of(new RuleProblem("", 0, text.en(), null, "ruleset.folder", text)), List.of());
            return status;
        }
        // the rules unchanged, but perhaps not the fixtures they must pass: tried again (a pass remembered by rules and
        // fixtures answers at once). A reload that said OK over fixtures it never ran was a start that failed the next
        // morning. The set keeps serving either way: it is the one that passed before.
        boolean unchanged = next.version().equals(current().version());
        try {
            RuleSet loaded = tried(unchanged ? current.get() : loader.load(next), trial);
            current.set(loaded);
            status = status(loaded, true, List.of(), List.of());
        } catch (TrialFailedException e) {
            status = status(current.get(), false, e.problems(), e.failures());
        } catch (RuleSetException e) {
            status = status(current.get(), false, e.problems(), List.of());
        } catch (RuntimeException | LinkageError e) {
            // not the rule set's fault as far as it can tell: refuse it and keep serving, never a 500
            log.error("trying rule set {} failed inside the checker", next.version(), e);
            var text = ServiceTexts.text("ruleset.untried", java.util.Map.of());
            status = status(current.get(), false, List.of(new RuleProblem("", 0, text.en(), null, "ruleset.untried", text)), List.of());
        }
        return status;
    }

    private static Status status(RuleSet set, boolean ok, List<RuleProblem> errors, List<TrialFailure> failures) {
        // a problem without a file (the folder could not be read, the engine failed) is its message alone
        return new Status(set.version(), set.location(), set.loadedAt().toString(), set.ruleIds().size(),
                Instant.now().toString(), ok, errors.stream().map(p -> p.file().isEmpty() ? p.message() : p.toString()).toList(),
                List.copyOf(failures), errors.stream().map(p -> p.file().isEmpty() ? p.text() : p.described()).toList());
    }
}
