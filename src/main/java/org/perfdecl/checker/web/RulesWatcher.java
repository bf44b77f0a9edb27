package org.perfdecl.checker.web;

import org.perfdecl.checker.engine.RuleSetHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reloads the rule set when a file under the rules folder changes, so policy staff see an edit
 * without a restart. Events are gathered for a moment first: an editor saving a file (or a
 * {@code git pull}) writes several times, and we want one compile of the finished state.
 * <p>
 * Deployments swap the whole folder by a link: a Kubernetes ConfigMap mount re-points its hidden
 * {@code ..data} link (inside the folder, so watched), git-sync re-points the link above the
 * checkout ({@code /git/current/rules}). For the latter the folder that holds each link on the way
 * to the rules folder is watched too; a swap there reloads (an unchanged set is not recompiled).
 * <p>
 * The folder that holds the rules folder is watched for that one name as well: a rules folder deleted and
 * made again, or replaced by a rename ({@code mv rules rules.old; mv rules.new rules}), is a new folder the
 * watches of the old one never see. After every change the watches are made afresh, so the folder now at the
 * path is the one watched, and the edits saved in it are served as before.
 */
@Component
class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);
    private static final long QUIET_MILLIS = 400;

    private final RuleSetHolder rules;
    private final CheckerProperties properties;
    private volatile WatchService watcher;
    private volatile Thread thread;
    /** The watches in force: made afresh after every change (see {@link #rewatch}). */
    private final List<WatchKey> keys = new ArrayList<>();
    /** The watch of the folder that holds the rules folder, whose events count only for the rules folder's name. */
    private WatchKey parentKey;

    RulesWatcher(RuleSetHolder rules, CheckerProperties properties) {
        this.rules = rules;
        this.properties = properties;
    }

    @Override
    public void start() {
        Path dir = Path.of(properties.rulesDir());
        if (!properties.watchRules() || !Files.isDirectory(dir)) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            rewatch(dir);
        } catch (IOException e) {
            log.warn("cannot watch {} for rule changes ({}); use POST /api/v1/rules/reload", dir, e.getMessage());
            return;
        }
        thread = new Thread(this::loop, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for rule changes", dir.toAbsolutePath());
    }

    /**
     * Drops every watch and watches what is at the path now: the folder that holds the rules folder, every
     * folder under the rules folder (a new sub-folder too) and the folders of the links on the way. A watch
     * follows a folder, not its path: one kept from before would watch a folder renamed away, or a deleted one.
     */
    private synchronized void rewatch(Path dir) throws IOException {
        keys.forEach(WatchKey::cancel);
        keys.clear();
        Path parent = dir.toAbsolutePath().normalize().getParent();
        parentKey = parent != null && Files.isDirectory(parent) ? watch(parent) : null;
        if (!Files.isDirectory(dir)) {
            return; // gone: the reload that follows says so, and the folder's return is seen in its parent
        }
        try (Stream<Path> dirs = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                watch(d);
            }
        } catch (java.io.UncheckedIOException e) {
            // a folder removed while walked, a link that loops: the reload that follows reads what is there, and
            // tells what it cannot read (the folders walked so far stay watched)
            log.debug("watching {}: {}", dir, e.getCause().toString());
        }
        for (Path link : linksOnTheWayTo(dir)) {
            watch(link.getParent());
        }
    }

    private WatchKey watch(Path d) throws IOException {
        WatchKey key = d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        keys.add(key);
        return key;
    }

    /**
     * Whether the events of a key concern the rules: every event of a watched folder does, but in the folder
     * that holds the rules folder (which may be a busy one, such as a home folder) only those naming it.
     */
    private synchronized boolean concernsRules(WatchKey key, List<WatchEvent<?>> events, Path dir) {
        if (key != parentKey) {
            return true;
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return events.stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW
                || (e.context() instanceof Path p && p.equals(name)));
    }

    /** The symbolic links among the folder and its ancestors (not their targets: the links themselves). */
    static List<Path> linksOnTheWayTo(Path dir) {
        List<Path> links = new ArrayList<>();
        Path absolute = dir.toAbsolutePath().normalize();
        for (Path p = absolute; p != null && p.getParent() != null; p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                links.add(p);
            }
        }
        return links;
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Path dir = Path.of(properties.rulesDir());
                var key = watcher.take();
                boolean changed = concernsRules(key, key.pollEvents(), dir);
                key.reset();
                // drain what follows within the quiet period, then compile once
                for (var more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    changed |= concernsRules(more, more.pollEvents(), dir);
                    more.reset();
                }
                if (!changed) {
                    continue; // another file beside the rules folder
                }
                try {
                    rewatch(dir); // before the reload: a change made while it runs is seen, and reloaded after it
                    var before = rules.current().version();
                    var status = rules.reload();
                    if (!status.lastAttemptOk()) {
                        log.error("rule change rejected, still serving rule set {}:\n  {}", status.version(),
                                String.join("\n  ", status.lastErrors()));
                    } else if (!status.version().equals(before)) {
                        log.info("rule set {} now serving ({} rules)", status.version(), status.rules());
                    }
                } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
                    // one failed reload must not end the watching: the next change is tried again
                    log.error("reloading the rules after a change failed; still watching {}", properties.rulesDir(), e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // closing on shutdown: nothing left to do
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
