package org.perfdecl.checker.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Load and faults against the packaged service on loopback, bounded in time, then a summary:
 * <pre>
 *   FaultsRun JAR RULES SEED RATE SECONDS SLOW_CLIENTS [PORT]
 * </pre>
 * Starts the jar on 127.0.0.1 (a free port unless PORT is given) with a temporary copy of RULES,
 * warms it, then for SECONDS sends checks of the SEED form at RATE per second while, at the same
 * time, the rules folder is changed and reloaded (good and broken), SLOW_CLIENTS connections
 * trickle their bodies, and oversized and garbage bodies arrive. Stops the service at the end, and
 * in any case after SECONDS + 4 minutes.
 */
public final class FaultsRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the normal checks got back. */
    private static final class Load {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final Tally answers = new Tally();
        /** rule-set version -> (findings as JSON -> reports) */
        final Map<String, Map<String, LongAdder>> findingsByVersion = new ConcurrentHashMap<>();

        void of(HttpResponse<String> r, Throwable error, long latency) {
            if (error != null) {
                answers.add("no answer: " + error.getClass().getSimpleName());
                return;
            }
            if (r.statusCode() / 100 != 2) {
                answers.add(Tally.cause(r));
                return;
            }
            answers.add("2xx");
            latencies.add(latency);
            try {
                JsonNode report = JSON.readTree(r.body());
                findingsByVersion.computeIfAbsent(report.path("ruleSet").path("version").asString(), v -> new ConcurrentHashMap<>())
                        .computeIfAbsent(report.path("findings").toString(), f -> new LongAdder()).increment();
            } catch (RuntimeException e) {
                answers.add("2xx without a report");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: FaultsRun JAR RULES SEED RATE SECONDS SLOW_CLIENTS [PORT]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        byte[] seed = Files.readAllBytes(Path.of(args[2]));
        int rate = Math.min(Integer.parseInt(args[3]), 2000);
        int seconds = Math.min(Integer.parseInt(args[4]), 600);
        int slow = Math.min(Integer.parseInt(args[5]), 1000);
        int port = args.length > 6 ? Integer.parseInt(args[6]) : 0;

        Path work = Files.createTempDirectory("faults-run");
        Path rules = work.resolve("rules");
        copy(Path.of(args[1]), rules);
        watchdog(seconds + 240);
        System.out.printf("== load and faults on loopback: %d checks/s for %d s, %d slow clients, %d cores%n",
                rate, seconds, slow, Runtime.getRuntime().availableProcessors());
        try (Service service = Service.start(jar, rules, port, Path.of("target/faults-service.log"))) {
            run(service, rules, seed, rate, seconds, slow);
        } finally {
            delete(work);
        }
        System.exit(0); // the HTTP clients' threads
    }

    private static void run(Service service, Path rules, byte[] seed, int rate, int seconds, int slow) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest check = HttpRequest.newBuilder(service.uri("/api/v1/checks")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(seed)).build();
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < 1000 && System.nanoTime() < warm; i++) {
            client.send(check, HttpResponse.BodyHandlers.discarding());
        }
        long rssBefore = service.rssMib();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        RuleSetChurn churn = new RuleSetChurn(service, rules, deadline, Math.max(2000, seconds * 1000L / 12));
        SlowClients slowClients = new SlowClients(service, seed, slow, deadline);
        BadBodies bad = new BadBodies(service, seed, deadline, 250);
        List<Thread> sides = Stream.of(churn, slowClients, bad).map(Thread::new).toList();
        sides.forEach(Thread::start);
        Load load = new Load();
        LoadRun.openLoop(client, () -> check, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), rate, seconds, load::of);
        for (Thread side : sides) {
            side.join(TimeUnit.SECONDS.toMillis(30));
            side.interrupt();
        }
        long rssAfter = service.rssMib();
        String meters = service.get("/actuator/prometheus").body();

        List<Long> sorted = new ArrayList<>(load.latencies);
        Collections.sort(sorted);
        System.out.printf("requests sent: %d checks, %d slow clients, %d bad bodies, %d rule-set requests%n",
                (long) rate * seconds, slowClients.opened, bad.sent, churn.requests);
        System.out.printf("checks answered 2xx: %d of %d; the others by cause:%n", load.answers.get("2xx"), (long) rate * seconds);
        System.out.print(withoutOk(load.answers));
        System.out.printf("latency of the 2xx checks: p50 %.1f ms, p99 %.1f ms, max %.1f ms (from the time each was due)%n",
                LoadRun.percentile(sorted, 0.50), LoadRun.percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        System.out.println("slow clients (one byte a second), how they ended:");
        System.out.print(slowClients.outcomes.lines("  "));
        System.out.println("bad bodies, what they got:");
        System.out.print(bad.outcomes.lines("  "));
        System.out.println("rule-set changes:");
        System.out.print(churn.outcomes.lines("  "));
        printVersions(load, churn.served);
        System.out.printf("service RSS: %d MiB after the warm-up, %d MiB after the run%n", rssBefore, rssAfter);
        System.out.println("service's own meters:");
        meters.lines().filter(l -> l.startsWith("checker_checks_seconds_count") || l.startsWith("checker_checks_halted")
                || l.startsWith("checker_rules_reloads")).forEach(l -> System.out.println("  " + l));
    }

    private static String withoutOk(Tally answers) {
        return answers.lines("  ").lines().filter(l -> !l.endsWith("  2xx")).map(l -> l + "\n")
                .reduce("", String::concat).transform(s -> s.isEmpty() ? "        none\n" : s);
    }

    /**
     * A report is mixed when its rule-set version was never served whole, or when its findings
     * differ from the most common findings of that version (every check sends the same form).
     */
    private static void printVersions(Load load, Set<String> served) {
        long mixed = 0;
        StringBuilder versions = new StringBuilder();
        for (var e : load.findingsByVersion.entrySet()) {
            long reports = e.getValue().values().stream().mapToLong(LongAdder::sum).sum();
            long usual = e.getValue().values().stream().mapToLong(LongAdder::sum).max().orElse(0);
            mixed += served.contains(e.getKey()) ? reports - usual : reports;
            versions.append(String.format("  %s: %d reports%s%n", e.getKey(), reports,
                    served.contains(e.getKey()) ? "" : " (a version never served whole)"));
        }
        System.out.printf("mixed-version reports: %d (rule-set versions served: %d)%n", mixed, served.size());
        System.out.print(versions);
    }

    /** Ends everything if the run overstays: the service first, then this program. */
    private static void watchdog(int seconds) {
        Thread t = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(seconds);
                System.err.println("the run overstayed " + seconds + " s: stopping");
                System.exit(3); // runs the shutdown hook that stops the service
            } catch (InterruptedException ignored) {
                // the run ended first
            }
        }, "watchdog");
        t.setDaemon(true);
        t.start();
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
