package org.perfdecl.checker.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules folder as the Kubernetes manifests in deploy/ deliver it: a ConfigMap volume (files are
 * links into a hidden, timestamped folder that the kubelet swaps by re-pointing {@code ..data}) and a
 * git-sync checkout ({@code /git/current} re-pointed at a new worktree). The folder reads as the plain
 * rules/ does (same files, same version), and the folder watch serves a swapped one without a restart.
 */
class MountedRulesTest {

    private static final String THRESHOLD = "warningBelow: 0.90";
    private static final String CHANGED = "warningBelow: 0.95";

    @TempDir
    Path root;
    private RulesWatcher watcher;

    @AfterEach
    void stopWatching() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    @Test
    void aConfigMapVolumeReadsAsThePlainFolderAndItsUpdateIsServed() throws Exception {
        Path mount = Files.createDirectory(root.resolve("rules"));
        configMapWrite(mount, "..2026_11_26_01_00_00.000000001", Map.of());
        assertThat(Files.isSymbolicLink(mount.resolve("frameworks"))).isTrue();

        RuleSource plain = RuleSource.fromDirectory(TestRules.RULES);
        RuleSource mounted = RuleSource.fromDirectory(mount);
        assertThat(mounted.files()).isEqualTo(plain.files());
        assertThat(mounted.binaries().keySet()).isEqualTo(plain.binaries().keySet());
        assertThat(mounted.version()).isEqualTo(plain.version());

        RuleSetHolder holder = watched(mount);
        configMapWrite(mount, "..2026_11_26_01_01_00.000000002", Map.of("parameters.yaml", this::changeThreshold));

        awaitThreshold(holder, 0.95);
    }

    @Test
    void aGitSyncCheckoutIsServedWhenTheLinkMovesToANewWorktree() throws Exception {
        Path gitRoot = Files.createDirectory(root.resolve("git"));
        Path first = copyRules(gitRoot.resolve(".worktrees/aaaa1111/rules"), Map.of()).getParent();
        Files.createSymbolicLink(gitRoot.resolve("current"), gitRoot.relativize(first));
        Path rulesDir = gitRoot.resolve("current/rules");
        assertThat(RulesWatcher.linksOnTheWayTo(rulesDir)).containsExactly(gitRoot.resolve("current").toAbsolutePath());

        RuleSetHolder holder = watched(rulesDir);
        Path second = copyRules(gitRoot.resolve(".worktrees/bbbb2222/rules"),
                Map.of("parameters.yaml", this::changeThreshold)).getParent();
        // git-sync flips the link by renaming a new one over it; the old worktree stays for now,
        // so nothing changes inside the folder that was watched until then
        Path next = Files.createSymbolicLink(gitRoot.resolve("current.tmp"), gitRoot.relativize(second));
        Files.move(next, gitRoot.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        awaitThreshold(holder, 0.95);
    }

    /**
     * A rules folder replaced by a rename (an editor's or a script's {@code mv rules.new rules}) is a new
     * folder: the watches of the old one saw nothing of it, and no saved edit was served until a restart.
     */
    @Test
    void aFolderReplacedByARenameIsWatchedAndServed() throws Exception {
        Path rulesDir = copyRules(root.resolve("rules"), Map.of());
        RuleSetHolder holder = watched(rulesDir);
        Path next = copyRules(root.resolve("rules.new"), Map.of("parameters.yaml", this::changeThreshold));
        Files.move(rulesDir, root.resolve("rules.old"));
        Files.move(next, rulesDir);
        awaitThreshold(holder, 0.95);

        // and the new folder is the one watched now: an edit saved in it is served too
        Path parameters = rulesDir.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace(CHANGED, "warningBelow: 0.97"));
        awaitThreshold(holder, 0.97);
    }

    /**
     * A rules folder deleted (the old set keeps serving, the status says it is gone) and then made again:
     * the watches died with the folder, and the new one was never read until a manual reload.
     */
    @Test
    void aFolderDeletedAndMadeAgainIsWatchedAndServed() throws Exception {
        Path rulesDir = copyRules(root.resolve("rules"), Map.of());
        RuleSetHolder holder = watched(rulesDir);
        deleteTree(rulesDir);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (holder.status().lastAttemptOk() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(holder.status().lastErrors()).singleElement().asString().contains("is gone");
        assertThat(holder.current().policy().number("budget.executionRate.warningBelow")).isEqualTo(0.90);

        copyRules(rulesDir, Map.of("parameters.yaml", this::changeThreshold));
        awaitThreshold(holder, 0.95);
    }

    private RuleSetHolder watched(Path rulesDir) {
        RuleSetHolder holder = new RuleSetHolder(RuleSource.resolver(rulesDir), TestRules.LOADER);
        assertThat(holder.current().policy().number("budget.executionRate.warningBelow")).isEqualTo(0.90);
        var properties = new Binder(new MapConfigurationPropertySource(Map.of("checker.rules-dir", rulesDir.toString(),
                "checker.watch-rules", "true"))).bind("checker", CheckerProperties.class).get();
        watcher = new RulesWatcher(holder, properties);
        watcher.start();
        assertThat(watcher.isRunning()).isTrue();
        return holder;
    }

    private static void awaitThreshold(RuleSetHolder holder, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (holder.current().policy().number("budget.executionRate.warningBelow") != expected
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(holder.current().policy().number("budget.executionRate.warningBelow")).isEqualTo(expected);
        assertThat(holder.status().lastAttemptOk()).isTrue();
    }

    private String changeThreshold(String parameters) {
        assertThat(parameters).contains(THRESHOLD);
        return parameters.replace(THRESHOLD, CHANGED);
    }

    /**
     * What the kubelet's atomic writer does on every ConfigMap update: the files go into a new hidden
     * folder, {@code ..data} is re-pointed at it by a rename, the top-level entries are links through
     * {@code ..data}, and the previous folder is removed.
     */
    private static void configMapWrite(Path mount, String timestamped, Map<String, UnaryOperator<String>> edits)
            throws IOException {
        Path previous = Files.isSymbolicLink(mount.resolve("..data"))
                ? mount.resolve(Files.readSymbolicLink(mount.resolve("..data"))) : null;
        Path data = copyRules(mount.resolve(timestamped), edits);
        Path link = Files.createSymbolicLink(mount.resolve("..data_tmp"), data.getFileName());
        Files.move(link, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> top = Files.list(data)) {
            for (Path entry : top.toList()) {
                Path visible = mount.resolve(entry.getFileName().toString());
                if (!Files.isSymbolicLink(visible)) {
                    Files.createSymbolicLink(visible, Path.of("..data").resolve(entry.getFileName().toString()));
                }
            }
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /**
     * A copy of rules/ (the loader's files only, as the ConfigMap carries them: the decision table as
     * binaryData), with some text files edited.
     */
    private static Path copyRules(Path target, Map<String, UnaryOperator<String>> edits) throws IOException {
        RuleSource rules = RuleSource.fromDirectory(TestRules.RULES);
        rules.binaries().forEach((relative, bytes) -> {
            Path file = target.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        rules.files().forEach((relative, text) -> {
            Path file = target.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, edits.getOrDefault(relative, t -> t).apply(text), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return target;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
