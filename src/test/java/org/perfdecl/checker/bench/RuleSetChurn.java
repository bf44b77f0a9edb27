package org.perfdecl.checker.bench;

import org.perfdecl.checker.ruleset.RuleSource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the service's rules folder while it serves, one step every {@code stepMillis} until the
 * deadline: a threshold that changes a finding of the load's form, a .drl that no longer compiles,
 * and their restoration, in turn through the reload endpoint and through file edits alone (the
 * folder watch). Files are replaced atomically, as an editor or a deployment does. Keeps the
 * versions the service served, for the mixed-version count.
 */
final class RuleSetChurn implements Runnable {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([0-9a-f]+)\"");

    private record Step(String name, String file, boolean good, boolean byEndpoint) {
    }

    private final Service service;
    private final Path rules;
    private final long deadline;
    private final long stepMillis;
    private final String parameters;
    private final String budget;
    private final List<Step> steps;
    final Set<String> served = ConcurrentHashMap.newKeySet();
    final Tally outcomes = new Tally();
    int requests;

    RuleSetChurn(Service service, Path rules, long deadline, long stepMillis) throws IOException {
        this.service = service;
        this.rules = rules;
        this.deadline = deadline;
        this.stepMillis = stepMillis;
        this.parameters = Files.readString(rules.resolve("parameters.yaml"));
        this.budget = Files.readString(rules.resolve("input.drl"));
        if (!parameters.contains("warningBelow: 0.90") || !budget.contains("\nwhen")) {
            throw new IllegalStateException("the rules changed: adapt the edits of RuleSetChurn");
        }
        // seed form 5 spends 85.4% of last year's budget: BUD-001 warns below 90%, not below 80%
        String lowerThreshold = parameters.replaceFirst("warningBelow: 0.90", "warningBelow: 0.80");
        String brokenRule = budget.replaceFirst("\nwhen", "\nwhenn");
        this.steps = List.of(
                new Step("threshold 0.90 -> 0.80, reload endpoint", lowerThreshold, true, true),
                new Step("broken input.drl, reload endpoint", brokenRule, false, true),
                new Step("input.drl restored, reload endpoint", budget, true, true),
                new Step("threshold back to 0.90, file edit only", parameters, true, false),
                new Step("broken input.drl, file edit only", brokenRule, false, false),
                new Step("input.drl restored, file edit only", budget, true, false));
    }

    @Override
    public void run() {
        try {
            served.add(servedVersion());
            for (int i = 0; System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stepMillis) < deadline; i++) {
                TimeUnit.MILLISECONDS.sleep(stepMillis);
                Step step = steps.get(i % steps.size());
                String target = step.name().contains("threshold") ? "parameters.yaml" : "input.drl";
                replace(rules.resolve(target), step.file());
                String expected = RuleSource.fromDirectory(rules).version();
                outcomes.add(step.name() + ": " + (step.byEndpoint() ? reload(step) : watched(step, expected)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            outcomes.add("stopped: " + e);
        } finally {
            try { // leave the folder as it was
                replace(rules.resolve("parameters.yaml"), parameters);
                replace(rules.resolve("input.drl"), budget);
            } catch (IOException ignored) {
                // the folder is a temporary copy
            }
        }
    }

    private String reload(Step step) throws IOException, InterruptedException {
        requests++;
        HttpResponse<String> r = service.client().send(service.admin("/api/v1/rules/reload")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String version = version(r.body());
        if (r.statusCode() == 200 && version != null) {
            served.add(version);
        }
        boolean asExpected = step.good() ? r.statusCode() == 200 : r.statusCode() == 422;
        return r.statusCode() + (asExpected ? " (as expected)" : " (UNEXPECTED)");
    }

    /**
     * Waits for the folder watch to serve the new version (a compile takes seconds on a busy machine),
     * or, for a broken set, 5 s in which the old one must keep serving.
     */
    private String watched(Step step, String expected) throws IOException, InterruptedException {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(step.good() ? 15 : 5);
        while (System.nanoTime() < limit) {
            String now = servedVersion();
            served.add(now);
            if (now.equals(expected)) {
                return step.good() ? "served (as expected)" : "SERVED A BROKEN RULE SET";
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return step.good() ? "NOT SERVED within 15 s" : "kept the old rule set (as expected)";
    }

    private String servedVersion() throws IOException, InterruptedException {
        requests++;
        return version(service.get("/api/v1/rules").body());
    }

    private static String version(String json) {
        Matcher m = VERSION.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void replace(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
