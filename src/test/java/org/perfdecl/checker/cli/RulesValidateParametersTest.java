package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules validate refuses parameters that break parameters.yaml's constraints, naming the value and the bound. */
class RulesValidateParametersTest {

    @Test
    void aNegativeGrowthLineIsRefused(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace("    infoAbove: 0.20", "    infoAbove: -0.20"));

        var refused = CheckCommandTest.cli("rules", "validate", rules.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("parameters.yaml:")
                .contains("parameter 'budget.growth.infoAbove' is -0.2, below the least change of budget, 0")
                .contains("1 error(s)").doesNotContain("Exception");
    }
}
