package org.perfdecl.checker.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.perfdecl.checker.intake.Form;
import org.perfdecl.checker.intake.Format;
import org.perfdecl.checker.intake.FormatReader;
import org.perfdecl.checker.intake.FormatReaders;
import org.perfdecl.checker.intake.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm time to read one form (seed form 5) from each format into a declaration, without the check:
 * the cost a format adds in front of CheckBenchmark's check. Run by src/bench/run-benchmarks.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ReadBenchmark {

    @Param({"json", "txt", "xlsx", "xls", "docx", "doc", "pdf"})
    public String format;

    private FormatReader reader;
    private Source source;

    @Setup
    public void setUp() throws IOException {
        Path file = Path.of("fixtures/seeds/seed-5-flexible-employment." + format);
        reader = FormatReaders.of(Format.ofFileName(file.toString()).orElseThrow()).orElseThrow();
        source = Source.of(file.toString(), Files.readAllBytes(file));
    }

    @Benchmark
    public List<Form> read() {
        return reader.read(source);
    }
}
