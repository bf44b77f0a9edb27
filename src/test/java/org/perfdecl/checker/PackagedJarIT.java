package org.perfdecl.checker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar, as users do: the CLI from the project folder and from elsewhere (rules
 * bundled in the jar), and the service on a free port, which must answer as the CLI does. A jar
 * launch costs seconds on two cores, so each one here checks as much as it can; the CLI's exit codes
 * and options are tested in process (CheckCommandTest, CiIntegrationTest, RulesCommand*Test).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    private static final Path JAR = Path.of("target/declaration-checker.jar").toAbsolutePath();
    private static final Path SEEDS = Path.of("fixtures/seeds").toAbsolutePath();
    private static Process service;
    private static int port;

    record Run(int exit, String out, String err) {
    }

    /**
     * A CLI launch of the jar, with the quick JIT and the serial collector (as the launcher runs a few named files):
     * a short run spends more CPU compiling with C2 and setting up G1 than it gets back, and what the jar prints
     * depends on neither.
     */
    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, java.util.Map.of(), args);
    }

    static Run run(Path dir, java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("ruleId").asString() + " " + f.get("field").asString()));
        return out;
    }

    /** The launcher's cache for the service: cold, so its first start extracts the jar and records the archive. */
    @TempDir
    static Path serviceCache;

    /** A folder without rules/, where the CLI runs. */
    @TempDir
    static Path elsewhere;

    /** A copy of rules/ with one rule file changed, for the service. */
    @TempDir
    static Path changedRules;

    /**
     * Starts the service as the README's faster start does, through {@code bin/declaration-checker},
     * without waiting: it comes up while the CLI tests run (those come first).
     */
    @BeforeAll
    static void startService() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // rules a policy officer changed: not the ones the build precompiled, so the service compiles them
        // (MVEL) and tries them on its worker threads, a path that once failed only in the packaged jar
        Path rules = changedRules.resolve("rules");
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path from : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(rules.resolve("form.drl"), "\n// changed by a policy officer\n", java.nio.file.StandardOpenOption.APPEND);
        // the history in target/, not in the project's ./data
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/declaration-checker", "--server.port=" + port,
                "--checker.rules-dir=" + rules,
                "--spring.datasource.url=jdbc:h2:file:" + Path.of("target/packaged-service-data/history").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(Path.of("target/packaged-service.log").toFile());
        builder.environment().put("XDG_CACHE_HOME", serviceCache.toString());
        builder.environment().put("DECLARATION_CHECKER_JAR", JAR.toString());
        // the quick JIT and the serial collector: the service answers a handful of requests here, and starts (after
        // its training run, with the same options) while the CLI tests run
        builder.environment().put("DECLARATION_CHECKER_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        service = builder.start();
    }

    /** The service's port, once it answers. */
    private static synchronized int servicePort() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); // the archive's training run comes first
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rules")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return port;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("service did not start; see target/packaged-service.log");
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.destroy();
        }
    }

    /**
     * Seeds 4 and 5 (JSON) and the text export of five forms, checked by one launch of the jar from a folder
     * without rules/, so it uses the rules bundled in the jar: a batch report with one item per form.
     */
    private static JsonNode seedsChecked;

    private static synchronized JsonNode seedsChecked() throws Exception {
        if (seedsChecked == null) {
            Run run = run(elsewhere, "check", "--format", "json", SEEDS.resolve("seed-4-worker-assistance.json").toString(),
                    SEEDS.resolve("seed-5-flexible-employment.json").toString(), SEEDS.resolve("000_e82864895a36c2f5.txt").toString());
            assertThat(run.exit()).as(run.err()).isZero();
            seedsChecked = DeclarationJson.MAPPER.readTree(run.out());
        }
        return seedsChecked;
    }

    private static JsonNode checkedByTheJar(String seed) throws Exception {
        for (JsonNode item : seedsChecked().get("items")) {
            if (item.get("name").asString().endsWith(seed)) {
                return item.get("report");
            }
        }
        throw new AssertionError(seed + " is not in the jar's batch report");
    }

    @Test
    @Order(1)
    void checkPrintsTheReportOfEachForm() throws Exception {
        assertThat(seedsChecked().at("/summary/forms").asInt()).isEqualTo(7);
        assertThat(findings(checkedByTheJar("seed-5-flexible-employment.json"))).containsExactly("BUD-001 /lastYearSpent",
                "BUD-002 /currentYearBudget", "FORM-007 /annualGoal", "TGT-004 /indicators/5/target", "IND-007 /annualGoal",
                "IND-007 /annualGoal", "TGT-006 /indicators/8/target", "TGT-007 /indicators/6/target");
    }

    @Test
    @Order(2)
    void theLauncherScriptAnswersAsTheJarDoesFromItsExtractedCopy(@TempDir Path cache) throws Exception {
        List<String> byTheJar = findings(checkedByTheJar("seed-5-flexible-employment.json"));
        Path folder = Files.createDirectories(cache.resolve("forms"));
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), folder.resolve("seed-5.json"));
        // named as a release is downloaded: the extracted copy is found whatever the jar's name
        Path versioned = Files.copy(JAR, cache.resolve("declaration-checker-0.1.0.jar"));
        // the first run extracts the jar and records the class archive, the second uses both; the second checks a
        // folder (the parallel collector) with a collector of the user's own: theirs, not a JVM refusing two
        for (int i = 0; i < 2; i++) {
            String input = i == 0 ? SEEDS.resolve("seed-5-flexible-employment.json").toString() : folder.toString();
            ProcessBuilder builder = new ProcessBuilder("bash", "bin/declaration-checker", "check", "--format", "json",
                    "--fail-on", "warning", input);
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            builder.environment().put("DECLARATION_CHECKER_JAR", versioned.toString());
            if (i == 1) {
                builder.environment().put("DECLARATION_CHECKER_JAVA_OPTS", "-XX:+UseG1GC");
            }
            Process p = builder.start();
            var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return e.toString();
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("warnings at --fail-on warning: " + err.join()).isEqualTo(1);
            assertThat(findings(DeclarationJson.MAPPER.readTree(out))).isEqualTo(byTheJar);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!archived(cache) && System.nanoTime() < deadline) {
                Thread.sleep(500); // recorded in the background after the first run
            }
            assertThat(archived(cache)).as("class-data archive recorded").isTrue();
        }
    }

    private static boolean archived(Path cache) throws IOException {
        try (var files = Files.walk(cache)) {
            return files.anyMatch(f -> f.toString().endsWith(".jsa") && !f.toString().contains(".lock"));
        }
    }

    @Test
    @Order(3)
    void fromAnotherFolderTheJarUsesItsBundledRules() throws Exception {
        JsonNode first = null;
        for (JsonNode item : seedsChecked().get("items")) {
            assertThat(item.at("/report/ruleSet/location").asString()).as(item.get("name").asString()).contains("bundled");
            if (first == null && item.get("name").asString().contains("000_e82864895a36c2f5.txt")) {
                first = item.get("report");
            }
        }
        assertThat(first).as("the text export's first form").isNotNull();
        assertThat(findings(first)).containsExactly("BUD-007 /currentYearBudget", "TGT-007 /indicators/5/target");
        assertThat(first.get("source").get("form").asInt()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void theServiceAnswersAsTheCliDoes() throws Exception {
        for (String seed : List.of("seed-4-worker-assistance.json", "seed-5-flexible-employment.json")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + servicePort() + "/api/v1/checks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(SEEDS.resolve(seed))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(findings(DeclarationJson.MAPPER.readTree(response.body()))).as(seed)
                    .isEqualTo(findings(checkedByTheJar(seed))).isNotEmpty();
        }
    }

    /**
     * Without a UTF-8 locale (LANG unset, as in many CI containers; Java 17 then reads and writes in ASCII): changed rules
     * failed to compile ("Duplicate rule name: IND-003 a ??????", every Chinese character read back as a question mark),
     * Chinese messages printed as ????, and a Chinese file name ended the run with "Malformed input".
     */
    @Test
    @Order(4)
    void withoutAUtf8LocaleRulesCompileAndChineseIsWrittenOrToldWhatToSet(@TempDir Path cache) throws Exception {
        List<String> command = List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
                "rules", "validate", changedRules.resolve("rules").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("ok: ").doesNotContain("Duplicate rule name");

        Path named = Files.copy(SEEDS.resolve("seed-3-festival-greetings.json"), cache.resolve("劳模慰问金申报表.json"));
        builder.command(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "check", named.toString()));
        p = builder.start();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("LANG=C.UTF-8").contains("请以 LANG=C.UTF-8 运行").doesNotContain("Malformed input");
    }

    /** The launcher recorded the service's class archive before the first start, and the service maps it. */
    @Test
    @Order(5)
    void theLauncherStartsTheServiceFromItsRecordedArchive() throws Exception {
        servicePort();
        List<String> recorded;
        try (var files = Files.walk(serviceCache)) {
            recorded = files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("service-")).toList();
        }
        assertThat(recorded).as("no failed training run").noneMatch(f -> f.endsWith(".failed"));
        List<String> archives = recorded.stream().filter(f -> f.endsWith(".jsa") || f.endsWith(".aot")).toList();
        assertThat(archives).as("the service's archive").hasSize(1);
        String archive = archives.get(0);
        assertThat(recorded).as("its mark, which a start compares to find an archive cut short").contains(archive + ".ok");
        assertThat(service.info().arguments().orElseThrow()).as("the service's JVM, which the launcher exec'd")
                .anyMatch(a -> (a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:AOTCache=")) && a.endsWith(archive));
    }

    /** The Dockerfile's HEALTHCHECK command, run as Docker runs it, against the packaged service. */
    @Test
    @Order(6)
    void theDockerHealthCheckProbesLiveness() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", "");
        String healthcheck = dockerfile.lines().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
        List<String> command = new ArrayList<>();
        DeclarationJson.MAPPER.readTree(healthcheck.substring(healthcheck.indexOf("CMD") + 3))
                .forEach(part -> command.add(part.asString()));

        assertThat(probe(command, servicePort())).as("healthy service").isZero();
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        assertThat(probe(command, nothingListens)).as("no service").isNotZero();
    }

    private static int probe(List<String> command, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORT", Integer.toString(port));
        Process p = builder.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return p.exitValue();
    }

    /** Tomcat keeps the Content-Type as sent, so a text without charset= is detected (MockMvc cannot show it). */
    @Test
    @Order(7)
    void aTextExportInAnotherCharsetWithoutItsDeclarationIsDetected() throws Exception {
        String text = Files.readString(SEEDS.resolve("seed-4-worker-assistance.txt"));
        for (var charset : List.of("GBK", "GB18030", "UTF-16LE")) {
            byte[] body = ((charset.startsWith("UTF-16") ? "\uFEFF" : "") + text).getBytes(charset);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + servicePort() + "/api/v1/checks"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(charset + ": " + response.body()).isEqualTo(200);
            JsonNode report = DeclarationJson.MAPPER.readTree(response.body());
            assertThat(report.at("/declaration/projectName").asString()).as(charset).isEqualTo("困难职工帮扶专项资金");
            assertThat(findings(report)).as(charset).hasSize(4).contains("TGT-001 /indicators/8/target");
        }
    }

    /** Compiles the rules folder and runs every fixture (what `rules test` runs too, tested in process). */
    @Test
    @Order(4)
    void rulesValidatePassesAndRemembersThePass(@TempDir Path cache) throws Exception {
        Run validate = run(Path.of("."), java.util.Map.of("XDG_CACHE_HOME", cache.toString()), "rules", "validate", "--lang", "en", "rules");
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).startsWith("ok: ").contains("every fixture passes");
        // a jar's pass is kept on disk, for the next run of the same jar, rules, fixtures and settings (RememberedTrialTest)
        try (var passes = Files.list(cache.resolve("declaration-checker/trials"))) {
            assertThat(passes.map(f -> f.getFileName().toString()).toList()).singleElement().asString().startsWith("trial-passed-");
        }
    }
}
