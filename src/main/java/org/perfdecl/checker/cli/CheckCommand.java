package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetException;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.engine.RuleSetLoader;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.Severity;
import org.perfdecl.checker.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks declarations (.json canonical form, or .txt forms as exported) and prints the findings.",
                "Exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unusable input or rules."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum FailOn { error, warning, info, never }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "declaration files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--explain", description = "include the facts the rules saw (each indicator's reading)")
    boolean explain;

    @Option(names = "--max-rule-firings", defaultValue = "100000", hidden = true)
    int maxFirings;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        Checker checker;
        try {
            checker = new Checker(new RuleSetHolder(rules::source, new RuleSetLoader()), maxFirings);
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            return Cli.UNUSABLE;
        }
        List<Report> reports = new ArrayList<>();
        boolean unusable = false;
        for (Path file : files) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                for (var input : DeclarationReader.read(file.toString(), content)) {
                    reports.add(checker.check(input.declaration(),
                            new Report.Source(input.name(), input.form(), input.line()), explain));
                }
            } catch (InputException | IOException e) {
                System.err.println(file + ": " + e.getMessage());
                unusable = true;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.println(DeclarationJson.MAPPER.writeValueAsString(reports.size() == 1 ? reports.get(0) : batch(reports)));
        } else {
            reports.forEach(r -> out.println(TextReportWriter.write(r)));
        }
        if (unusable || reports.stream().anyMatch(r -> "INCOMPLETE".equals(r.summary().status()))) {
            return Cli.UNUSABLE;
        }
        return failOn != FailOn.never && reports.stream().anyMatch(r -> r.findings().stream()
                .anyMatch(f -> f.severity().atLeast(Severity.valueOf(failOn.name().toUpperCase())))) ? 1 : 0;
    }

    private static Map<String, Object> batch(List<Report> reports) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("forms", reports.size());
        out.put("errors", reports.stream().mapToInt(r -> r.summary().errors()).sum());
        out.put("warnings", reports.stream().mapToInt(r -> r.summary().warnings()).sum());
        out.put("infos", reports.stream().mapToInt(r -> r.summary().infos()).sum());
        out.put("reports", reports);
        return out;
    }
}
