package org.perfdecl.checker.engine;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.perfdecl.checker.ruleset.RuleProblem;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

/**
 * Holds the rule set in force. A reload compiles the new set aside and swaps it in with one atomic
 * write only when it compiled whole; a check reads the reference once, so a request never mixes
 * two rule sets.
 */
public class RuleSetHolder {

    private final Supplier<RuleSource> source;
    private final RuleSetLoader loader;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile Status status;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();

    /** The last reload attempt: what serves now, and what failed, if anything. */
    public record Status(String version, String location, String loadedAt, int rules, String lastAttemptAt,
                         boolean lastAttemptOk, List<String> lastErrors) {
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
        this(source, loader, CompletableFuture.completedFuture(loader.load(source.get())));
    }

    private RuleSetHolder(Supplier<RuleSource> source, RuleSetLoader loader, CompletableFuture<RuleSet> initial) {
        this.source = source;
        this.loader = loader;
        this.initial = initial.thenApply(first -> {
            current.compareAndSet(null, first);
            status = status(first, true, List.of());
            return first;
        });
    }

    /**
     * Starts compiling the first rule set on another thread, so it overlaps the rest of the
     * service's start; {@link #awaitInitial()} (or the first check) waits for it.
     */
    public static RuleSetHolder loadInBackground(Supplier<RuleSource> source, RuleSetLoader loader) {
        return new RuleSetHolder(source, loader, CompletableFuture.supplyAsync(() -> loader.load(source.get())));
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
        } catch (RuntimeException e) {
            status = status(current.get(), false, List.of(e.getMessage()));
            return status;
        }
        if (next.version().equals(current().version())) {
            status = status(current.get(), true, List.of());
            return status;
        }
        try {
            RuleSet loaded = loader.load(next);
            current.set(loaded);
            status = status(loaded, true, List.of());
        } catch (RuleSetException e) {
            status = status(current.get(), false, e.problems().stream().map(RuleProblem::toString).toList());
        }
        return status;
    }

    private static Status status(RuleSet set, boolean ok, List<String> errors) {
        return new Status(set.version(), set.location(), set.loadedAt().toString(), set.ruleIds().size(),
                Instant.now().toString(), ok, List.copyOf(errors));
    }
}
