package org.perfdecl.checker.cli;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.declaration.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Prints the canonical JSON of a declaration (an array when a text file holds several forms), "
                + "so you can see what the checker read; what it could not read is listed on stderr.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a .txt form export or a .json declaration")
    Path file;

    @Override
    public Integer call() throws IOException {
        List<DeclarationReader.Input> inputs;
        try {
            inputs = DeclarationReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (InputException e) {
            System.err.println(file + ": " + e.getMessage());
            return Cli.UNUSABLE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Declaration> declarations = inputs.stream().map(DeclarationReader.Input::declaration).toList();
        out.println(DeclarationJson.MAPPER.writeValueAsString(declarations.size() == 1 ? declarations.get(0) : declarations));
        for (Declaration d : declarations) {
            d.notes().forEach(n -> System.err.println(file + (n.location() == null ? "" : " (" + n.location() + ")") + ": "
                    + n.problem() + " " + n.field() + " " + n.raw()));
        }
        return 0;
    }
}
