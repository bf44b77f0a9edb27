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
 */
@Component
class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);
    private static final long QUIET_MILLIS = 400;

    private final RuleSetHolder rules;
    private final CheckerProperties properties;
    private volatile WatchService watcher;
    private volatile Thread thread;

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
            register(dir);
        } catch (IOException e) {
            log.warn("cannot watch {} for rule changes ({}); use POST /api/v1/rules/reload", dir, e.getMessage());
            return;
        }
        thread = new Thread(this::loop, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for rule changes", dir.toAbsolutePath());
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                watch(d);
            }
        }
        for (Path link : linksOnTheWayTo(dir)) {
            watch(link.getParent());
        }
    }

    private void watch(Path d) throws IOException {
        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
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
                var key = watcher.take();
                key.pollEvents();
                key.reset();
                // drain what follows within the quiet period, then compile once
                for (var more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    more.pollEvents();
                    more.reset();
                }
                try {
                    register(Path.of(properties.rulesDir())); // a new sub-folder is watched too
                    var before = rules.current().version();
                    var status = rules.reload();
                    if (!status.lastAttemptOk()) {
                        log.error("rule change rejected, still serving rule set {}:\n  {}", status.version(),
                                String.join("\n  ", status.lastErrors()));
                    } else if (!status.version().equals(before)) {
                        log.info("rule set {} now serving ({} rules)", status.version(), status.rules());
                    }
                } catch (IOException | RuntimeException | LinkageError e) {
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
