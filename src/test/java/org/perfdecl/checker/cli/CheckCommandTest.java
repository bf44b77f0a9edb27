package org.perfdecl.checker.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.intake.EncodedSeed;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in process, on the seed export in every charset, with a file that is no form
 * among them. Each run compiles the rules (seconds), so each run asserts much.
 */
class CheckCommandTest {

    /** Ends the loops of the stuck rules, not to leave a core spinning (and a thread counted stuck) under the next tests. */
    @org.junit.jupiter.api.AfterEach
    void releaseStuckLoops() {
        org.perfdecl.checker.engine.StuckLoops.release();
    }

    @TempDir
    static Path dir;
    static Path forms;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return DeclarationJson.MAPPER.readTree(out);
        }
    }

    static Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = Cli.run(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aBlankFileArgumentNamesNoFileInsteadOfCheckingTheCurrentFolder() {
        // as a path, "" is the current folder: an unset "$FORMS" in a CI script checked every form below it
        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> cli("check", "--format", "json", "", "fixtures/seeds/seed-2-special-hardship.json"));
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.json().at("/summary/forms").asInt()).isEqualTo(1);
        assertThat(run.json().at("/items/0/code").asString()).isEqualTo("no-such-file");
    }

    /** Each form's findings as "ruleId field", a "|" before each form. */
    static List<String> findings(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add("|");
            item.at("/report/findings").forEach(f -> out.add(f.get("ruleId").asString() + " " + f.get("field").asString()));
        }
        return out;
    }

    /** forms/ holds the seed in every charset and a text that is no form; forms/more/ one JSON seed. */
    @BeforeAll
    static void files() throws Exception {
        forms = Files.createDirectories(dir.resolve("forms"));
        for (EncodedSeed seed : EncodedSeed.values()) {
            Files.write(forms.resolve(seed.fileName()), seed.bytes());
        }
        Files.copy(Path.of("fixtures/broken/not-a-form.txt"), forms.resolve("not-a-form.txt"));
        Files.createDirectories(forms.resolve("more"));
        Files.copy(Path.of("fixtures/seeds/seed-5-flexible-employment.json"), forms.resolve("more/seed-5.json"));
        Files.writeString(forms.resolve("~$open.xlsx"), "Excel's lock file beside an open workbook");
    }

    @Test
    void aMistypedCommandIsAnErrorWithASuggestionNotAStartedService() {
        assertThat(Cli.handles(new String[]{"chek", "form.json"})).isTrue();
        assertThat(Cli.handles(new String[]{"--server.port=8081"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();

        Run run = cli("chek", "form.json");
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("error: Unmatched arguments from index 0: 'chek', 'form.json'")
                .contains("Did you mean: declaration-checker check?");
    }

    /** check --rules DIR names a broken rule file as rules validate does, with its folder: a path the user can open. */
    @Test
    void aBrokenRulesFolderIsToldWithItsFilesPaths() throws Exception {
        Path rules = org.perfdecl.checker.TestRules.copyTo(dir.resolve("broken-rules"));
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + "\nrule \"unclosed\"\nwhen\n    Form(\nthen\nend\n");
        Run run = cli("check", "--rules", rules.toString(), "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("规则集有 ").contains("problem(s) in the rule set:")
                .containsPattern(java.util.regex.Pattern.quote(rules + "/form.drl:") + "\\d+");
        assertThat(run.err().lines().filter(l -> l.startsWith("form.drl:"))).as("no file named without its folder").isEmpty();
    }

    /** A mistyped option is told in a few lines, with where the help is: not sixty lines of usage. */
    @Test
    void aMistypedOptionIsToldWithTheOptionMeantNotTheWholeHelp() {
        Run run = cli("check", "--fromat", "json", "form.json");
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).startsWith("错误：有无法识别的选项或命令") // Chinese first, as the command line's other errors
                .contains("error: Unknown option: '--fromat'")
                .contains("Run 'declaration-checker check --help' for its options.")
                .doesNotContain("Usage:");
        assertThat(run.err().lines().count()).as(run.err()).isLessThan(8);
    }

    @Test
    void anUnknownEncodingIsToldInWordsInBothLanguages() {
        Run run = cli("check", "--encoding", "FOO", dir.resolve("x.txt").toString());
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("无法识别字符集“FOO”", "unknown character set 'FOO'; use a name such as UTF-8, GBK")
                .doesNotContain("java.", "Exception");
    }

    @Test
    void aFolderInEveryCharsetGivesTheReportsOfTheUtf8FileAndNamesTheFileThatIsNoForm() {
        Run run = cli("check", "--format", "json", forms.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        JsonNode batch = run.json();
        JsonNode items = batch.get("items");
        // missing.txt first (arguments that match nothing), then the folder in name order
        assertThat(items).hasSize(1 + EncodedSeed.values().length * 5 + 1 + 1);
        assertThat(batch.at("/summary/forms").asInt()).isEqualTo(EncodedSeed.values().length * 5 + 1);
        assertThat(batch.at("/summary/unreadable").asInt()).isEqualTo(2);
        assertThat(items.get(0).get("name").asString()).isEqualTo(dir.resolve("missing.txt").toString());
        assertThat(items.get(0).get("error").asString()).isEqualTo("no such file, or nothing matched");
        // coded and in Chinese too, like every other file that cannot be read
        assertThat(items.get(0).get("code").asString()).isEqualTo("no-such-file");
        assertThat(items.get(0).at("/message/zh").asString()).isEqualTo("没有这个文件，或通配符没有匹配到任何文件。");
        assertThat(run.err()).contains(dir.resolve("missing.txt") + ": 没有这个文件，或通配符没有匹配到任何文件。\n"
                + dir.resolve("missing.txt") + ": no such file, or nothing matched");

        List<JsonNode> all = new ArrayList<>();
        items.forEach(all::add);
        List<String> utf8 = null;
        for (EncodedSeed seed : EncodedSeed.values()) {
            List<JsonNode> ofSeed = all.stream().filter(i -> i.path("name").asString("").endsWith(seed.fileName())).toList();
            assertThat(ofSeed).as(seed.name()).hasSize(5);
            assertThat(ofSeed).extracting(i -> i.get("form").asInt()).containsExactly(1, 2, 3, 4, 5);
            utf8 = utf8 == null ? findings(DeclarationJson.MAPPER.valueToTree(ofSeed)) : utf8;
            assertThat(findings(DeclarationJson.MAPPER.valueToTree(ofSeed))).as(seed.name()).isEqualTo(utf8);
        }
        assertThat(utf8).contains("BUD-007 /currentYearBudget", "IND-003 /indicators/7/level2", "BUD-001 /lastYearSpent");

        JsonNode seed5 = all.stream().filter(i -> i.path("name").asString("").endsWith("seed-5.json")).findFirst().orElseThrow();
        assertThat(seed5.at("/report/summary/warnings").asInt()).isEqualTo(4);
        JsonNode bad = all.stream().filter(i -> i.path("name").asString("").endsWith("not-a-form.txt")).findFirst().orElseThrow();
        assertThat(bad.get("error").asString()).startsWith("no declaration form found");
        assertThat(bad.has("report")).isFalse();
        assertThat(run.err()).contains(forms.resolve("not-a-form.txt") + ": no declaration form found");
    }

    @Test
    void aDeclaredEncodingIsHonoured() {
        Run gbk = cli("check", "--format", "json", "--encoding", "GBK", forms.resolve("000_gbk.txt").toString(),
                forms.resolve("000_utf_16le.txt").toString());
        assertThat(gbk.exit()).as(gbk.err()).isZero();
        List<String> both = findings(gbk.json().get("items"));
        assertThat(both.subList(0, both.size() / 2)).isEqualTo(both.subList(both.size() / 2, both.size()));
        assertThat(both).contains("BUD-007 /currentYearBudget", "IND-003 /indicators/7/level2");

        // a declared charset that does not fit is named with the byte: IntakeTest and CheckUploadsTest

        // a JSON form beside them is UTF-8 whatever --encoding says (it was decoded as GBK and told to be saved as UTF-8)
        Run withJson = cli("check", "--format", "json", "--encoding", "GBK", forms.resolve("000_gbk.txt").toString(),
                forms.resolve("more/seed-5.json").toString());
        assertThat(withJson.exit()).as(withJson.err()).isZero();
        assertThat(withJson.json().get("items")).allSatisfy(item -> assertThat(item.has("report")).as(item.toString()).isTrue());
    }

    @Test
    void textExplainsAndSarifNamesTheFileThatIsNoFormAndAGlobTakesTheFilesRightUnderItsFolder() throws Exception {
        Run text = cli("check", "--explain", "--fail-on", "WARNING", "--encoding", "gb18030",
                forms.resolve("000_gb18030.txt").toString());
        assertThat(text.exit()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("#5  灵活就业群体会员专项工作经费", "BUD-001  /lastYearSpent (line 160)",
                "facts the rules saw:", "Indicator");

        Path sarifFile = dir.resolve("out.sarif");
        Run sarif = cli("check", "--format", "SARIF", "-o", sarifFile.toString(), dir + "/forms/**/*.json", dir + "/forms/**/not-*.txt");
        assertThat(sarif.exit()).isEqualTo(Cli.UNUSABLE);
        JsonNode run = DeclarationJson.MAPPER.readTree(Files.readString(sarifFile)).at("/runs/0");
        assertThat(run.get("results")).isNotEmpty();
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asString())
                .startsWith(forms.resolve("not-a-form.txt") + ": no declaration form found");

        // the JUnit writer shows the same item as an errored case: ReportWritersTest
    }

    @Test
    void convertReadsAnyCharsetAndNamesAFileThatIsNoForm() {
        Run gbk = cli("convert", forms.resolve("000_gbk.txt").toString());
        assertThat(gbk.exit()).as(gbk.err()).isZero();
        assertThat(gbk.json()).hasSize(5);
        assertThat(gbk.json().at("/4/projectName").asString()).isEqualTo("灵活就业群体会员专项工作经费");
        Run bad = cli("convert", forms.resolve("not-a-form.txt").toString());
        assertThat(bad.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(bad.err()).startsWith(forms.resolve("not-a-form.txt") + ": 第 1 行：文件中没有找到申报表")
                .contains("\n" + forms.resolve("not-a-form.txt") + ": no declaration form found");
        // a refusal its reader words itself (a 部门整体 form) is told in Chinese in those words, as check tells it
        Run departmental = cli("convert", Path.of("fixtures/provinces/departmental-whole-budget-form.txt").toString());
        assertThat(departmental.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(departmental.err()).contains("不是项目支出绩效目标申报表").contains("whole budget");
        assertThat(cli("convert", dir.resolve("nope.txt").toString()).err()).isEqualTo(dir.resolve("nope.txt")
                + ": 没有这个文件，或通配符没有匹配到任何文件。\n" + dir.resolve("nope.txt") + ": no such file\n");
    }

    @Test
    void aGlobStarAlsoMatchesNoFolder() {
        assertThat(InputFiles.globstarVariants("forms/**/*.txt")).containsExactly("forms/**/*.txt", "forms/*.txt");
        assertThat(InputFiles.expand(List.of(forms + "/**/*.json")).files()).containsExactly(forms.resolve("more/seed-5.json"));
        assertThat(InputFiles.expand(List.of(forms + "/**/000_gbk.txt")).files()).containsExactly(forms.resolve("000_gbk.txt"));
        assertThat(InputFiles.expand(List.of(forms.toString())).files()).hasSize(EncodedSeed.values().length + 2).noneMatch(p -> p.toString().contains("~$"));
    }

    /**
     * A folder holding a package.json and last run's JSON report beside the form: both were checked as failing forms,
     * and the same command exited 1, then 2 (the report it writes became an input). They are left out, with a note.
     */
    @Test
    void aJsonInAFolderThatIsNoDeclarationIsLeftOutWithANote() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("with-others"));
        Files.copy(forms.resolve("more/seed-5.json"), folder.resolve("seed-5.json"));
        Files.writeString(folder.resolve("package.json"), "{\"name\": \"forms\", \"version\": \"1.0.0\", \"dependencies\": {}}");
        Run first = cli("check", "--format", "json", folder.toString());
        Files.writeString(folder.resolve("last-report.json"), first.out());

        Run run = cli("check", folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsOnlyOnce("== ");
        assertThat(run.err()).contains("package.json left out: a .json with no field of a declaration")
                .contains("last-report.json left out").contains("提示：已跳过");
        // named, it is checked as asked
        assertThat(cli("check", folder.resolve("package.json").toString()).exit()).isNotZero();
    }

    /** "-" as other tools take standard input: told that it is not read, not "no such file". */
    @Test
    void aDashForStandardInputIsToldItIsNotRead() {
        Run run = cli("check", "-");
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("-: 不读取标准输入").contains("-: Standard input is not read: give the form's file name")
                .doesNotContain("no such file");
    }

    /**
     * A file whose name holds [ ] { } (申报表[终稿].json, what the shell passes for forms/*) was taken as a pattern and
     * told "no such file"; a file named twice (its folder, itself, a pattern) was checked and counted twice; macOS's
     * ._ file beside a form was a form that could not be read.
     */
    @Test
    void aFileIsTakenByItsNameOnceAndMacMetadataIsNoForm() throws Exception {
        Path named = Files.createDirectories(dir.resolve("named"));
        Path bracketed = Files.copy(forms.resolve("more/seed-5.json"), named.resolve("申报表[终稿]{v2}.json"));
        Files.write(named.resolve("._申报表[终稿]{v2}.json"), new byte[]{0, 5, 22, 7, 0, 2});

        assertThat(InputFiles.expand(List.of(bracketed.toString())).files()).containsExactly(bracketed);
        assertThat(InputFiles.expand(List.of(named.toString(), bracketed.toString(), named + "/*.json")).files())
                .containsExactly(bracketed);
        Run run = cli("check", bracketed.toString(), named.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsOnlyOnce("灵活就业群体会员专项工作经费");
    }

    /**
     * A pipe or a device named as a form is no file: told so (cannot-open), where it was told "no such file"; and as
     * --previous a pipe with no writer hung the run for ever.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aPipeOrADeviceIsToldNotAFileAndNeverWaitedOn() throws Exception {
        Path fifo = dir.resolve("form-pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        String form = forms.resolve("more/seed-5.json").toString();

        Run input = cli("check", "--format", "json", fifo.toString(), form);
        assertThat(input.exit()).as(input.err()).isEqualTo(Cli.UNUSABLE);
        assertThat(input.err()).contains(fifo + " is not a regular file (a pipe, a device or a socket)").doesNotContain("no such file");
        assertThat(input.json().at("/items/0/code").asString()).isEqualTo("cannot-open");
        assertThat(input.json().at("/items/1/report/summary/status").asString()).isEqualTo("PASS"); // the other form still checked

        Run previous = cli("check", "--previous", fifo.toString(), form);
        assertThat(previous.exit()).as(previous.err()).isEqualTo(Cli.UNUSABLE);
        assertThat(previous.err()).contains("is not a regular file");

        for (String option : new String[] {"--waivers", "--baseline"}) {
            Run read = cli("check", option, fifo.toString(), form);
            assertThat(read.exit()).as(option + ": " + read.err()).isEqualTo(Cli.UNUSABLE);
            assertThat(read.err()).as(option).contains("not a regular file");
        }
    }

    /** A report that cannot be written (a full disk) ended the run with exit 0, the report lost without a word. */
    @Test
    void aReportThatCannotBeWrittenIsToldAndExitsTwo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux's /dev/full");
        String form = forms.resolve("more/seed-5.json").toString();

        for (String[] args : List.of(new String[]{"check", "-o", "/dev/full", form},
                new String[]{"check", "--format", "json", "-o", "/dev/full", form},
                new String[]{"check", "--report", "sarif=/dev/full", "-o", dir.resolve("ok.txt").toString(), form})) {
            Run run = cli(args);
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(Cli.UNUSABLE);
            assertThat(run.err()).contains("报告未能写入 /dev/full").contains("the report could not be written to /dev/full");
        }
    }

    /** A link back to a folder above (a loop) stopped the run before any form was checked: every form is checked once. */
    @Test
    void aFolderWithALinkLoopIsCheckedFormByFormPastTheLoop() throws Exception {
        Path looped = Files.createDirectories(dir.resolve("looped/inner"));
        Files.copy(forms.resolve("more/seed-5.json"), looped.resolve("seed-5.json"));
        Files.createSymbolicLink(looped.resolve("up"), looped.getParent());
        Files.createSymbolicLink(looped.resolve("self"), looped);

        assertThat(InputFiles.expand(List.of(looped.getParent().toString())).files()).containsExactly(looped.resolve("seed-5.json"));
        Run run = cli("check", looped.getParent().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("灵活就业群体会员专项工作经费");
    }

    @Test
    void oneRunWritesEveryReportAskedForAndExitsByTheWorstFinding() throws Exception {
        Path sarif = dir.resolve("findings.sarif");
        Path junit = dir.resolve("TEST-declarations.xml");
        Run run = cli("check", "--report", "sarif=" + sarif, "--report", "junit=" + junit, "--fail-on", "warning",
                "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("BUD-001", "WARNING");
        JsonNode sarifRun = DeclarationJson.MAPPER.readTree(Files.readString(sarif)).at("/runs/0");
        assertThat(sarifRun.at("/results").size()).isEqualTo(8);
        assertThat(sarifRun.at("/results/0/ruleId").asString()).isEqualTo("BUD-001");
        assertThat(Files.readString(junit)).contains("<testsuite", "BUD-001");
    }

    @Test
    void aReportInAnUnknownFormatIsAUsageError() {
        Run run = cli("check", "--report", "pdf=out.pdf", "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--report", "pdf");
    }

    @ParameterizedTest
    @CsvSource({"--time-limit, 0, '--time-limit must be at least 1 second (got 0)'",
            "--time-limit, -5, '--time-limit must be at least 1 second (got -5)'",
            "--threads, -1, '--threads must be at least 1 (got -1)'"})
    void aLimitBelowOneIsAUsageErrorNotQuietlyAccepted(String option, String value, String message) {
        Run run = cli("check", option, value, "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("error: " + message);
        assertThat(run.out()).isEmpty();
    }

    /**
     * Units working in WPS Office save its own names, .et and .wps, for the binary Excel and Word formats: a folder of
     * them was "no such file, or nothing matched", though the files were right there and read when named.
     */
    @Test
    void wpsNamesAreReadInAFolderAndAFolderOfNoFormSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wps"));
        Files.copy(Path.of("fixtures/seeds/seed-4-worker-assistance.xls"), folder.resolve("困难职工帮扶.et"));
        Files.copy(Path.of("fixtures/seeds/seed-4-worker-assistance.doc"), folder.resolve("困难职工帮扶.wps"));
        Files.copy(Path.of("fixtures/provinces/seed-4-saved-as-csv.csv"), folder.resolve("困难职工帮扶.csv")); // skipped too
        Run run = cli("check", "--format", "json", "--fail-on", "never", folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("items")).hasSize(3).allSatisfy(item ->
                assertThat(item.at("/report/declaration/projectName").asString()).isEqualTo("困难职工帮扶专项资金"));

        Path none = Files.createDirectories(dir.resolve("no-forms"));
        Files.writeString(none.resolve("form.pages"), "not a form the checker reads");
        Run empty = cli("check", none.toString());
        assertThat(empty.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(empty.out() + empty.err()).contains("The folder holds no file of a format the checker reads (.json")
                .contains("文件夹中没有审核工具能读取格式的文件").doesNotContain("no such file");
    }

    /** A report folder that cannot be made was found after every form was checked, and told in English only, without its option. */
    @Test
    void aReportFolderThatCannotBeMadeIsToldBeforeAnyFormIsChecked() {
        Run run = cli("check", "--report", "sarif=/proc/no-such/findings.sarif", "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("error: --report sarif /proc/no-such/findings.sarif: its folder cannot be made (")
                .contains("--report sarif /proc/no-such/findings.sarif：无法创建其所在文件夹");
        assertThat(run.out()).isEmpty(); // no form checked
    }

    @Test
    void anOutputFileWhoseFolderCannotBeMadeIsNamedWithTheReason() throws Exception {
        // a missing folder is made (CheckOutputsTest); one a file stands in the place of cannot be
        Files.writeString(dir.resolve("not-a-dir"), "a file");
        Run run = cli("check", "--format", "json", "-o", dir.resolve("not-a-dir/x.json").toString(),
                "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("error: -o " + dir.resolve("not-a-dir/x.json") + ": its folder cannot be made ("
                        + dir.resolve("not-a-dir") + ": is a file where a folder is needed)")
                .doesNotContain("Exception");
    }

    @Test
    void aBaselineThatIsNotJsonSaysWhereWithoutJacksonsInternals() throws Exception {
        Path notJson = Files.writeString(dir.resolve("baseline.txt"), "this is\nnot json");

        Run run = cli("check", "--baseline", notJson.toString(), "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("the baseline " + notJson + " is not JSON at line 1, column")
                .doesNotContain("REDACTED").doesNotContain("Source:");
        // in Chinese first, as every error of the command line, and in words rather than the parser's
        assertThat(run.err()).startsWith("基线文件 " + notJson + " 第 1 行第 ").contains("不是有效的 JSON：“this”不是 JSON 的值")
                .contains("is not JSON at line 1, column 1: 'this' is not a JSON value")
                .doesNotContain("Unrecognized token");
        Run missing = cli("check", "--baseline", dir.resolve("none.json").toString(), "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(missing.err()).isEqualTo("基线文件 " + dir.resolve("none.json") + " 不存在（可用 --write-baseline 生成）\n"
                + "the baseline " + dir.resolve("none.json") + " does not exist (write one with --write-baseline)\n");
    }

    @Test
    void aFormCutAtTheSizeLimitsExitsTwoAndTellsTheUnitWhatToDo() throws Exception {
        Path form = dir.resolve("over-limit.json");
        Files.writeString(form, Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replace("\"overview\" : \"", "\"overview\" : \"" + "很".repeat(20_000)));

        Run run = cli("check", form.toString());

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.out()).contains("   INCOMPLETE: 申报表超出审核的大小上限（checker.limits.*），1 处只检查到上限为止（/overview）")
                .contains("请精简这些栏目（或拆分为几份申报表）后重新检查。")
                .contains("Shorten these fields (or split the form into several) and check it again");
        // in a batch it is neither passed nor failed, in the JSON summary and in the text one
        Run batch = cli("check", "--format", "json", form.toString(), "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(batch.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(batch.json().at("/summary/passed").asInt()).isEqualTo(1);
        assertThat(batch.json().at("/summary/failed").asInt()).isZero();
        assertThat(batch.json().at("/summary/incomplete").asInt()).isEqualTo(1);
        assertThat(cli("check", form.toString(), "fixtures/seeds/seed-5-flexible-employment.json").out())
                .contains("(1 without ERROR, 0 with ERROR, 1 INCOMPLETE: not checked whole, see above)");
        // the help and the README give that exit code for it
        assertThat(cli("check", "--help").out().replaceAll("\\s+", " ")).contains("2 unusable input or rules, or a report INCOMPLETE");
    }

    /**
     * A rule whose consequence never returns on one form held the run for ever (the halt at --time-limit acts between
     * firings). That form's report is INCOMPLETE at the time limit and a grace, naming the rule; the others are
     * checked; the run exits 2 (a report INCOMPLETE) and does not hang on the stuck thread.
     */
    @Test
    void aRuleThatNeverReturnsOnOneFormMakesItIncompleteAtTheTimeLimitAndTheRunEnds() throws Exception {
        Path rules = rulesWithALoop("stuck-rules");
        Path forms = Files.createDirectories(dir.resolve("stuck-forms"));
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        Files.writeString(forms.resolve("a-stuck.json"), seed.replace("灵活就业群体会员专项工作经费", org.perfdecl.checker.engine.StuckRuleTest.NEVER));
        Files.writeString(forms.resolve("b-fine.json"), seed);

        long started = System.nanoTime();
        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
                () -> cli("check", "--rules", rules.toString(), "--time-limit", "1", "--threads", "1", "--format", "json", forms.toString()));

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.UNUSABLE);
        JsonNode items = run.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).at("/report/summary/status").asString()).isEqualTo("INCOMPLETE");
        assertThat(items.get(0).at("/report/summary/failedRule").asString()).as(items.get(0).at("/report/summary").toString()).isEqualTo("loops on one project");
        assertThat(items.get(0).at("/report/summary/problem").asString())
                .startsWith("rule \"loops on one project\" did not return within the check's time limit of 1000 ms");
        // the other form is checked (without the rule, not run again, which its report says)
        assertThat(items.get(1).at("/report/summary/problem").asString()).startsWith("rule \"loops on one project\" was not run");
        assertThat(items.get(1).at("/report/summary/warnings").asInt()).isEqualTo(4);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("not the loop's 20 s")
                .isLessThan(java.time.Duration.ofSeconds(60));
    }

    /** The project's rules in {@code folder} and a rule whose consequence loops on one project name (until released after the test, 20 s at most). */
    private Path rulesWithALoop(String folder) throws java.io.IOException {
        Path rules = org.perfdecl.checker.TestRules.copyTo(dir.resolve(folder));
        Files.writeString(rules.resolve("stuck.drl"), org.perfdecl.checker.engine.StuckRuleTest.rulesWithALoop(20).get("stuck.drl"));
        return rules;
    }

    /** The second of five forms in one text export gets stuck: it is INCOMPLETE, and the three after it are checked. */
    @Test
    void aFormThatGetsStuckInsideAFileOfFormsLeavesTheFormsAfterItChecked() throws Exception {
        Path rules = rulesWithALoop("stuck-rules-2");
        Path forms = Files.createDirectories(dir.resolve("stuck-forms-2"));
        String export = Files.readString(Path.of("fixtures/seeds/000_e82864895a36c2f5.txt"));
        Files.writeString(forms.resolve("five.txt"), export.replace("市劳模特殊困难帮扶金", org.perfdecl.checker.engine.StuckRuleTest.NEVER));
        Files.copy(Path.of("fixtures/seeds/seed-4-worker-assistance.json"), forms.resolve("z-after.json"));

        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
                () -> cli("check", "--rules", rules.toString(), "--time-limit", "1", "--threads", "2", "--format", "json", forms.toString()));

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.UNUSABLE);
        JsonNode items = run.json().get("items");
        assertThat(items).hasSize(6);
        assertThat(items.get(0).at("/report/summary/status").asString()).isEqualTo("PASS");
        assertThat(items.get(1).at("/report/declaration/projectName").asString()).isEqualTo(org.perfdecl.checker.engine.StuckRuleTest.NEVER);
        assertThat(items.get(1).at("/report/summary/status").asString()).isEqualTo("INCOMPLETE");
        assertThat(items.get(1).at("/report/summary/failedRule").asString()).isEqualTo("loops on one project");
        for (int i = 2; i < 5; i++) { // after it in the file: checked by another thread, without the rule
            assertThat(items.get(i).at("/report/summary/problem").asString()).as("item " + i).startsWith("rule \"loops on one project\" was not run");
            assertThat(items.get(i).at("/report/summary/warnings").asInt() + items.get(i).at("/report/summary/infos").asInt())
                    .as("item " + i).isPositive();
        }
        // the next file: checked beside the stuck form or after it, so with or without the rule; checked either way
        assertThat(items.get(5).get("name").asString()).endsWith("z-after.json");
        assertThat(items.get(5).at("/report/findings")).isNotEmpty();
    }

    @Test
    void aRuleThatFailsAtRunTimeLeavesStandardOutputTheReportAlone() throws Exception {
        Path rules = org.perfdecl.checker.TestRules.copyTo(dir.resolve("failing-rules"));
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + """

                rule "FORM-006 fails"
                    @id("FORM-006")
                when
                    $t : TextField(name == "projectName")
                then
                    if ($t.getName() != null) {
                        throw new IllegalStateException("boom");
                    }
                    report($t);
                end
                """);

        Run run = cli("check", "--rules", rules.toString(), "--format", "json", "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.json().at("/summary/status").asString()).isEqualTo("INCOMPLETE"); // parses: nothing else on stdout
        assertThat(run.json().at("/summary/problem").asString()).contains("FORM-006 fails", "boom");

        // and the CI formats say the run was not clean, as they do for a file that cannot be read
        Path junit = dir.resolve("incomplete.xml");
        Run sarif = cli("check", "--rules", rules.toString(), "--format", "sarif", "--report", "junit=" + junit,
                "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(sarif.exit()).isEqualTo(Cli.UNUSABLE);
        JsonNode invocation = sarif.json().at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/descriptor/id").asString()).isEqualTo("incomplete-check");
        assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asString()).contains("the check is incomplete", "boom");
        assertThat(Files.readString(junit)).contains("<error type=\"IncompleteCheck\"").contains("errors=\"1\"");

        // the text a person reads says why in Chinese, then in English
        Run text = cli("check", "--rules", rules.toString(), "--format", "text", "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(text.out()).contains("   INCOMPLETE: 规则“FORM-006 fails”（FORM-006）运行出错：")
                .contains("；发现项可能不完整。\n   INCOMPLETE: rule \"FORM-006 fails\" (FORM-006) failed: ")
                .contains("boom");
    }

    @Test
    void aFileThatCannotBeReadIsToldInChineseThenInEnglish() throws Exception {
        Path png = Files.write(dir.resolve("scan.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

        Run run = cli("check", "--format", "text", png.toString());

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        String zh = png + ": 这是一张图片，不是申报表。扫描件请先做文字识别（OCR），再上传识别后的 PDF 或文字。";
        assertThat(run.err()).contains(zh + "\n" + png + ": this is a PNG image, not a form");
        assertThat(run.out()).contains("== UNREADABLE  " + zh + "\n   " + png + ": this is a PNG image, not a form");
    }

    @Test
    void controlCharactersInAFormAreWrittenOutInEveryHumanReadableFormatAndJUnitStaysXml() throws Exception {
        tools.jackson.databind.node.ObjectNode form = (tools.jackson.databind.node.ObjectNode) DeclarationJson.MAPPER.readTree(
                Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        StringBuilder controls = new StringBuilder("P");
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        form.put("projectName", controls + "\u001b[2J\u001b]0;PWNED\u0007\u001b[31mFAKE: PASS\u001b[0m\u009b");
        Path file = Files.writeString(dir.resolve("controls.json"), form.toString());

        Run text = cli("check", file.toString());
        Run github = cli("check", "--format", "github", file.toString());
        Run junit = cli("check", "--format", "junit", file.toString());

        assertThat(text.out()).contains("P\\u0000\\u0001").contains("\\u001b[2J").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("\u009b");
        assertThat(github.out()).doesNotContain("\u001b").doesNotContain("\u0000");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8))); // well-formed
        assertThat(junit.out()).contains("\\u001b[2J");
    }

    @Test
    void twoReportsIntoOneFileOrAReportIntoNoFileAreUsageErrors() {
        String same = dir.resolve("same.json").toString();
        Run clash = cli("check", "--format", "json", "-o", same, "--report", "sarif=" + same,
                "fixtures/seeds/seed-5-flexible-employment.json");
        Run empty = cli("check", "--report", "sarif=", "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(clash.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(clash.err()).contains("error: -o and --report sarif would both write " + same);
        assertThat(Files.exists(Path.of(same))).isFalse();
        assertThat(empty.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(empty.err()).contains("error: --report sarif= names no file");
    }
}
