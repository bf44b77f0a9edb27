package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules test on the project's rules folder runs every rule's fixtures, and they all pass. */
class RulesTestCommandTest {

    @Test
    void everyFixtureOfTheBundledRulesPasses() {
        var run = CheckCommandTest.cli("rules", "test", "-q", "--lang", "en", "rules");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("[1-9]\\d+ passed, 0 failed");
    }
}
