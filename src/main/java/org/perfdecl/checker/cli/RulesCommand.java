package org.perfdecl.checker.cli;

import org.perfdecl.checker.engine.RuleProblem;
import org.perfdecl.checker.engine.RuleSet;
import org.perfdecl.checker.engine.RuleSetException;
import org.perfdecl.checker.engine.RuleSetLoader;
import org.perfdecl.checker.engine.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work on the rule set.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.ListRules.class})
final class RulesCommand {

    static RuleSource source(Path dir) {
        Path folder = dir != null ? dir : Path.of("rules");
        if (!Files.isDirectory(folder)) {
            if (dir != null) {
                throw new IllegalArgumentException("rules folder not found: " + dir);
            }
            return RuleSource.bundled();
        }
        return RuleSource.fromDirectory(folder);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Compiles the rules, parameters, frameworks and messages; prints each error as file:line: message.")
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: ./rules)")
        Path dir;

        @Override
        public Integer call() {
            RuleSource source = source(dir);
            try {
                RuleSet set = new RuleSetLoader().load(source);
                System.out.printf("ok: %d rules (%d ids), %d frameworks, rule set %s (%s)%n", set.rules().size(),
                        set.ruleIds().size(), set.frameworks().size(), set.version(), set.location());
                return 0;
            } catch (RuleSetException e) {
                String prefix = dir == null ? "" : dir.toString().replaceAll("/$", "") + "/";
                for (RuleProblem p : e.problems()) {
                    System.out.println(prefix + p);
                }
                System.out.println(e.problems().size() + " error(s)");
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the rules and the parameters in force.")
    static final class ListRules implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: ./rules)")
        Path dir;

        @Override
        public Integer call() {
            RuleSet set = new RuleSetLoader().load(source(dir));
            System.out.printf("rule set %s (%s)%n%n", set.version(), set.location());
            for (var r : set.rules()) {
                System.out.printf("%-9s %-8s %-11s %s | %s  [%s:%d]%n", r.id(), r.severity(), r.category(), r.titleZh(),
                        r.titleEn(), r.file(), r.line());
            }
            System.out.println();
            set.policy().flatten().forEach((k, v) -> System.out.println(k + " = " + v));
            return 0;
        }
    }
}
