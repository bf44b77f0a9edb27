package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.report.Batch;
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
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks declarations and prints the findings: canonical .json, form text (.txt), Excel "
                + "(.xlsx .xls .xlsm), Word (.docx .doc) and PDF; the format is read from the content.",
                "FILE may be a file, a folder (every such file under it) or a quoted pattern such as 'forms/**/*.txt'.",
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

    @Option(names = "--threads", description = "files checked at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-rule-firings", defaultValue = "100000", hidden = true)
    int maxFirings;

    @Mixin
    RulesOption rules;

    @Mixin
    EncodingOption encoding;

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
        List<Batch.Item> items = new ArrayList<>();
        expansion.unmatched().forEach(arg -> items.add(Batch.Item.error(arg, null, null,
                "no such file, or nothing matched")));
        items.addAll(checkAll(new Intake(checker), expansion.files()));
        Batch batch = Batch.of(items);
        batch.errors().forEach(i -> System.err.println(i.describe()));
        write(batch, checker);

        List<Report> reports = batch.reports();
        if (!batch.errors().isEmpty() || reports.stream().anyMatch(r -> "INCOMPLETE".equals(r.summary().status()))) {
            return Cli.UNUSABLE;
        }
        Severity threshold = threshold();
        return threshold != null && reports.stream().anyMatch(r -> r.findings().stream()
                .anyMatch(f -> f.severity().atLeast(threshold))) ? 1 : 0;
    }

    private Severity threshold() {
        return failOn == FailOn.never ? null : Severity.valueOf(failOn.name().toUpperCase());
    }

    /** Checks the files on several threads; the items keep the order of the files. */
    private List<Batch.Item> checkAll(Intake intake, List<Path> files) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Progress progress = new Progress(files.size());
        try {
            List<Future<List<Batch.Item>>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return intake.check(encoding.source(file), explain);
                    } catch (IOException e) {
                        return List.of(Batch.Item.error(file.toString(), null, null, EncodingOption.cannotRead(e)));
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<Batch.Item> items = new ArrayList<>();
            for (Future<List<Batch.Item>> f : futures) {
                try {
                    items.addAll(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause()); // Intake.check never throws
                }
            }
            return items;
        } finally {
            pool.shutdownNow();
            progress.done();
        }
    }

    private void write(Batch batch, Checker checker) throws IOException {
        OutputStream target = output == null ? System.out : Files.newOutputStream(output);
        boolean several = batch.items().size() > 1;
        try (PrintStream out = new PrintStream(target, false, StandardCharsets.UTF_8)) {
            switch (format) {
                case text -> {
                    batch.items().forEach(i -> out.println(i.report() != null ? TextReportWriter.write(i.report())
                            : TextReportWriter.unreadable(i.describe())));
                    if (several) {
                        out.print(batch.summary().toText());
                    }
                }
                case json -> out.println(DeclarationJson.MAPPER.writeValueAsString(
                        !several && batch.errors().isEmpty() ? batch.reports().get(0) : batch));
                case sarif -> out.println(DeclarationJson.MAPPER.writeValueAsString(
                        SarifWriter.write(batch, checker.rules().current(), version())));
                case junit -> out.print(JUnitWriter.write(batch, checker.rules().current(), threshold()));
            }
            out.flush();
            if (output != null && format != Format.text && several) {
                System.err.print(batch.summary().toText()); // the file holds the report; the person still sees the totals
            }
        } finally {
            if (output == null) {
                System.out.flush();
            }
        }
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
                System.err.printf("\r  checked %d / %d files (%.0f/s)   ", n, total, n / Math.max(seconds, 1e-3));
            }
        }

        void done() {
            if (visible) {
                System.err.print("\r" + " ".repeat(60) + "\r");
            }
        }
    }
}
