package org.perfdecl.checker;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI examples of docs/ci.md: the shell script and the pre-commit hook against the packaged jar, as
 * a unit's pipeline runs them, and every checker command of the GitHub and GitLab files in process
 * (each real launch compiles the rules again: seconds each on a busy machine).
 */
class CiExamplesIT {

    private static final Path JAR = Path.of("target/declaration-checker.jar").toAbsolutePath();
    private static final Path DOCS = Path.of("docs/ci").toAbsolutePath();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    static Path work;

    record Run(int exit, String output) {
    }

    @BeforeAll
    static void forms() throws IOException {
        Path forms = Files.createDirectories(work.resolve("forms"));
        Files.copy(Path.of("fixtures/seeds/seed-5-flexible-employment.json"), forms.resolve("seed-5.json"));
        Files.copy(Path.of("fixtures/seeds/000_e82864895a36c2f5.txt"), forms.resolve("five-forms.txt"));
        Files.copy(Path.of("fixtures/seeds/seed-2-special-hardship.xlsx"), forms.resolve("seed-2.xlsx"));
        Files.copy(JAR, work.resolve("declaration-checker.jar"));
    }

    private static Run shell(String command, String... env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(work.toFile()).redirectErrorStream(true);
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(command).isTrue();
        return new Run(p.exitValue(), output);
    }

    @Test
    void thePlainShellScriptWritesSarifAndJunitAndExitsAsTheChecker() throws Exception {
        Run strict = shell("bash " + DOCS.resolve("check-forms.sh") + " forms/", "CHECKER_JAR", "declaration-checker.jar",
                "FAIL_ON", "warning");
        assertThat(strict.exit()).as(strict.output()).isEqualTo(1); // the seeds' warnings
        assertThat(strict.output()).contains("BUD-001");
        assertThat(work.resolve("findings.sarif")).content().contains("\"version\" : \"2.1.0\"");
        assertThat(work.resolve("TEST-declarations.xml")).content().contains("<testsuite");
    }

    @Test
    void everyCheckerCommandOfTheGithubAndGitlabExamplesRuns() throws Exception {
        List<String> commands = new ArrayList<>();
        JsonNode github = YAML.readTree(Files.readString(DOCS.resolve("github-actions.yml")));
        github.at("/jobs/check/steps").forEach(step -> commands.add(step.path("run").asString("")));
        JsonNode gitlab = YAML.readTree(Files.readString(DOCS.resolve("gitlab-ci.yml")));
        gitlab.at("/declarations/script").forEach(line -> commands.add(line.asString()));
        List<String> checks = commands.stream().filter(c -> c.startsWith("java -jar declaration-checker.jar check")).toList();
        assertThat(checks).hasSize(5);

        for (String check : checks) {
            String[] args = check.substring("java -jar declaration-checker.jar ".length())
                    .replace("forms/", work.resolve("forms") + "/")
                    .replaceAll("-o (\\S+)", "-o " + work + "/$1").split(" ");
            assertThat(org.perfdecl.checker.cli.Cli.run(args)).as(check).isZero();
        }
        assertThat(work.resolve("gl-code-quality-report.json")).content().startsWith("[").contains("\"fingerprint\"");
        assertThat(gitlab.at("/declarations/artifacts/reports/codequality").asString()).isEqualTo("gl-code-quality-report.json");
        assertThat(github.at("/jobs/check/steps").toString()).contains("github/codeql-action/upload-sarif");
        // both run their short checks with the quick JIT and the serial collector, as the scripts do
        assertThat(github.at("/jobs/check/env/JDK_JAVA_OPTIONS").asString()).isEqualTo("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
                .isEqualTo(gitlab.at("/declarations/variables/JDK_JAVA_OPTIONS").asString());
    }

    @Test
    void thePreCommitHookStopsACommitWithAnErrorInOneOfItsForms() throws Exception {
        JsonNode hooks = YAML.readTree(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        assertThat(hooks.at("/0/entry").asString()).isEqualTo("docs/ci/pre-commit-hook.sh");
        Path hook = Path.of(hooks.at("/0/entry").asString()).toAbsolutePath();

        Files.copy(Path.of("fixtures/broken/errors-in-budget-and-targets.json"), work.resolve("broken.json"));
        Run broken = shell(hook + " forms/seed-5.json forms/seed-2.xlsx broken.json", "DECLARATION_CHECKER_JAR", JAR.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.output()).contains("seed-5.json").contains("seed-2.xlsx").contains("broken.json");
        assertThat(broken.output()).contains("ERROR");
    }
}
