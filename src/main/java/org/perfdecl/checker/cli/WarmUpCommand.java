package org.perfdecl.checker.cli;

import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * Checks the sample form the jar carries and prints nothing: a run that loads the classes a check
 * loads, which {@code bin/declaration-checker} records once into a class-data archive (in the
 * background, so no user's run can fail or slow down for it).
 */
@Command(name = "warm-up", hidden = true, description = "Checks the bundled sample form and prints nothing.")
final class WarmUpCommand implements Callable<Integer> {

    static final String SAMPLE = "/samples/seed-5-flexible-employment.json";

    @Override
    public Integer call() throws Exception {
        Path sample = Files.createTempFile("declaration-checker-sample", ".json");
        PrintStream out = System.out;
        try (InputStream in = WarmUpCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                return Cli.UNUSABLE;
            }
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            return Cli.run("check", "--fail-on", "never", sample.toString());
        } finally {
            System.setOut(out);
            Files.deleteIfExists(sample);
        }
    }
}
