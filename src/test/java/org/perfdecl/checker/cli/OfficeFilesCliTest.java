package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.office.BadOfficeFiles;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.cli.CheckCommandTest.cli;

/** Office and PDF files on the command line: a folder of good and bad ones, in one run (rules compile once). */
class OfficeFilesCliTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhosePartsDoNotParseIsNamedWithItsReasonWithoutALibrarysStackTraceOrClassNames() throws Exception {
        Path broken = dir.resolve("broken-types.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(Path.of("fixtures/seeds/seed-1-hardship-allowance.xlsx")));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) { // a DOCTYPE, which the XML parser refuses
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    bytes = ("<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\">" + xml.substring(xml.indexOf("?>") + 2))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }

        CheckCommandTest.Run run = cli("check", broken.toString());

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        // POI logged the parser's SAXParseException with 40 lines of stack, and the reason quoted its exception's class
        assertThat(run.err().strip().split("\n")).containsExactly(
                broken + ": 文件已损坏，无法打开。请用原软件打开并重新保存后上传。",
                broken + ": not a readable workbook: Can't read content types part !");
    }

    @Test
    void aFolderOfOfficeFilesIsCheckedAndEachBadFileIsNamedWithItsReason() throws Exception {
        for (String ext : new String[]{"xlsx", "docx", "pdf"}) {
            Files.copy(Path.of("fixtures/seeds/seed-1-hardship-allowance." + ext), dir.resolve("seed-1." + ext));
        }
        for (BadOfficeFiles bad : BadOfficeFiles.values()) {
            Files.write(dir.resolve(bad.fileName()), bad.bytes());
        }

        CheckCommandTest.Run run = cli("check", "--format", "json", "--explain", dir.toString());

        assertThat(run.exit()).as("an unusable file makes the run exit 2").isEqualTo(Cli.UNUSABLE);
        for (BadOfficeFiles bad : BadOfficeFiles.values()) {
            assertThat(run.err()).as(bad.name()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(
                    dir.resolve(bad.fileName()).toString()) + ": .*" + java.util.regex.Pattern.quote(bad.reason()));
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<JsonNode> reports = new ArrayList<>();
        run.json().get("items").forEach(i -> {
            if (i.has("report")) {
                reports.add(i.get("report"));
            }
        });
        assertThat(reports).hasSize(3);
        assertThat(reports).allSatisfy(r -> assertThat(r.at("/findings")).extracting(f -> f.get("ruleId").asString())
                .containsExactlyInAnyOrder("BUD-007", "TGT-007"));
        JsonNode xlsx = reports.stream().filter(r -> r.at("/source/name").asString().endsWith(".xlsx")).findFirst().orElseThrow();
        assertThat(xlsx.at("/sources/~1totalBudget/text").asString()).isEqualTo("申报表!B13");
        assertThat(xlsx.at("/findings")).extracting(f -> f.get("field").asString() + " " + f.at("/location/text").asString())
                .containsExactlyInAnyOrder("/currentYearBudget 申报表!D13", "/indicators/5/target 申报表!D27");
    }
}
