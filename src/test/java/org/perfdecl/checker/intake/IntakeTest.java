package org.perfdecl.checker.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The input pipeline without the rules: formats, charsets, and every way a file can be unusable. */
class IntakeTest {

    private static List<String> canonical(List<Entry> entries) {
        return entries.stream().map(e -> DeclarationJson.write(e.declaration())).toList();
    }

    private static Entry only(String name, byte[] bytes) {
        List<Entry> entries = Intake.read(Source.of(name, bytes));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @ParameterizedTest
    @EnumSource(EncodedSeed.class)
    void everyEncodingReadsAsTheUtf8FileWithOrWithoutADeclaredCharset(EncodedSeed seed) {
        List<Entry> expected = Intake.read(Source.of("000.txt", EncodedSeed.UTF_8.bytes()));
        assertThat(expected).hasSize(5).allMatch(Entry::usable);
        assertThat(expected.get(1).location()).isEqualTo(Location.line(38));

        List<Entry> detected = Intake.read(Source.of(seed.fileName(), seed.bytes()));
        List<Entry> declared = Intake.read(new Source(seed.fileName(), seed.bytes(), "text/plain", seed.charset()));

        assertThat(canonical(detected)).isEqualTo(canonical(expected));
        assertThat(canonical(declared)).isEqualTo(canonical(expected));
        assertThat(detected).extracting(Entry::location).isEqualTo(expected.stream().map(Entry::location).toList());
        assertThat(detected).extracting(Entry::form).containsExactly(1, 2, 3, 4, 5);
        assertThat(detected.get(0).declaration().projectName()).isEqualTo(expected.get(0).declaration().projectName())
                .contains("困难");
    }

    /**
     * UTF-16 without a byte order mark is told by where its zero bytes are, also in a text full of full-width spaces
     * (U+3000 puts its zero on the other side) and in JSON on one line; content whose zeros are not that strong
     * evidence stays refused as binary: zeros on both sides (UTF-32, a binary record), an odd length, 16-bit
     * numbers whose low bytes are controls, too little ASCII to tell.
     */
    @Test
    void utf16WithoutAByteOrderMarkIsToldByItsZerosAndNothingElseIsTakenForIt() throws Exception {
        String spaced = Files.readString(Path.of("fixtures/provinces/cells-apart-by-fullwidth-spaces.txt"));
        String expected = canonical(Intake.read(Source.of("spaced.txt", spaced.getBytes(StandardCharsets.UTF_8)))).get(0);
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Entry read = only("spaced.txt", spaced.getBytes(charset));
            assertThat(read.usable()).as(charset + ": " + read.error()).isTrue();
            assertThat(DeclarationJson.write(read.declaration())).as(charset.name()).isEqualTo(expected);

            String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")).replaceAll("\\s*\\n\\s*", "");
            Entry fromJson = Intake.read(Source.of(null, json.getBytes(charset))).get(0);
            assertThat(fromJson.format()).isEqualTo(Format.JSON);
            assertThat(fromJson.declaration().projectName()).isEqualTo("灵活就业群体会员专项工作经费");
        }

        String seed = new String(EncodedSeed.UTF_8.bytes(), StandardCharsets.UTF_8);
        byte[] le = seed.getBytes(StandardCharsets.UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(le, le.length - 1);
        byte[] records = new byte[4096]; // 16-bit little-endian numbers below 256: a zero beside every value
        for (int i = 0; i < records.length; i += 2) {
            records[i] = (byte) (i / 2 % 32);
        }
        for (byte[] binary : List.of(seed.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), cut, records,
                "项目名称\t测试\n".getBytes(StandardCharsets.UTF_16LE))) {
            assertThat(only("data.bin", binary).code()).isEqualTo("unknown-format");
        }
        assertThat(TextDecoding.utf16ByItsZeros(le)).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextDecoding.utf16ByItsZeros(seed.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(TextDecoding.utf16ByItsZeros(EncodedSeed.GBK.bytes())).isNull();
    }

    /**
     * RTF saved as .doc opens with { and was read as JSON ("not valid JSON"); a web page or an Office 2003 XML
     * spreadsheet saved as .xls was read as form text ("no form title"). Each is now told what it is and how to save it.
     */
    @Test
    void documentsInAnotherTextFormatUnderAnOfficeNameAreToldWhatTheyAre() {
        Map<String, String> files = Map.of(
                "form.doc", "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl} 项目名称 测试}",
                "form.xls", "\uFEFF <!DOCTYPE html><html><body><table><tr><td>项目名称</td></tr></table></body></html>",
                "sheet.xls", "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
        Map<String, String> told = Map.of("form.doc", "this is an RTF document", "form.xls", "this is a web page (HTML)",
                "sheet.xls", "this is an Office 2003 XML file");
        files.forEach((name, text) -> {
            Entry entry = only(name, text.getBytes(StandardCharsets.UTF_8));
            assertThat(entry.code()).as(name).isEqualTo("unknown-format");
            assertThat(entry.error()).as(name).contains(told.get(name)).contains("which cannot be read: ").contains(".docx");
        });
        // a text export that quotes a tag inside a cell is still text
        assertThat(only("form.txt", "项目名称\t<html>测试\n".getBytes(StandardCharsets.UTF_8)).code()).isNotEqualTo("unknown-format");
    }

    @Test
    void aDeclaredCharsetThatDoesNotFitIsNamedWithTheByte() {
        Entry e = Intake.read(new Source("gbk.txt", EncodedSeed.GBK.bytes(), "text/plain", StandardCharsets.UTF_8)).get(0);
        assertThat(e.usable()).isFalse();
        assertThat(e.error()).matches("gbk\\.txt: the text is not valid UTF-8 \\(as declared\\): byte \\d+ cannot be read; .*");
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsTextButAnInvalidByteIsNot() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replace("灵活就业群体会员专项工作经费", "灵活就业\uFFFD经费");
        byte[] written = seed.getBytes(StandardCharsets.UTF_8);
        assertThat(only("fffd.json", written).declaration().projectName()).isEqualTo("灵活就业\uFFFD经费");
        assertThat(Intake.read(new Source("fffd.json", written, "application/json", StandardCharsets.UTF_8)).get(0)
                .declaration().projectName()).isEqualTo("灵活就业\uFFFD经费");

        byte[] broken = seed.replace("灵活就业\uFFFD经费", "灵活就业#经费").getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf('#');
        broken[at] = (byte) 0xC3; // a lead byte followed by no continuation byte
        int line = seed.substring(0, seed.indexOf("灵活就业\uFFFD经费")).split("\n", -1).length;
        for (Source source : List.of(new Source("bad.json", broken, "application/json", StandardCharsets.UTF_8),
                Source.of("bad.json", broken))) {
            // one damaged byte costs a finding at its line, not the form
            Entry e = Intake.read(source).get(0);
            assertThat(e.usable()).isTrue();
            assertThat(e.declaration().projectName()).isEqualTo("灵活就业\uFFFD经费");
            assertThat(e.declaration().notes()).singleElement().satisfies(n -> {
                assertThat(n.problem()).isEqualTo("damagedBytes");
                assertThat(n.field()).as("the field read from the line").isEqualTo("/projectName");
                assertThat(n.location()).isEqualTo(Location.line(line));
                assertThat(n.raw()).contains("灵活就业\uFFFD经费");
            });
        }
    }

    @Test
    void aTextFormWithADamagedByteIsReadAndTheLineToldInTheFormItBelongsTo() {
        String text = new String(EncodedSeed.UTF_8.bytes(), StandardCharsets.UTF_8);
        int second = Intake.read(Source.of("000.txt", EncodedSeed.UTF_8.bytes())).get(1).location().line();
        String[] lines = text.split("\n", -1);
        int damaged = second + 1; // a line of the second form
        byte[] bytes = String.join("\n", java.util.Arrays.copyOf(lines, damaged - 1)).concat("\n").getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("\u0000" + String.join("\n", java.util.Arrays.copyOfRange(lines, damaged - 1, lines.length)))
                .getBytes(StandardCharsets.UTF_8);
        rest[0] = (byte) 0xFF; // never a byte of UTF-8
        byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + rest.length);
        System.arraycopy(rest, 0, all, bytes.length, rest.length);

        List<Entry> entries = Intake.read(Source.of("000.txt", all));

        assertThat(entries).hasSize(5).allMatch(Entry::usable);
        assertThat(entries.get(1).declaration().notes()).filteredOn(n -> n.problem().equals("damagedBytes"))
                .singleElement().satisfies(n -> assertThat(n.location()).isEqualTo(Location.line(damaged)));
        assertThat(entries).filteredOn(e -> e != entries.get(1))
                .allSatisfy(e -> assertThat(e.declaration().notes()).noneMatch(n -> n.problem().equals("damagedBytes")));
    }

    /** Each finding as rule, field and where: what a reviewer compares between two readings of a form. */
    private static List<String> findings(Batch batch) {
        return batch.items().stream().flatMap(i -> i.report().findings().stream()
                .map(f -> i.form() + " " + f.ruleId() + " " + f.field() + " " + f.location())).toList();
    }

    /**
     * Lines ended by a form feed (a printed export's page break, alone or beside a newline) or U+2028 are checked as
     * the file with newlines: the same findings at the same lines. A damaged byte is told at the line the reader
     * reads it on, for both count lines alike.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\f", "\n\f", "\u2028", "\u2029", "\u000B", "\u0085"})
    void aTextWhoseLinesEndInAFormFeedOrALineSeparatorIsCheckedAsTheFileWithNewlines(String newline) {
        Intake intake = new Intake(org.perfdecl.checker.TestRules.checker());
        String text = new String(EncodedSeed.UTF_8.bytes(), StandardCharsets.UTF_8);
        List<String> expected = findings(intake.checkAll(List.of(Source.of("000.txt", EncodedSeed.UTF_8.bytes())), false));
        assertThat(expected).hasSizeGreaterThan(10).contains("1 BUD-007 /currentYearBudget line 18", "4 IND-003 /indicators/7/level2 line 139");

        Batch read = intake.checkAll(List.of(Source.of("000.txt", text.replace("\n", newline).getBytes(StandardCharsets.UTF_8))), false);

        assertThat(read.items()).hasSize(5).allMatch(i -> i.report() != null);
        assertThat(findings(read)).isEqualTo(expected);

        byte[] damaged = text.replace("\n", newline).replaceFirst("困难职工帮扶专项资金", "困难职工帮扶#项资金").getBytes(StandardCharsets.UTF_8);
        damaged[new String(damaged, StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xFF;
        int line = text.substring(0, text.indexOf("困难职工帮扶专项资金")).split("\n", -1).length;
        assertThat(Intake.read(Source.of("000.txt", damaged)).get(3).declaration().notes())
                .filteredOn(n -> n.problem().equals("damagedBytes")).singleElement()
                .satisfies(n -> assertThat(n.location()).isEqualTo(Location.line(line)));
    }

    @Test
    void gbkTextIsNeverTakenForDamagedUtf8() {
        Entry e = Intake.read(Source.of("gbk.txt", EncodedSeed.GBK.bytes())).get(0);
        assertThat(e.usable()).isTrue();
        assertThat(e.declaration().notes()).noneMatch(n -> n.problem().equals("damagedBytes"));
        assertThat(e.declaration().projectName()).doesNotContain("\uFFFD").contains("困难");
    }

    @Test
    void aJsonFormKeepsTheLinesOfItsFields() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        Entry e = only("seed.json", seed.getBytes(StandardCharsets.UTF_8));
        int line = seed.substring(0, seed.indexOf("\"annualGoal\"")).split("\n", -1).length;
        assertThat(e.declaration().sources().get("/annualGoal")).isEqualTo(Location.line(line));
    }

    @Test
    void jsonIsKnownByItsContentAndAnArrayGivesAnEntryPerElement() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        assertThat(only("upload.txt", ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_8)).declaration().projectName())
                .isEqualTo("灵活就业群体会员专项工作经费");
        List<Entry> entries = Intake.read(Source.of("batch.json", ("[" + seed + ", 42]").getBytes(StandardCharsets.UTF_8)));
        assertThat(entries).extracting(Entry::usable).containsExactly(true, false);
        assertThat(entries.get(1).error()).isEqualTo("batch.json #2: expected a declaration as a JSON object, got number");
        assertThat(only("broken.json", "{\"a\":\n }x".getBytes(StandardCharsets.UTF_8)).error())
                .startsWith("broken.json: not valid JSON at line 2");
    }

    @Test
    void aFileThatIsNoFormSaysWhatItIsAndNamesTheFile() throws Exception {
        assertThat(only("empty.txt", new byte[0]).error()).isEqualTo("empty.txt: the file is empty");
        assertThat(only("scan.xlsx", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).error())
                .isEqualTo("scan.xlsx: this is a PNG image, not a form; a scanned form must be OCRed (turned into text) first");
        assertThat(only("data.bin", new byte[]{1, 2, 0, 4, 5}).error())
                .startsWith("data.bin: this is binary content of no format the checker reads");
        assertThat(only("forms.zip", zip("a.txt")).error())
                .isEqualTo("forms.zip: this is a zip archive, but not an Excel workbook (.xlsx) or a Word document (.docx); "
                        + "send the forms themselves, not an archive");
        assertThat(only("notes.xlsx", "just some notes".getBytes(StandardCharsets.UTF_8)).error())
                .startsWith("notes.xlsx: named as Excel workbook (.xlsx) but the content is form text: no declaration form found")
                .endsWith("line 1 reads \"just some notes\"");
        byte[] encrypted = ole2("EncryptedPackage");
        assertThat(only("locked.xlsx", encrypted).error())
                .isEqualTo("locked.xlsx: this Office file is protected with a password (encrypted); save it without a "
                        + "password and send it again");
    }

    /**
     * A reader that runs out of stack met content nested far deeper than a form's (the Office readers refuse a
     * depth past their limit before they recurse; this is the net under every reader): the file is told too
     * large, in both languages, not that the checker failed on it (a 500). Tables nested 80 deep, under the
     * limit, read on a thread of a small stack stand in for content deeper than the readers foresaw.
     */
    @Test
    void aReaderThatRunsOutOfStackTellsTheFileNestsTooDeeplyNotThatTheCheckerFailed() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/seed-4-worker-assistance.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(seed)); var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write((entry.getName().equals("word/document.xml") ? part.replace("</w:body>", "<w:tbl><w:tr><w:tc>".repeat(80)
                        + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(80) + "</w:body>") : part).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] deep = out.toByteArray();
        assertThat(only("form.docx", deep).declaration()).isNotNull(); // read on a stack of normal size, the classes loaded
        Entry[] read = new Entry[1];
        Thread small = new Thread(null, () -> read[0] = only("form.docx", deep), "small stack", 32 * 1024);
        small.start();
        small.join();

        assertThat(read[0].code()).as(read[0].error()).isEqualTo("too-large");
        assertThat(read[0].error()).isEqualTo("form.docx: The file nests its content too deeply to be read, far deeper than any form. "
                + "Save the form again in its program and send that.");
        assertThat(read[0].text().zh()).startsWith("文件的内容嵌套过深");
    }

    /** A body of the JSON literal null is no declaration, told as what it is: it was told "the body is empty". */
    @Test
    void aJsonNullIsToldAsNullNotAsAnEmptyBody() {
        Entry nul = only("form.json", "null".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.code()).isEqualTo("not-a-form");
        assertThat(nul.error()).isEqualTo("form.json: expected a declaration as a JSON object, got null");
        assertThat(nul.text().zh()).contains("空值 null");
        assertThat(only("blank.json", " \n".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("empty");
    }

    /** Beside the English text, each kind of problem has a stable code the page words in Chinese and a client can act on. */
    @Test
    void eachKindOfUnusableFileHasItsCode() throws Exception {
        assertThat(only("empty.txt", new byte[0]).code()).isEqualTo("empty");
        assertThat(only("scan.xlsx", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).code()).isEqualTo("image");
        assertThat(only("data.bin", new byte[]{1, 2, 0, 4, 5}).code()).isEqualTo("unknown-format");
        assertThat(only("locked.xlsx", ole2("EncryptedPackage")).code()).isEqualTo("encrypted");
        assertThat(only("broken.json", "{\"a\":\n }x".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("not-json");
    }

    /**
     * A title over lines whose cells cannot be told apart (one space between them) gives none of the form's
     * key fields: one refusal, not a report of every field missing. A form missing only some fields is read.
     */
    @Test
    void aFormOfWhichNoKeyFieldCanBeReadIsRefusedButOneMissingSomeIsChecked() {
        String garbled = "项目支出绩效目标申报表\n（2026年度）\n项目名称 县级公共文化服务体系建设\n年度资金总额（元） 1,860,000\n"
                + "产出指标 数量指标 送文化下乡演出场次 120场\n";
        Entry refused = only("garbled.txt", garbled.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.code()).isEqualTo("no-form-fields");
        assertThat(refused.location()).isEqualTo(Location.line(1));
        assertThat(refused.error()).startsWith("garbled.txt: a declaration form was found but none of its key fields could be read");

        Entry nameOnly = only("name-only.txt", "项目支出绩效目标申报表\n项目名称\t县级公共文化服务体系建设\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nameOnly.usable()).isTrue();
        Entry indicatorsOnly = only("indicators-only.txt", ("项目支出绩效目标申报表\n一级指标\t二级指标\t三级指标\t指标值\n"
                + "产出指标\t数量指标\t场次\t120场\n").getBytes(StandardCharsets.UTF_8));
        assertThat(indicatorsOnly.usable()).isTrue();
    }

    @Test
    void officeFormatsAreToldApartByContentNotByName() {
        assertThat(FormatDetector.detect(Source.of("form.docx", zip("[Content_Types].xml", "xl/workbook.xml"))))
                .isEqualTo(Format.XLSX);
        assertThat(FormatDetector.detect(Source.of("form.xlsx", zip("[Content_Types].xml", "word/document.xml"))))
                .isEqualTo(Format.DOCX);
        assertThat(FormatDetector.detect(Source.of("form", ole2("WordDocument")))).isEqualTo(Format.DOC);
        assertThat(FormatDetector.detect(Source.of("form.doc", ole2("Workbook")))).isEqualTo(Format.XLS);
        assertThat(FormatDetector.detect(new Source(null, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                "application/octet-stream", null))).isEqualTo(Format.PDF);
        assertThat(FormatDetector.detect(new Source(null, "x".getBytes(StandardCharsets.US_ASCII), "application/json", null)))
                .isEqualTo(Format.JSON);
    }

    @Test
    void aBugWhileCheckingOneFormBecomesThatItemsErrorAndTheOthersAreChecked() {
        Checker failing = mock(Checker.class);
        when(failing.check(any(Declaration.class), any(), any(), anyBoolean())).thenThrow(new IllegalStateException("boom"));
        Batch batch = new Intake(failing).checkAll(List.of(Source.of("a.txt", EncodedSeed.UTF_8.bytes()),
                Source.of("b.txt", "lorem".getBytes(StandardCharsets.UTF_8))), false);
        assertThat(batch.items()).hasSize(6);
        assertThat(batch.items()).extracting(Batch.Item::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(batch.items().get(0).describe()).isEqualTo("a.txt #1: the checker failed on this input; "
                + "the error is logged, please report it with the file"); // the class is in the log, not the message
        assertThat(batch.items().get(5).name()).isEqualTo("b.txt");
        assertThat(batch.items().get(5).error()).startsWith("no declaration form found");
        assertThat(batch.summary().unreadable()).isEqualTo(6);
    }

    private static byte[] zip(String... names) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An OLE2 header and a directory entry name, as far as detection looks. */
    private static byte[] ole2(String stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes(stream.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }
}
