package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.intake.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Prints the canonical JSON of a declaration (an array when the file holds several forms), "
                + "so you can see what the checker read; what it could not read is listed on stderr.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a form in any format the checker reads (.txt .json .xlsx .xls .et .docx .doc .wps .pdf)")
    Path file;

    @Mixin
    EncodingOption encoding;

    @Override
    public Integer call() {
        List<Entry> entries;
        try {
            entries = Intake.read(encoding.source(file));
        } catch (IOException e) {
            System.err.println(EncodingOption.cannotReadBoth(file.toString(), e));
            return Cli.UNUSABLE;
        }
        // in Chinese, then in English, as check prints it
        entries.stream().filter(e -> !e.usable()).forEach(e -> System.err.println(org.perfdecl.checker.report.Batch.Item
                .error(e.name(), e.form(), e.location(), e.reason(), e.code(), e.text()).describeBoth()));
        List<Declaration> declarations = entries.stream().filter(Entry::usable).map(Entry::declaration).toList();
        if (declarations.isEmpty()) {
            return Cli.UNUSABLE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(DeclarationJson.MAPPER.writeValueAsString(declarations.size() == 1 ? declarations.get(0) : declarations));
        for (Declaration d : declarations) {
            d.notes().forEach(n -> System.err.println(file + (n.location() == null ? "" : " (" + n.location() + ")") + ": "
                    + n.problem() + " " + n.field() + " " + n.raw()));
        }
        return declarations.size() == entries.size() ? 0 : Cli.UNUSABLE;
    }
}
