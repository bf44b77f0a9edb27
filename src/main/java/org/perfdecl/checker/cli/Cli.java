package org.perfdecl.checker.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The command line: {@code check}, {@code convert}, {@code rules validate|test|list}, {@code hash-password}. */
@Command(name = "declaration-checker", mixinStandardHelpOptions = true, version = "declaration-checker 0.1",
        description = "Checks performance-target declarations (项目支出绩效目标申报表) against the rules.",
        subcommands = {CheckCommand.class, ConvertCommand.class, RulesCommand.class, HashPasswordCommand.class, WarmUpCommand.class})
public final class Cli {

    /** Exit code for input that cannot be used, or a rule set that does not load. */
    public static final int UNUSABLE = 2;
    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** A command line prints its answer, not the engine's chatter (compiler notes, KieBase creation). */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
            toStandardError(root);
            // a rule that fails on a form is in that form's report (INCOMPLETE, the rule and why), and a
            // trial's in its failures: a log line each would repeat them, hundreds of times in a trial
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.perfdecl.checker.engine")).setLevel(Level.ERROR);
            // compile errors are printed by us as file:line: message; the engine's own log would repeat them
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.OFF);
            // POI and PDFBox warn about harmless quirks of the files they read (LibreOffice's .doc header, fonts)
            // and log their own errors on a damaged file, with the parser's stack trace, before the reader
            // refuses it: the file is named with its reason (exit 2), so their log only repeats it, in Java
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.poi")).setLevel(Level.OFF);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.pdfbox")).setLevel(Level.OFF);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.fontbox")).setLevel(Level.OFF);
            // check --store: Flyway's notes (a newer H2 than it was verified with) are not the user's concern
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.ERROR);
            // a file the pipeline fails on is reported by name with its reason; its stack trace is for the service log
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.perfdecl.checker.intake")).setLevel(Level.OFF);
        }
    }

    /**
     * What is logged goes to standard error: standard output is the report, which a CI step pipes into a
     * JSON or SARIF reader (logback's default console appender writes to standard output).
     */
    private static void toStandardError(ch.qos.logback.classic.Logger root) {
        var context = root.getLoggerContext();
        var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n%nopex"); // a user reads the line; a stack trace is for a service log
        encoder.start();
        var err = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        err.setContext(context);
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();
        root.detachAndStopAllAppenders();
        root.addAppender(err);
    }

    /**
     * A first word that is not an option is a command, known or not: {@code chek form.json} answers
     * "unknown command, did you mean check" instead of starting the service. Options only (or nothing)
     * start the service.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (OPTIONS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** What went wrong, in a line: a file system error names the file and the reason, not only the file. */
    static String describe(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            // a report's folder that cannot be made: a file has the name the folder needs
            return f.getFile() + ": is a file where a folder is needed";
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return f.getFile() + ": not a folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException f) {
            return f.getFile() + ": the folder is not empty";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be written or read");
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** The charset Java reads arguments and file names in (the locale's): ASCII when LANG is unset, on Java 17. */
    private static java.nio.charset.Charset fileNameCharset() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException unknown) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    private static boolean encodesChinese(java.nio.charset.Charset charset) {
        return charset.newEncoder().canEncode("中文");
    }

    public static int run(String... args) {
        quietLogging();
        if (!encodesChinese(java.nio.charset.Charset.defaultCharset())) {
            // no UTF-8 locale (LANG unset, Java 17): every Chinese message and name was printed as ????
            System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (java.util.Arrays.stream(args).anyMatch(a -> a.indexOf('\uFFFD') >= 0)
                && !encodesChinese(fileNameCharset())) {
            System.err.println("error: an argument holds characters this Java cannot read, as its locale is not UTF-8 (LANG unset?): "
                    + "run it with LANG=C.UTF-8, or through bin/declaration-checker, which sets it\n"
                    + "错误：参数中有本 Java 无法读取的字符（系统区域设置不是 UTF-8，可能未设置 LANG）：请以 LANG=C.UTF-8 运行，或改用 bin/declaration-checker（它会设置）");
            return UNUSABLE;
        }
        if (args.length > 0 && Set.of("check", "rules", "warm-up").contains(args[0])) {
            org.perfdecl.checker.facts.TermExtractor.preloadInBackground(); // the relevance rules' dictionary, beside the rules
        }
        CommandLine cl = new CommandLine(new Cli()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SaidArgumentException said) {
                var told = org.perfdecl.checker.report.ServiceTexts.text("cli.error", java.util.Map.of("message", said.text()));
                commandLine.getErr().println(told.zh() + "\n" + told.en());
                return UNUSABLE;
            }
            commandLine.getErr().println("error: " + describe(e));
            return UNUSABLE;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            // picocli words its own errors in English: a Chinese line first says what kind of mistake it is, as every
            // other error of the command line is told in Chinese, then in English
            e.getCommandLine().getErr().println(org.perfdecl.checker.report.ServiceTexts.text(
                    e instanceof CommandLine.UnmatchedArgumentException ? "cli.unknown-argument" : "cli.bad-argument", java.util.Map.of()).zh());
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, e.getCommandLine().getErr()); // chek: did you mean check?
            }
            // a pointer to the help, not the whole of it: sixty lines of usage buried the one line that says what was wrong
            e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for its options.");
            return UNUSABLE;
        });
        return cl.execute(args);
    }
}
