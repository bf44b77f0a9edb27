package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@EnabledIfSystemProperty(named = "dump", matches = ".+")
class DebugDump {
    @Test
    void dump() throws Exception {
        for (String each : System.getProperty("dump").split(",")) {
        Path file = Path.of(each);
        byte[] bytes = Files.readAllBytes(file);
        String n = file.toString();
        List<FormTableReader.ReadForm> forms = n.endsWith(".pdf") ? new PdfReader().read(bytes)
                : n.endsWith(".doc") || n.endsWith(".docx") ? new WordReader().read(bytes) : new SpreadsheetReader().read(bytes);
        StringBuilder out = new StringBuilder();
        for (var f : forms) {
            out.append("== ").append(f.location()).append('\n').append(DeclarationJson.write(f.declaration())).append('\n');
            f.declaration().notes().forEach(x -> out.append("NOTE ").append(x).append('\n'));
            out.append(f.declaration().sources()).append('\n');
        }
        Files.writeString(Path.of("/tmp/office/dump-" + file.getFileName() + ".txt"), out);
        }
    }
}
