package org.perfdecl.checker.cli;

import org.perfdecl.checker.accuracy.Accuracy;
import org.perfdecl.checker.accuracy.LabelledValues;
import org.perfdecl.checker.ruleset.Policy;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.facts.TargetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code rules accuracy FILE.tsv}: how well target values are read, measured on a labelled file. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Reads every target value of a labelled file (columns: see fixtures/target-values/README.md)",
                "and prints the agreement with the labels per field and per class, then each disagreement.",
                "Exit 1 when kind or all four fields agree less than --min-kind / --min-all."})
final class AccuracyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.tsv", description = "labelled target values")
    Path file;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder whose reading vocabulary is used (default: ./rules)")
    Path rules;

    @Option(names = "--min-kind", paramLabel = "SHARE", description = "least agreement on kind, 0..1 (default: ${DEFAULT-VALUE})")
    double minKind = 0.98;

    @Option(names = "--min-all", paramLabel = "SHARE", description = "least agreement on all four fields, 0..1 (default: ${DEFAULT-VALUE})")
    double minAll = 0.97;

    @Override
    public Integer call() {
        Policy policy;
        try {
            policy = RuleSetLoader.cached().load(RulesOption.source(rules)).policy();
        } catch (RuleSetException e) {
            System.out.println(RulesOption.refused(rules, e)); // in Chinese, then in English
            return Cli.UNUSABLE;
        }
        return report(file, policy, System.out, minKind, minAll);
    }

    /**
     * The labelled file is read as every other input of the command line is: a pipe or a device is told, never
     * read (a fifo hung the run, /dev/zero ended it with an OutOfMemoryError's stack trace), a file larger than
     * the batch ceiling is refused unread, and a missing file, a folder or a file not in UTF-8 is told in words
     * (it was the exception's: "cannot read x.tsv: x.tsv", "cannot read x.tsv: Input length = 1").
     */
    static int report(Path file, Policy policy, PrintStream out, double minKind, double minAll) {
        Accuracy accuracy;
        try {
            String text;
            if (Files.isDirectory(file)) {
                out.println("cannot read " + file + ": it is a folder; name the labelled .tsv file");
                return Cli.UNUSABLE;
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(InputCeiling.read(file, InputCeiling.bytes())))
                        .toString();
            } catch (CharacterCodingException e) {
                out.println("cannot read " + file + ": not UTF-8 text; save it as UTF-8 (tab-separated)");
                return Cli.UNUSABLE;
            }
            accuracy = Accuracy.measure(LabelledValues.read(file, text), new TargetReader(policy));
        } catch (NoSuchFileException e) {
            out.println("cannot read " + file + ": no such file");
            return Cli.UNUSABLE;
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return Cli.UNUSABLE;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return Cli.UNUSABLE;
        }
        out.print(accuracy.render(file.toString()));
        boolean enough = accuracy.agreement("kind") >= minKind && accuracy.agreement("all four") >= minAll;
        return enough ? 0 : 1;
    }
}
