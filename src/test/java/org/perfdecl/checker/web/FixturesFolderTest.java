package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service tries a rule set on the fixtures rules validate takes: those beside the rules folder. It took ./fixtures
 * of its working folder, so a policy officer's rules given by checker.rules-dir were tried on other fixtures, and a
 * service passed what validate refused.
 */
class FixturesFolderTest {

    private static CheckerProperties settings(Path rules, String fixtures) {
        return new CheckerProperties(rules.toString(), false, fixtures, true, 100_000, null, null, 0, 0, 0, null, null, null);
    }

    @Test
    void unsetItIsTheFolderBesideTheRulesAndSetItIsTheOneNamed(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("mine/rules"));
        Path beside = Files.createDirectories(dir.resolve("mine/fixtures"));
        Path other = Files.createDirectories(dir.resolve("elsewhere"));

        assertThat(settings(rules, "").fixturesFolder()).isEqualTo(beside.toAbsolutePath().normalize());
        assertThat(settings(rules, null).fixturesFolder()).isEqualTo(beside.toAbsolutePath().normalize());
        assertThat(settings(rules, other.toString()).fixturesFolder()).isEqualTo(other);
    }

    @Test
    void withNoneBesideTheRulesTheBundledCopyIsTried(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("mounted/rules"));

        Path tried = settings(rules, "").fixturesFolder();

        assertThat(tried).isNotEqualTo(dir.resolve("mounted/fixtures").toAbsolutePath().normalize());
        assertThat(tried.resolve("seeds/seed-5-flexible-employment.json")).isRegularFile();
    }
}
