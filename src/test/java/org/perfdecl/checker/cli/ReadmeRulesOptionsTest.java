package org.perfdecl.checker.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules test} and {@code rules diff} took {@code --time-limit} (a draft rule that never returns) but the README
 * never said so: the option is named where each command is documented, as the command line has it.
 */
class ReadmeRulesOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "diff"})
    void theReadmeNamesTheTimeLimitOfTheRulesCommand(String command) throws IOException {
        CommandLine rules = new CommandLine(Cli.class).getSubcommands().get("rules");
        CommandLine.Model.OptionSpec option = rules.getSubcommands().get(command).getCommandSpec().findOption("--time-limit");
        assertThat(option).as("rules " + command + " --time-limit").isNotNull();
        assertThat(option.defaultValue()).isEqualTo("60");

        assertThat(Files.readAllLines(Path.of("README.md"))).as("a README line on `rules " + command + "` naming --time-limit")
                .anySatisfy(line -> assertThat(line).contains("`rules " + command + "`").contains("`--time-limit SECONDS`")
                        .contains("default 60"));
    }
}
