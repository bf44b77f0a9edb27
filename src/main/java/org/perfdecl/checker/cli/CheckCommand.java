package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.BatchSummary;
import org.perfdecl.checker.report.JUnitWriter;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.SarifWriter;
import org.perfdecl.checker.report.Severity;
import org.perfdecl.checker.report.TextReportWriter;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks declarations (.json canonical form, or .txt forms as exported) and prints the findings.",
                "FILE may be a file, a folder (every .json and .txt under it) or a quoted pattern such as 'forms/**/*.txt'.",
                "Exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unusable input or rules."})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { text, json, sarif, junit }

    enum FailOn { error, warning, info, never }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or quoted glob patterns")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of to standard output")
    Path output;

    @Option(names = "--explain", description = "include the facts the rules saw (each indicator's reading)")
    boolean explain;

    @Option(names = "--threads", description = "forms checked at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-rule-firings", defaultValue = "100000", hidden = true)
    int maxFirings;

    @Mixin
    RulesOption rules;

    /** One input file: its reports, or why it could not be read. */
    private record Outcome(Path file, List<Report> reports, String error) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Checker checker;
        try {
            checker = new Checker(new RuleSetHolder(rules::source, new RuleSetLoader()), maxFirings);
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            return Cli.UNUSABLE;
        }
        InputFiles.Expansion expansion = InputFiles.expand(inputs);
        expansion.unmatched().forEach(arg -> System.err.println(arg + ": no such file, or nothing matched"));
        List<Outcome> outcomes = checkAll(checker, expansion.files());

        List<Report> reports = new ArrayList<>();
        int unreadable = expansion.unmatched().size();
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                System.err.println(o.file() + ": " + o.error());
                unreadable++;
            } else {
                reports.addAll(o.reports());
            }
        }
        write(reports, unreadable, checker);

        if (unreadable > 0 || reports.stream().anyMatch(r -> "INCOMPLETE".equals(r.summary().status()))) {
            return Cli.UNUSABLE;
        }
        Severity threshold = threshold();
        return threshold != null && reports.stream().anyMatch(r -> r.findings().stream()
                .anyMatch(f -> f.severity().atLeast(threshold))) ? 1 : 0;
    }

    private Severity threshold() {
        return failOn == FailOn.never ? null : Severity.valueOf(failOn.name().toUpperCase());
    }

    /** Checks the files on several threads; results keep the order of the files. */
    private List<Outcome> checkAll(Checker checker, List<Path> files) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Progress progress = new Progress(files.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return checkFile(checker, file);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            progress.done();
        }
    }

    private Outcome checkFile(Checker checker, Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            List<Report> reports = new ArrayList<>();
            for (var input : DeclarationReader.read(file.toString(), content)) {
                reports.add(checker.check(input.declaration(), new Report.Source(input.name(), input.form(), input.line()), explain));
            }
            return new Outcome(file, reports, null);
        } catch (InputException e) {
            return new Outcome(file, List.of(), e.getMessage());
        } catch (IOException e) {
            return new Outcome(file, List.of(), "cannot read: " + e.getMessage());
        }
    }

    private void write(List<Report> reports, int unreadable, Checker checker) throws IOException {
        OutputStream target = output == null ? System.out : Files.newOutputStream(output);
        try (PrintStream out = new PrintStream(target, false, StandardCharsets.UTF_8)) {
            BatchSummary summary = BatchSummary.of(reports, unreadable, 10);
            switch (format) {
                case text -> {
                    reports.forEach(r -> out.println(TextReportWriter.write(r)));
                    if (reports.size() + unreadable > 1) {
                        out.print(summary.toText());
                    }
                }
                case json -> out.println(DeclarationJson.MAPPER.writeValueAsString(
                        reports.size() == 1 && unreadable == 0 ? reports.get(0) : batch(summary, reports)));
                case sarif -> out.println(DeclarationJson.MAPPER.writeValueAsString(
                        SarifWriter.write(reports, checker.rules().current(), version())));
                case junit -> out.print(JUnitWriter.write(reports, checker.rules().current(), threshold()));
            }
            out.flush();
            if (output != null && format != Format.text && reports.size() + unreadable > 1) {
                System.err.print(summary.toText()); // the file holds the report; the person still sees the totals
            }
        } finally {
            if (output == null) {
                System.out.flush();
            }
        }
    }

    private static Map<String, Object> batch(BatchSummary summary, List<Report> reports) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", summary);
        out.put("reports", reports);
        return out;
    }

    static String version() {
        return org.perfdecl.checker.Version.current();
    }

    /** A progress line on the terminal for long runs; silent when output goes to a pipe or file. */
    private static final class Progress {
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final boolean visible;
        private final long started = System.nanoTime();
        private volatile long lastPrint;

        Progress(int total) {
            this.total = total;
            this.visible = System.console() != null && total >= 50;
        }

        void step() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            if (visible && now - lastPrint > 200_000_000L) {
                lastPrint = now;
                double seconds = (now - started) / 1e9;
                System.err.printf("\r  checked %d / %d forms (%.0f/s)   ", n, total, n / Math.max(seconds, 1e-3));
            }
        }

        void done() {
            if (visible) {
                System.err.print("\r" + " ".repeat(60) + "\r");
            }
        }
    }
}
