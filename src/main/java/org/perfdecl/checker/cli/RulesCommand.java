package org.perfdecl.checker.cli;

import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.fixtures.BundledFixtures;
import org.perfdecl.checker.fixtures.FixtureTrial;
import org.perfdecl.checker.fixtures.RememberedTrial;
import org.perfdecl.checker.impact.Impact;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureRunner;
import org.perfdecl.checker.ruleset.RuleProblem;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work on the rule set.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class, RulesCommand.ListRules.class, RulesCommand.Diff.class,
                AccuracyCommand.class})
final class RulesCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compiles the rules, parameters, frameworks and messages, then tries them on every fixture",
                    "as the service does before it serves them; prints each error as file:line: message and each",
                    "rule that fails with the fixture and the reason."})
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: ./rules)")
        Path dir;

        @Option(names = "--fixtures", paramLabel = "DIR", description = "fixtures folder (default: fixtures beside the rules folder)")
        Path fixtures;

        @Option(names = "--allow-failing-fixtures", description = {"refuse only rules that fail at run time, not fixtures",
                "whose findings differ (as checker.require-passing-fixtures=false)"})
        boolean allowFailingFixtures;

        @picocli.CommandLine.Mixin
        LanguageOption lang;

        @Override
        public Integer call() {
            try {
                RuleSource source = RulesOption.source(dir); // a file that cannot be read is a problem of the folder too
                RuleSet set = RuleSetLoader.cached().load(source);
                Path fixtureDir = fixturesFolder(dir, fixtures);
                // a pass is remembered (rules, fixtures, settings, jar): validating unchanged rules again answers at once
                var failures = RememberedTrial.ofThisBuild(new FixtureTrial(fixtureDir, !allowFailingFixtures, CheckLimits.DEFAULT))
                        .test(set);
                if (!failures.isEmpty()) {
                    // a failure told where its rule is written names it by the path errors are named by
                    failures.forEach(f -> System.out.println((f.rule() != null && f.place() != null ? RulesOption.prefix(dir) : "")
                            + lang.in(f.described())));
                    System.out.println(lang.say("cli.rules.fixtures-failed", java.util.Map.of("count", failures.size())));
                    return 1;
                }
                // with findings not compared, "every fixture passes" would claim what was not tried
                System.out.println(lang.say(allowFailingFixtures ? "cli.rules.ok-findings-not-compared" : "cli.rules.ok",
                        java.util.Map.of("rules", set.rules().size(), "ids", set.ruleIds().size(),
                        "frameworks", set.frameworks().size(), "version", set.version(), "location", set.location())));
                return 0;
            } catch (RuleSetException e) {
                for (RuleProblem p : e.problems()) {
                    System.out.println(RulesOption.shown(dir, p, lang.language()));
                }
                System.out.println(lang.say("cli.rules.errors", java.util.Map.of("count", e.problems().size())));
                return 1;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Runs every fixture against the rules and prints pass/fail per case with the difference,",
                    "then the rules no fixture makes fire or shows quiet. Exit 1 on any failure or gap."})
    static final class Test implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: ./rules)")
        Path dir;

        @Option(names = "--fixtures", paramLabel = "DIR", description = "fixtures folder (default: fixtures beside the rules folder)")
        Path fixtures;

        @Option(names = {"-q", "--quiet"}, description = "print failures only")
        boolean quiet;

        @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
                description = {"stop checking a form after this many seconds, as check does: its case fails INCOMPLETE, and a rule",
                        "that never returns (a loop in its Java) is named and not run again (default: ${DEFAULT-VALUE})"})
        int timeLimitSeconds;

        @picocli.CommandLine.Mixin
        LanguageOption lang;

        @Override
        public Integer call() {
            if (timeLimitSeconds < 1) {
                return timeLimitRefused(timeLimitSeconds);
            }
            Path fixtureDir = fixturesFolder(dir, fixtures);
            Checker checker;
            try {
                RuleSource source = RulesOption.source(dir);
                // guarded as check is: a draft whose consequence or condition never returns fails its case at the
                // time limit, naming the rule, instead of holding the run for ever
                checker = new Checker(new RuleSetHolder(() -> source, RuleSetLoader.cached()), limits(timeLimitSeconds))
                        .guardStuckRules();
            } catch (RuleSetException e) {
                e.problems().forEach(p -> System.out.println(RulesOption.shown(dir, p, lang.language())));
                System.out.println(lang.say("cli.rules.errors", java.util.Map.of("count", e.problems().size())));
                return 1;
            }
            FixtureRunner.Outcome outcome = new FixtureRunner(checker).run(fixtureDir);
            int failed = 0;
            for (FixtureRunner.CaseResult c : outcome.cases()) {
                if (c.passed()) {
                    if (!quiet) {
                        System.out.println(lang.say("cli.rules.test.pass", java.util.Map.of("case", c.file() + " › " + c.name())));
                    }
                    continue;
                }
                failed++;
                System.out.println(lang.say("cli.rules.test.fail", java.util.Map.of("case", c.file() + " › " + c.name())));
                if (c.error() != null) {
                    System.out.println("      " + lang.say("cli.rules.test.error", java.util.Map.of("error",
                            c.errorMessage() != null ? c.errorMessage() : c.error())));
                }
                c.missing().forEach(m -> System.out.println("      " + lang.say("cli.rules.test.missing", java.util.Map.of("finding", m))));
                c.unexpected().forEach(u -> System.out.println("      " + lang.say("cli.rules.test.unexpected", java.util.Map.of("finding", u))));
            }
            System.out.println();
            if (!outcome.rulesNeverTriggered().isEmpty()) {
                System.out.println(lang.say("cli.rules.test.never-fire", java.util.Map.of("rules",
                        String.join(", ", outcome.rulesNeverTriggered()))));
            }
            if (!outcome.rulesNeverQuiet().isEmpty()) {
                System.out.println(lang.say("cli.rules.test.never-quiet", java.util.Map.of("rules",
                        String.join(", ", outcome.rulesNeverQuiet()))));
            }
            int passed = outcome.cases().size() - failed;
            System.out.println(lang.say("cli.rules.test.total", java.util.Map.of("passed", passed, "failed", failed)));
            boolean gaps = !outcome.rulesNeverTriggered().isEmpty() || !outcome.rulesNeverQuiet().isEmpty();
            return failed > 0 || gaps ? 1 : 0;
        }
    }

    /** The limits of a check of {@code rules test} and {@code rules diff}: check's, with its --time-limit. */
    static CheckLimits limits(int timeLimitSeconds) {
        return CheckLimits.DEFAULT.withTimeLimit(java.time.Duration.ofSeconds(timeLimitSeconds));
    }

    /** A --time-limit below 1 s, told as check tells it (in Chinese, then in English): exit 2. */
    static int timeLimitRefused(int value) {
        var told = org.perfdecl.checker.report.ServiceTexts.text("cli.error", java.util.Map.of("message",
                org.perfdecl.checker.report.ServiceTexts.text("cli.check.time-limit", java.util.Map.of("value", value))));
        System.err.println(told.zh() + "\n" + told.en());
        return Cli.UNUSABLE;
    }

    /**
     * The fixtures given, else those beside the rules folder ({@code rules test .} inside rules/ finds
     * ../fixtures), else ./fixtures, else the copy the jar carries.
     */
    static Path fixturesFolder(Path rulesDir, Path given) {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new IllegalArgumentException("fixtures folder not found: " + given);
            }
            return given;
        }
        return BundledFixtures.besideRules(rulesDir);
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Before a change goes live: checks the forms with the rules in OLD and in NEW and prints which",
                    "forms gain (+) or lose (-) which findings, by rule and severity, with totals",
                    "(in the language of --lang, else the system's)."})
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "rules folder in force")
        Path old;

        @Parameters(index = "1", paramLabel = "NEW", description = "candidate rules folder")
        Path candidate;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "FORMS", description = "forms: files, folders or globs")
        java.util.List<String> forms;

        @picocli.CommandLine.Mixin
        LanguageOption lang;

        @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
                description = "stop checking a form after this many seconds, as check does: a form the NEW rules do not finish "
                        + "in time ends the diff with an error naming the form, and a rule that never returns (a loop in its "
                        + "Java) is named (default: ${DEFAULT-VALUE})")
        int timeLimitSeconds;

        @Override
        public Integer call() throws java.io.IOException {
            if (timeLimitSeconds < 1) {
                return timeLimitRefused(timeLimitSeconds);
            }
            Checker before;
            Checker after;
            Path loading = old;
            try {
                before = new Checker(RuleSetHolder.serving(RuleSetLoader.cached().load(RulesOption.source(old))), limits(timeLimitSeconds))
                        .guardStuckRules(); // a rule that never returns: told as the candidate failing, not a run that hangs
                loading = candidate;
                after = new Checker(RuleSetHolder.serving(RuleSetLoader.cached().load(RulesOption.source(candidate))), limits(timeLimitSeconds))
                        .guardStuckRules();
            } catch (RuleSetException e) {
                Path folder = loading;
                e.problems().forEach(p -> System.out.println(RulesOption.shown(folder, p, lang.language())));
                return 1;
            }
            InputFiles.Expansion expansion = InputFiles.expand(forms);
            expansion.unmatched().forEach(arg -> System.err.println(arg + ": "
                    + lang.say("unreadable.no-such-file", java.util.Map.of())));
            java.util.List<org.perfdecl.checker.intake.Entry> entries = new java.util.ArrayList<>();
            boolean tooLarge = false;
            for (Path file : expansion.files()) {
                try {
                    // no more of a form than check (and the service) reads: a larger file is counted unreadable, unread
                    entries.addAll(org.perfdecl.checker.intake.Intake.read(org.perfdecl.checker.intake.Source.of(file.toString(),
                            InputCeiling.read(file, InputCeiling.bytes()))));
                } catch (InputCeiling.TooLargeException e) {
                    System.err.println(lang.in(EncodingOption.cannotReadText(e)).lines()
                            .map(line -> file + ": " + line).collect(java.util.stream.Collectors.joining("\n")));
                    entries.add(new org.perfdecl.checker.intake.Entry(file.toString(), null, null, null, new java.io.UncheckedIOException(e)));
                    tooLarge = true;
                }
            }
            try {
                System.out.print(Impact.of(entries, before, after).text(lang.language()));
            } catch (Impact.CandidateFails e) {
                // the new rules fail at run time on a form: told in the language asked for, never a stack trace
                System.err.println(lang.say("cli.rules.diff.candidate-fails", java.util.Map.of("folder", candidate, "reason", e.why())));
                return Cli.UNUSABLE;
            }
            return expansion.unmatched().isEmpty() && !tooLarge ? 0 : Cli.UNUSABLE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the rules and the parameters in force, each parameter with what its constraints (parameters.yaml) ask of it.")
    static final class ListRules implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: ./rules)")
        Path dir;

        @picocli.CommandLine.Mixin
        LanguageOption lang;

        @Override
        public Integer call() {
            RuleSet set;
            try {
                set = RuleSetLoader.cached().load(RulesOption.source(dir));
            } catch (RuleSetException e) {
                e.problems().forEach(p -> System.out.println(RulesOption.shown(dir, p, lang.language())));
                System.out.println(lang.say("cli.rules.errors", java.util.Map.of("count", e.problems().size())));
                return Cli.UNUSABLE;
            }
            System.out.println(lang.say("cli.rules.list.header", java.util.Map.of("version", set.version(), "location", set.location())));
            System.out.println();
            // where each rule is written, named as validate names its errors there (a path to paste)
            String prefix = RulesOption.prefix(dir);
            for (var r : set.rules()) {
                System.out.printf("%-9s %-8s %-11s %s | %s  [%s%s:%d]%n", r.id(), r.severity(), r.category(), r.titleZh(),
                        r.titleEn(), prefix, r.file(), r.line());
            }
            System.out.println();
            // each parameter with what parameters.yaml's constraints ask of it, as a comment after its value
            var constraints = set.policy().constraintsByKey(lang.language());
            set.policy().flatten().forEach((k, v) -> System.out.println(k + " = " + v
                    + (constraints.containsKey(k) ? "   # " + String.join("; ", constraints.get(k)) : "")));
            return 0;
        }
    }
}
