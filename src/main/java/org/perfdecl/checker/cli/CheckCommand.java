package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.engine.StuckChecks;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.PreviousFile;
import org.perfdecl.checker.intake.PreviousFormException;
import org.perfdecl.checker.report.Baseline;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.CodeQualityWriter;
import org.perfdecl.checker.report.GithubAnnotationsWriter;
import org.perfdecl.checker.report.JUnitWriter;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.SarifWriter;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.report.Severity;
import org.perfdecl.checker.report.TextReportWriter;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.waiver.WaiverFile;
import org.perfdecl.checker.waiver.Waivers;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks declarations and prints the findings: canonical .json, form text (.txt), Excel "
                + "(.xlsx .xls .xlsm; WPS .et), Word (.docx .doc; WPS .wps) and PDF; the format is read from the content.",
                "FILE may be a file, a folder (every such file under it) or a quoted pattern such as 'forms/**/*.txt'.",
                "Exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unusable input or rules, "
                        + "or a report INCOMPLETE (a form not checked whole)."})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { text, json, sarif, junit, github, codequality }

    enum FailOn { error, warning, info, never }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or quoted glob patterns")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", description = {"text, json, sarif, junit, github (GitHub Actions "
            + "annotations) or codequality (GitLab Code Quality) (default: ${DEFAULT-VALUE})"})
    Format format;

    @Option(names = "--baseline", paramLabel = "FILE", description = {"report and fail only on findings that are not in "
            + "this baseline (a file from --write-baseline, or a JSON report of the checker); the fixed ones are listed"})
    Path baseline;

    @Option(names = "--waivers", paramLabel = "FILE", description = {"mark the findings these waivers accept as "
            + "WAIVED: shown with their reason, but no longer failing the run (YAML; see the README)"})
    Path waivers;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write the findings of this run as a baseline")
    Path writeBaseline;

    @Option(names = "--rules-url", paramLabel = "URL", defaultValue = SarifWriter.DEFAULT_RULES_PAGE,
            description = "the rules page SARIF links each rule to (default: ${DEFAULT-VALUE})")
    String rulesUrl;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of to standard output")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", description = {"also write the report in FORMAT to FILE; "
            + "repeat it for several (e.g. --report sarif=findings.sarif --report junit=TEST-declarations.xml): "
            + "one run instead of one per format"})
    Map<Format, Path> reports = new LinkedHashMap<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--explain", description = "include the facts the rules saw (each indicator's reading)")
    boolean explain;

    @Option(names = "--previous", paramLabel = "FILE", description = {"last year's form of the project, in any format "
            + "FILE may have: each form is also checked against it (the YOY rules: indicators dropped, targets lowered, "
            + "budgets that disagree). A file of several forms gives each form the one of its own project and the year "
            + "before; a file that cannot be read is an error (exit 2)"})
    Path previous;

    @Option(names = "--store", paramLabel = "JDBC_URL", description = {"also keep every report in the history "
            + "database the service uses, e.g. jdbc:postgresql://db:5432/checker (user and password from "
            + "SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD), or the H2 file of a stopped service "
            + "(jdbc:h2:file:./data/history); the schema is brought up to date first. An H2 file that does not exist "
            + "is refused (a mistyped path), unless --create-store. Default: nothing is kept"})
    String store;

    @Option(names = "--create-store", description = {"with --store jdbc:h2:…: create the H2 database if it does not exist "
            + "yet (told on stderr, with its path)"})
    boolean createStore;

    @Option(names = "--threads", description = "files checked at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-rule-firings", defaultValue = "100000", hidden = true)
    int maxFirings;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop checking a form after this many seconds; its report says INCOMPLETE (default: ${DEFAULT-VALUE})")
    int timeLimitSeconds;

    @Mixin
    RulesOption rules;

    @Mixin
    EncodingOption encoding;

    @Override
    public Integer call() throws IOException, InterruptedException {
        LocalizedText clash = outputClash();
        if (clash != null) {
            return usageError(clash);
        }
        if (threads < 1 || timeLimitSeconds < 1) {
            return usageError(threads < 1 ? said("threads", Map.of("value", threads))
                    : said("time-limit", Map.of("value", timeLimitSeconds)));
        }
        String page = SarifWriter.rulesPage(rulesUrl);
        if (page == null) { // SARIF consumers (GitHub's upload among them) refuse a helpUri that is no absolute URI
            return usageError(said("rules-url", Map.of("value", rulesUrl)));
        }
        rulesUrl = page;
        LocalizedText unwritable = unwritableFolder();
        if (unwritable != null) { // told before the forms are checked, not after
            return usageError(unwritable);
        }
        Checker checker;
        try {
            checker = new Checker(new RuleSetHolder(rules::source, RuleSetLoader.cached()),
                    CheckLimits.DEFAULT.withMaxFirings(maxFirings).withTimeLimit(java.time.Duration.ofSeconds(timeLimitSeconds)))
                    .guardStuckRulesInPlace(); // a consequence that never returns: that form INCOMPLETE at --time-limit, not a run that hangs
        } catch (RuleSetException e) {
            System.err.println(RulesOption.refused(rules.dir, e));
            return Cli.UNUSABLE;
        }
        if (waivers != null) {
            try {
                Waivers inForce = waivers(checker);
                checker.useWaivers(inForce);
            } catch (WaiverFile.InvalidException e) {
                System.err.println(e.describeBoth());
                return Cli.UNUSABLE;
            }
        }
        PreviousFile lastYear = null;
        if (previous != null) {
            try {
                lastYear = PreviousFile.read(encoding.source(previous),
                        org.perfdecl.checker.report.ServiceTexts.text("previous.option", java.util.Map.of("name", previous)));
            } catch (IOException e) {
                System.err.println(EncodingOption.cannotReadBoth("--previous " + previous, e));
                return Cli.UNUSABLE;
            } catch (PreviousFormException e) {
                System.err.println(e.text().zh() + "\n" + e.text().en());
                return Cli.UNUSABLE;
            }
        }
        InputFiles.Expansion expansion = InputFiles.expand(inputs);
        LocalizedText overwrite = overwritesInput(expansion.files());
        if (overwrite != null) {
            return usageError(overwrite);
        }
        // read before the run (a missing or broken baseline is told at once, not after every form is checked)
        // and before --write-baseline replaces it: the same file for both compares with the old findings
        Baseline accepted = null;
        if (baseline != null && writeBaseline != null && !java.nio.file.Files.exists(baseline)
                && baseline.toAbsolutePath().normalize().equals(writeBaseline.toAbsolutePath().normalize())) {
            // the first run of a ratchet (--baseline b.json --write-baseline b.json): no finding is accepted yet
            accepted = Baseline.of(List.of());
        } else if (baseline != null) {
            try {
                accepted = Baseline.read(baseline);
            } catch (Baseline.UnusableException e) { // in Chinese, then in English, as the other errors
                System.err.println(org.perfdecl.checker.declaration.Text.printable(e.text().zh()) + "\n"
                        + org.perfdecl.checker.declaration.Text.printable(e.text().en()));
                return Cli.UNUSABLE;
            }
        }
        // opened before the run too: a wrong URL or a database that cannot be written is told before the first
        // form is checked, not after a batch of thousands
        CliStore kept = null;
        if (store != null) {
            try {
                kept = CliStore.open(store, createStore);
            } catch (CliStore.StoreException e) {
                return usageError(e.text());
            }
        }
        // the reports asked for are written once every form is checked: last run's are removed now, so that a run
        // stopped halfway (a CI job cancelled) leaves no report a later upload step would publish as this run's
        for (Path report : reports.values()) {
            try {
                // a regular file only: never a device (/dev/full), a link or a folder
                if (java.nio.file.Files.isRegularFile(report, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    java.nio.file.Files.delete(report);
                }
            } catch (IOException | RuntimeException notRemoved) {
                // not ours to remove (a folder, a device): told when it is written
            }
        }
        for (Path other : expansion.notForms()) {
            var told = ServiceTexts.text("cli.not-a-form-in-folder", Map.of("file", other));
            System.err.println(told.zh() + "\n" + told.en());
        }
        List<Batch.Item> items = new ArrayList<>();
        // a folder that is there but holds no form: told so, not "no such file" (a folder of .pages or .numbers files)
        expansion.unmatched().forEach(arg -> items.add(!arg.isBlank() && Files.isDirectory(Path.of(arg))
                ? Batch.Item.error(arg, null, null, ServiceTexts.unreadable("no-forms-in-folder", null, null).en(), "no-forms-in-folder")
                // "-" for standard input, as other tools take it: told that it is not read, not "no such file"
                : arg.equals("-") ? Batch.Item.error(arg, null, null, ServiceTexts.unreadable("stdin-not-read", null, null).en(), "stdin-not-read")
                : Batch.Item.error(arg, null, null, "no such file, or nothing matched", "no-such-file")));
        // text and annotations go out form by form, in the order given, as the forms are checked: a batch of
        // thousands shows its first reports at once and does not end on seconds of printing while a core idles.
        // Not when the baseline or the store may still change a report after its check.
        PrintStream streamed = (format == Format.text || format == Format.github) && accepted == null && kept == null
                ? openOutput() : null;
        if (streamed != null) {
            items.forEach(i -> printItem(format, streamed, i));
        }
        // and when no other report or baseline is written from them, only their counts are kept: a batch of
        // 100,000 forms does not hold 100,000 reports
        boolean countsOnly = streamed != null && reports.isEmpty() && writeBaseline == null;
        // the progress line only when the reports do not go to the terminal as they come: the two would mix
        boolean progress = streamed == null || output != null;
        List<Checked> checked = checkAll(new Intake(checker), checker, lastYear, expansion.files(), progress, streamed == null ? c -> c : c -> {
            printItem(format, streamed, c.item());
            return countsOnly ? c.countsOnly() : c;
        });
        boolean notKept = false;
        if (kept != null) {
            try {
                checked = kept.keep(checked);
            } catch (CliStore.StoreException e) {
                // told, and the run fails (exit 2); its reports are still written: the checks are not lost with the store
                usageError(e.text());
                notKept = true;
            }
        }
        checked.forEach(c -> items.add(c.item()));
        Batch batch = Batch.of(items);
        // in Chinese, then in English: the reader's language first, the words a script may match kept
        batch.errors().forEach(i -> i.describeBoth().lines().forEach(line ->
                System.err.println(org.perfdecl.checker.declaration.Text.printable(line))));
        if (writeBaseline != null) {
            Baseline.of(batch.reports()).write(createParent(writeBaseline));
        }
        Baseline.Comparison comparison = null;
        if (accepted != null) {
            comparison = accepted.compare(batch.reports());
            everyFinding = batch;
            inBaseline = accepted;
            batch = onlyNew(batch, comparison);
        }
        boolean written = write(batch, checker, comparison, streamed);

        List<Report> reports = batch.reports();
        if (!written || notKept || !batch.errors().isEmpty() || reports.stream().anyMatch(r -> "INCOMPLETE".equals(r.summary().status()))) {
            return Cli.UNUSABLE;
        }
        Severity threshold = threshold();
        // by the summaries' counts of open findings: a report may be kept as its counts only
        return threshold != null && reports.stream().anyMatch(r -> openAtLeast(r.summary(), threshold)) ? 1 : 0;
    }

    private static boolean openAtLeast(Report.Summary s, Severity threshold) {
        return switch (threshold) {
            case ERROR -> s.errors() > 0;
            case WARNING -> s.errors() + s.warnings() > 0;
            case INFO -> s.errors() + s.warnings() + s.infos() > 0;
        };
    }

    /** Why the files asked for cannot all be written (no name; two reports in one file), or null. */
    private LocalizedText outputClash() {
        Map<Path, String> writers = new java.util.HashMap<>();
        if (output != null) {
            writers.put(output.toAbsolutePath().normalize(), "-o");
        }
        LocalizedText twice = reportFormatGivenTwice();
        if (twice != null) {
            return twice;
        }
        for (Map.Entry<Format, Path> report : reports.entrySet()) {
            if (report.getValue().toString().isBlank()) {
                return said("report-no-file", Map.of("format", report.getKey()));
            }
            String before = writers.putIfAbsent(report.getValue().toAbsolutePath().normalize(), "--report " + report.getKey());
            if (before != null) {
                return said("both-write", Map.of("first", before, "second", "--report " + report.getKey(), "file", report.getValue()));
            }
        }
        if (writeBaseline != null) {
            String before = writers.putIfAbsent(writeBaseline.toAbsolutePath().normalize(), "--write-baseline");
            if (before != null) {
                return said("both-write", Map.of("first", before, "second", "--write-baseline", "file", writeBaseline));
            }
        }
        for (Map.Entry<Path, String> writer : writers.entrySet()) {
            if (Files.isDirectory(writer.getKey())) {
                return said("folder", Map.of("option", writer.getValue(), "file", writer.getKey()));
            }
        }
        return null;
    }

    /** A format --report names twice (the map keeps the last file only, and the first would silently not be written), or null. */
    private LocalizedText reportFormatGivenTwice() {
        var parsed = spec == null ? null : spec.commandLine().getParseResult();
        var option = parsed == null ? null : parsed.matchedOption("--report");
        if (option == null) {
            return null;
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String value : option.originalStringValues()) {
            int eq = value.indexOf('=');
            String format = (eq < 0 ? value : value.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT);
            String before = files.putIfAbsent(format, eq < 0 ? "" : value.substring(eq + 1));
            if (before != null) {
                return said("report-twice", Map.of("format", format, "first", before, "second", value.substring(eq + 1)));
            }
        }
        return null;
    }

    /**
     * Which file a report would overwrite that the run reads (a form, the baseline, the waivers, last year's
     * form), or null: {@code -o form.json} must not replace the form with its own report. Writing the new
     * baseline over the old one ({@code --baseline b.json --write-baseline b.json}) is allowed: it is read first.
     */
    private LocalizedText overwritesInput(List<Path> forms) {
        // what each input is, worded only for the one a writer would overwrite: a batch may be 100,000 forms
        Map<Path, java.util.function.Supplier<LocalizedText>> read = new java.util.HashMap<>();
        forms.forEach(f -> read.put(f.toAbsolutePath().normalize(), () -> said("input.form", Map.of("file", f))));
        for (Path p : new Path[] {baseline, waivers, previous}) {
            if (p != null) {
                String option = p == baseline ? "--baseline" : p == waivers ? "--waivers" : "--previous";
                read.putIfAbsent(p.toAbsolutePath().normalize(), () -> said("input.option", Map.of("option", option, "file", p)));
            }
        }
        Map<Path, String> writers = new LinkedHashMap<>();
        if (output != null) {
            writers.put(output, "-o");
        }
        reports.forEach((format, file) -> writers.put(file, "--report " + format));
        if (writeBaseline != null) {
            writers.put(writeBaseline, "--write-baseline");
        }
        for (Map.Entry<Path, String> writer : writers.entrySet()) {
            Path file = writer.getKey().toAbsolutePath().normalize();
            var input = read.get(file);
            boolean ratchet = writer.getValue().equals("--write-baseline") && baseline != null
                    && file.equals(baseline.toAbsolutePath().normalize());
            // another name of an input (a link) is looked for only when writing would replace a file's content:
            // not for -o /dev/null or a pipe, which cost a look at every form of the batch for nothing
            if (input == null && Files.isRegularFile(file)) {
                input = read.entrySet().stream().filter(e -> sameFile(e.getKey(), file)).map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (input != null && !ratchet) {
                return said("overwrites-input", Map.of("option", writer.getValue(), "file", writer.getKey(), "input", input.get()));
            }
        }
        return null;
    }

    private static LocalizedText said(String key, Map<String, ?> arguments) {
        return org.perfdecl.checker.report.ServiceTexts.text("cli.check." + key, arguments);
    }

    /** A mistake in how the command was called, told before any form is checked: in Chinese, then in English. */
    private static int usageError(LocalizedText text) {
        var told = org.perfdecl.checker.report.ServiceTexts.text("cli.error", Map.of("message", text));
        System.err.println(told.zh() + "\n" + told.en());
        return Cli.UNUSABLE;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The folder of a report (-o, --report, --write-baseline) that cannot be made, named with its option, or null:
     * each is made now, so that a run does not check every form and then fail to write what it found.
     */
    private LocalizedText unwritableFolder() {
        Map<Path, String> files = new LinkedHashMap<>();
        if (output != null) {
            files.put(output, "-o");
        }
        reports.forEach((format, file) -> files.put(file, "--report " + format.name().toLowerCase(java.util.Locale.ROOT)));
        if (writeBaseline != null) {
            files.put(writeBaseline, "--write-baseline");
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            try {
                createParent(file.getKey());
            } catch (IOException | RuntimeException e) {
                return said("cannot-write", Map.of("option", file.getValue(), "file", file.getKey(), "reason", Cli.describe(e)));
            }
        }
        return null;
    }

    /** The file, its folder made first when missing: {@code -o reports/findings.sarif} in a fresh checkout. */
    private static Path createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }

    /** The waivers of --waivers, their warnings told; dates are judged in this machine's time zone. */
    private Waivers waivers(Checker checker) {
        Clock clock = Clock.systemDefaultZone();
        WaiverFile.Loaded loaded = WaiverFile.read(waivers, Set.copyOf(checker.rules().current().ruleIds()),
                LocalDate.now(clock));
        // in Chinese, then in English, as the errors
        loaded.warningMessages().forEach(w -> {
            var told = org.perfdecl.checker.report.ServiceTexts.text("cli.warning", java.util.Map.of("message", w));
            System.err.println(told.zh() + "\n" + told.en());
        });
        return Waivers.of(loaded.waivers(), clock);
    }

    private Severity threshold() {
        return failOn == FailOn.never ? null : Severity.valueOf(failOn.name().toUpperCase());
    }

    /** One form's outcome, with the entry it was read as (the declaration and its format) when --store keeps it. */
    record Checked(Batch.Item item, Entry entry) {

        /** The same outcome with its report cut to {@link Report#summaryOnly()}. */
        Checked countsOnly() {
            return item.report() == null ? this
                    : new Checked(Batch.Item.report(item.name(), item.form(), item.location(), item.report().summaryOnly()), entry);
        }
    }

    /**
     * Checks the files on several threads; the items keep the order of the files. The checker runs each check on
     * the pool's thread ({@link Checker#guardStuckRulesInPlace()}); this thread, waiting for a file, asks it about
     * a worker that has not returned, and past the time limit and its grace takes the form as INCOMPLETE, leaves
     * the worker to its loop, checks the file's other forms on a thread added to the pool, and goes on.
     */
    private List<Checked> checkAll(Intake intake, Checker checker, PreviousFile lastYear, List<Path> files, boolean showProgress,
            java.util.function.UnaryOperator<Checked> inOrder) throws InterruptedException {
        int workers = Math.max(1, threads);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), StuckChecks.daemonThreads());
        Progress progress = new Progress(files.size(), showProgress);
        try {
            List<FileCheck> checks = new ArrayList<>();
            List<Future<List<Checked>>> futures = new ArrayList<>();
            for (Path file : files) {
                FileCheck check = new FileCheck(file);
                checks.add(check);
                futures.add(pool.submit(() -> {
                    try {
                        return check.checkFrom(0, 0, intake, lastYear);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<Checked> checked = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                List<Checked> ofFile = new ArrayList<>();
                FileCheck check = checks.set(i, null);
                // taken out of the list: a done task holds its result, the whole reports of the form
                Future<List<Checked>> future = futures.set(i, null);
                while (future != null) {
                    try {
                        ofFile.addAll(future.get(250, TimeUnit.MILLISECONDS));
                        future = null;
                    } catch (TimeoutException notYet) {
                        Thread worker = check.worker;
                        var stuck = worker == null ? java.util.Optional.<Report>empty()
                                : checker.overdue(worker);
                        if (stuck.isPresent()) {
                            int generation = check.giveUp(ofFile, stuck.get());
                            // the stuck thread keeps its place in the pool: one more for the rest of the run
                            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                            int next = check.next + 1;
                            future = pool.submit(() -> check.checkFrom(next, generation, intake, lastYear));
                        }
                    } catch (ExecutionException e) {
                        // Intake.read and Intake.check answer bad input with an item; this is a bug or the heap
                        // running out on one file: the file is named, the others keep their reports
                        ofFile = List.of(new Checked(Batch.Item.error(files.get(i).toString(), null, null,
                                "the checker failed on this file: " + Cli.describe(e.getCause()), "checker-failed"), null));
                        future = null;
                    }
                }
                ofFile.forEach(c -> checked.add(inOrder.apply(c)));
            }
            return checked;
        } finally {
            pool.shutdownNow();
            progress.done();
        }
    }

    /**
     * One file's check as its worker goes: its forms once read, the one being checked, those checked. A worker given
     * up on ({@link #giveUp}) and back from its loop after all finds its generation gone and keeps nothing.
     */
    private final class FileCheck {
        private final Path file;
        volatile Thread worker;
        private List<Entry> entries;
        volatile int next;
        private int generation;
        private final List<Checked> checked = new ArrayList<>();

        FileCheck(Path file) {
            this.file = file;
        }

        /** Reads the file (at 0) and checks its forms from {@code from}, as long as {@code gen} is the file's generation. */
        List<Checked> checkFrom(int from, int gen, Intake intake, PreviousFile lastYear) {
            worker = Thread.currentThread();
            List<Entry> forms;
            try {
                forms = from == 0 ? Intake.read(encoding.source(file)) : entries;
            } catch (IOException e) {
                return List.of(new Checked(Batch.Item.error(file.toString(), null, null,
                        EncodingOption.cannotRead(e), EncodingOption.code(e), EncodingOption.cannotReadText(e)), null));
            }
            synchronized (this) {
                entries = forms;
            }
            for (int k = from; k < forms.size(); k++) {
                Entry entry = forms.get(k);
                next = k;
                // the declaration is kept for --store only: a batch of 100,000 forms held them all
                Checked one = new Checked(intake.check(entry, lastYear, explain), store == null ? null : entry);
                synchronized (this) {
                    if (gen != generation) {
                        return List.of(); // given up on: the file's other forms are checked by another thread
                    }
                    checked.add(one);
                }
            }
            synchronized (this) {
                return gen == generation ? List.copyOf(checked) : List.of();
            }
        }

        /** Takes what was checked and the stuck form's report into {@code into}; the generation the rest runs in. */
        synchronized int giveUp(List<Checked> into, Report stuck) {
            generation++;
            into.addAll(checked);
            checked.clear();
            Entry entry = entries.get(next);
            into.add(new Checked(Batch.Item.report(entry.name(), entry.form(), entry.location(), stuck), store == null ? null : entry));
            return generation;
        }
    }

    /**
     * With --baseline: the batch before it was cut to the new findings, and the baseline. SARIF keeps every
     * finding and marks each {@code baselineState} new or unchanged, because GitHub code scanning closes the
     * alerts an upload leaves out: the accepted findings would show as fixed.
     */
    private Batch everyFinding;
    private Baseline inBaseline;

    /** The batch with each report cut to its findings that the baseline does not hold. */
    private static Batch onlyNew(Batch batch, Baseline.Comparison comparison) {
        List<Report> fresh = comparison.newOnly();
        List<Batch.Item> items = new ArrayList<>();
        int next = 0;
        for (Batch.Item i : batch.items()) {
            items.add(i.report() == null ? i : Batch.Item.report(i.name(), i.form(), i.location(), fresh.get(next++)));
        }
        return Batch.of(items);
    }

    private static String baselineSummary(Baseline.Comparison c) {
        StringBuilder out = new StringBuilder(String.format("baseline: %d new finding(s), %d already in the baseline, %d fixed%n",
                c.newOnly().stream().mapToInt(r -> r.findings().size()).sum(), c.unchanged(), c.fixed().size()));
        c.fixed().forEach(f -> out.append("  fixed: ").append(f).append(System.lineSeparator()));
        return out.toString();
    }

    /** The report's destination: -o's file, else standard output. */
    private PrintStream openOutput() throws IOException {
        OutputStream target = output == null ? System.out : Files.newOutputStream(createParent(output));
        return new PrintStream(target, false, StandardCharsets.UTF_8);
    }

    /**
     * Writes the reports; {@code streamed}, when not null, is the output its items were already printed to. False
     * when one could not be written (a full disk, a closed pipe: a PrintStream keeps such a failure to itself),
     * told on standard error: the run then exits 2, not 0 with its reports lost.
     */
    private boolean write(Batch batch, Checker checker, Baseline.Comparison comparison, PrintStream streamed) throws IOException {
        boolean written = true;
        for (Map.Entry<Format, Path> report : reports.entrySet()) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(createParent(report.getValue())), false, StandardCharsets.UTF_8)) {
                print(report.getKey(), out, batch, checker, comparison);
                written &= written(out, report.getValue().toString());
            }
        }
        boolean several = batch.items().size() > 1;
        try (PrintStream out = streamed != null ? streamed : openOutput()) {
            if (streamed == null) {
                batch.items().forEach(i -> printItem(format, out, i));
            }
            printEnd(format, out, batch, checker, comparison);
            written &= written(out, output == null ? "-" : output.toString());
            if (comparison != null && (format != Format.text || output != null)) {
                System.err.print(baselineSummary(comparison));
            }
            if (output != null && format != Format.text && several) {
                System.err.print(batch.summary().toText()); // the file holds the report; the person still sees the totals
            }
        } finally {
            if (output == null) {
                System.out.flush();
            }
        }
        return written;
    }

    /** Flushes {@code out} and tells whether everything printed to it was written. */
    private static boolean written(PrintStream out, String where) {
        if (!out.checkError()) { // flushes first
            return true;
        }
        usageError(org.perfdecl.checker.report.ServiceTexts.text("cli.check.write-failed", Map.of("file", where)));
        return false;
    }

    /** The report in one format. */
    private void print(Format format, PrintStream out, Batch batch, Checker checker, Baseline.Comparison comparison) {
        batch.items().forEach(i -> printItem(format, out, i));
        printEnd(format, out, batch, checker, comparison);
    }

    /** What a format prints of one form by itself (text and annotations), before the end of the run. */
    private static void printItem(Format format, PrintStream out, Batch.Item i) {
        switch (format) {
            case text -> out.println(i.report() != null ? TextReportWriter.write(i.report()) : TextReportWriter.unreadable(i));
            case github -> out.print(GithubAnnotationsWriter.write(i));
            default -> { } // the others are one document, written whole at the end
        }
    }

    /** What a format prints after every form: the totals, or the whole document of the formats that are one. */
    private void printEnd(Format format, PrintStream out, Batch batch, Checker checker, Baseline.Comparison comparison) {
        boolean several = batch.items().size() > 1;
        switch (format) {
            case text -> {
                if (several) {
                    out.print(batch.summary().toText());
                }
                if (comparison != null) {
                    out.print(baselineSummary(comparison));
                }
            }
            case json -> printJson(out, !several && batch.errors().isEmpty() ? batch.reports().get(0) : batch);
            case sarif -> printJson(out, inBaseline == null
                    ? SarifWriter.write(batch, checker.rules().current(), version(), new SarifWriter.Context(Path.of(""), rulesUrl))
                    : SarifWriter.write(everyFinding, checker.rules().current(), version(),
                            new SarifWriter.Context(Path.of(""), rulesUrl, inBaseline::holds)));
            case junit -> out.print(JUnitWriter.write(batch, checker.rules().current(), threshold()));
            case github -> { }
            case codequality -> printJson(out, CodeQualityWriter.write(batch));
        }
    }

    /**
     * The document written into the stream as it is made, then a line break: a batch of 100,000 forms is
     * hundreds of megabytes of JSON, which is not built as one string first.
     */
    private static void printJson(PrintStream out, Object document) {
        STREAMING.writeValue(out, document);
        out.println();
    }

    /** The reports' mapper, leaving the stream open: the line break and the totals follow the document. */
    private static final tools.jackson.databind.ObjectWriter STREAMING =
            DeclarationJson.MAPPER.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET);

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

        Progress(int total, boolean wanted) {
            this.total = total;
            this.visible = wanted && System.console() != null && total >= 50;
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
