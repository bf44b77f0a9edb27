package org.perfdecl.checker.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reviewer's page in a real browser: Debian's headless Chromium through Debian's chromedriver (no
 * browser or driver download). One app (the context the other live-service tests share) and one browser serve every test. Without the browser the tests
 * are skipped on a developer machine, and fail under CI=true ({@code .ci/run} installs it).
 */
@LiveService
class WorkbenchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEEDS = Path.of("fixtures/seeds").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ChromeDriver browser;
    private static Path profile;
    private static Path downloads;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed under CI "
                    + "(apt-get install -y chromium chromium-driver; .ci/run does this)");
        }
        assumeTrue(present, "no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER + ": browser tests skipped");
        profile = Files.createTempDirectory("workbench-chromium");
        downloads = Files.createTempDirectory("workbench-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=zh-CN");
        // a second download from one page (JSON, then SARIF) needs the "multiple downloads" permission
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.default_content_setting_values.automatic_downloads", 1));
        // the driver is named explicitly, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path dir : new Path[]{profile, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(url("/"));
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        waitFor(By.id("files"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Up to 20 s, looking every 50 ms: at Selenium's default 500 ms, each wait for the page cost up to half a second. */
    private WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    private WebElement waitFor(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void upload(Path... files) {
        browser.executeScript("document.getElementById('progress').textContent = ''");
        String paths = String.join("\n", Stream.of(files).map(Path::toString).toList());
        browser.findElement(By.id("files")).sendKeys(paths);
        await().until(d -> !text(By.id("progress")).isEmpty() && !text(By.id("progress")).contains("…")
                || d.findElement(By.id("problem")).isDisplayed());
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    /** The JSON Pointer of the cell a marker sits in. */
    private String cellOf(WebElement marker) {
        return (String) browser.executeScript("return arguments[0].closest('[data-pointer]').dataset.pointer", marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-1-hardship-allowance", "seed-2-special-hardship", "seed-3-festival-greetings",
            "seed-4-worker-assistance", "seed-5-flexible-employment"})
    void eachSeedFormShowsItsFindingsAtTheirFields(String seed) throws IOException {
        upload(SEEDS.resolve(seed + ".json"));
        assertThat(waitFor(By.cssSelector(".summary .status")).getText()).isEqualTo("通过"); // the seeds are approved forms
        assertFindingsAtTheirFields(SEEDS.resolve(seed + ".expected.yaml"));
    }

    @Test
    void aFormWithErrorsFailsWithEachErrorAtItsField() throws IOException {
        Path broken = Path.of("fixtures/broken").toAbsolutePath();
        upload(broken.resolve("errors-in-budget-and-targets.json"));
        assertThat(waitFor(By.cssSelector(".summary .status")).getText()).isEqualTo("不通过");
        assertFindingsAtTheirFields(broken.resolve("errors-in-budget-and-targets.expected.yaml"));
        assertThat(browser.findElement(By.cssSelector("[data-pointer='/projectType']")).getAttribute("data-flag"))
                .isEqualTo("ERROR");
        browser.executeScript("document.getElementById('summary').scrollIntoView()");
        screenshot("check-page");
    }

    /** A form that states only 上年预算执行率: the rate has its row under the budget, and BUD-001 its marker there. */
    @Test
    void aStatedExecutionRateHasItsRowAndItsFinding() {
        upload(Path.of("fixtures/rules/texts/stated-rate-low.txt").toAbsolutePath());
        assertThat(waitFor(By.cssSelector(".summary .status")).getText()).isEqualTo("不通过");
        WebElement cell = browser.findElement(By.cssSelector("td[data-pointer='/lastYearExecutionRate']"));
        assertThat(cell.getText()).contains("45%");
        assertThat(cell.findElement(By.xpath("preceding-sibling::th[1]")).getText()).isEqualTo("上年预算执行率（所填）");
        WebElement marker = browser.findElement(By.cssSelector(
                "#form button.marker[data-rule='BUD-001'][data-field='/lastYearExecutionRate']"));
        assertThat(cellOf(marker)).isEqualTo("/lastYearExecutionRate");
        assertThat(marker.getAttribute("class")).contains("sev-ERROR");
    }

    /** Every expected finding has its marker in the cell its field names, in its severity; nothing more. */
    private void assertFindingsAtTheirFields(Path expectedYaml) throws IOException {
        JsonNode expected = new YAMLMapper().readTree(expectedYaml.toFile());
        List<WebElement> markers = browser.findElements(By.cssSelector("#form button.marker"));
        List<WebElement> wholeForm = browser.findElements(By.cssSelector("#whole-form li"));
        assertThat(markers.size() + wholeForm.size()).isEqualTo(expected.get("findings").size());
        for (JsonNode f : expected.get("findings")) {
            String rule = f.get("rule").asString();
            WebElement marker = browser.findElement(By.cssSelector(
                    "#form button.marker[data-rule='" + rule + "'][data-field='" + f.get("field").asString() + "']"));
            assertThat(cellOf(marker)).as(rule).isEqualTo(f.get("field").asString());
            assertThat(marker.getAttribute("class")).contains("sev-" + f.get("severity").asString());
        }
        assertThat(browser.findElements(By.cssSelector("#finding-list button.finding"))).hasSize(markers.size());
    }

    /** A waiver recorded by a reviewer (here the admin) shows on the page: counted apart, marked, with its reason. */
    @Test
    void aWaivedFindingIsShownApartWithItsWaiver() throws Exception {
        String project = "豁免演示项目-" + java.util.UUID.randomUUID();
        Path form = Files.createTempFile("waived", ".json");
        Files.writeString(form, Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"))
                .replace("灵活就业群体会员专项工作经费", project));
        LiveClient client = new LiveClient(port);
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + LiveService.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var created = client.send(client.at("/api/v1/waivers").header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"rule\": \"BUD-001\", \"unit\": \"上海市总工会\", "
                        + "\"project\": \"" + project + "\", \"year\": 2019, \"reason\": \"上年资金于12月下达\", "
                        + "\"expires\": \"" + java.time.LocalDate.now().plusDays(30) + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = new ObjectMapper().readTree(created.body()).get("id").asString();
        try {
            upload(form);
            assertThat(waitFor(By.cssSelector(".summary .status")).getText()).isEqualTo("通过");
            assertThat(text(By.cssSelector(".summary .count.sev-WAIVED"))).isEqualTo("1 条已豁免");
            assertThat(text(By.cssSelector(".summary .count.sev-WARNING"))).isEqualTo("3 个警告");
            WebElement waived = browser.findElement(By.cssSelector("#finding-list button.finding.waived"));
            assertThat(waived.getAttribute("data-rule")).isEqualTo("BUD-001");
            assertThat(waived.getText()).contains("已豁免", "admin", "上年资金于12月下达");
            assertThat(browser.findElements(By.cssSelector("#finding-list button.finding.waived"))).hasSize(1);
            WebElement marker = browser.findElement(By.cssSelector("#form button.marker.waived[data-rule='BUD-001']"));
            assertThat(cellOf(marker)).isEqualTo("/lastYearSpent");
            screenshot("waived-finding");
        } finally {
            client.send(client.at("/api/v1/waivers/" + id).header("Authorization", auth).DELETE());
            Files.deleteIfExists(form);
        }
    }

    @Test
    void lastYearsFormFromTheHistoryIsNamedByVersionAndTimeInThePagesLanguage() throws Exception {
        String project = "上年对比项目-" + java.util.UUID.randomUUID();
        Path lastYear = Files.createTempFile("last-year", ".json");
        Path thisYear = Files.createTempFile("this-year", ".json");
        Files.writeString(lastYear, Files.readString(SEEDS.resolveSibling("previous/seed-5-flexible-employment-2018.json"))
                .replace("灵活就业群体会员专项工作经费", project));
        Files.writeString(thisYear, Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"))
                .replace("灵活就业群体会员专项工作经费", project));
        try {
            upload(lastYear); // stored: the history's form of 2018
            upload(thisYear);
            String previous = (String) browser.executeScript("return [...document.querySelectorAll('#summary .meta div')]"
                    + ".find(d => d.querySelector('dt').textContent === '比较的上年申报表').querySelector('dd').textContent");
            // the stored report in Chinese words, not the English reference the API keeps beside them
            assertThat(previous).startsWith("历史记录: 第 1 版，").contains(" 审核").endsWith("(2018)")
                    .doesNotContain("report", "version", "project");
            browser.findElement(By.id("lang-toggle")).click();
            assertThat(text(By.cssSelector("#summary .meta"))).contains("from the history: version 1, checked ");
        } finally {
            Files.deleteIfExists(lastYear);
            Files.deleteIfExists(thisYear);
        }
    }

    @Test
    void aWorkbookWithFiveSheetsOpensEachFormWithItsCells() {
        upload(Path.of("fixtures/office/five-forms-five-sheets.xlsx").toAbsolutePath());
        List<WebElement> rows = waitFor(By.id("forms-table")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3).getText()).contains("five-forms-five-sheets.xlsx", "表4!A1", "困难职工帮扶专项资金");

        rows.get(3).findElement(By.tagName("button")).click();
        WebElement marker = browser.findElement(By.cssSelector("#form button.marker[data-rule='TGT-001']"));
        assertThat(cellOf(marker)).isEqualTo("/indicators/8/target");
        marker.click();
        assertThat(waitFor(By.id("pop")).getText()).containsPattern("文件位置\\s+表4!D\\d+");
    }

    @Test
    void aMarkerOpensTheFindingWithSeenExpectedAndRegulation_andTheListScrollsToIt() {
        upload(SEEDS.resolve("seed-4-worker-assistance.txt"));
        WebElement item = waitFor(By.cssSelector("#finding-list button.finding[data-rule='TGT-001']"));
        item.click();

        WebElement pop = waitFor(By.id("pop"));
        assertThat(pop.getText()).contains("TGT-001", "“$\\geq 90\\%$”", "应为", "≥90%", "财预〔2015〕88号", "文件位置", "第 35 行")
                .doesNotContain("[object");
        WebElement marker = browser.findElement(By.cssSelector("#form button.marker[data-rule='TGT-001']"));
        assertThat(marker.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.switchTo().activeElement()).isEqualTo(marker);
        assertThat((Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight", marker)).as("scrolled into view").isTrue();
        // the 读取结果 column: how the target value was read
        assertThat(text(By.cssSelector("tr[data-pointer='/indicators/8'] td.read"))).contains("比率", "≥ 90 %", "含格式标记");

        screenshot("check-page-finding");
        marker.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("pop")));
        assertThat(marker.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void theLanguageSwitchesWithOneClickAndIsRemembered() {
        upload(SEEDS.resolve("seed-5-flexible-employment.json"));
        waitFor(By.id("result"));
        assertThat(text(By.id("intake-heading"))).isEqualTo("上传申报表");
        assertThat(text(By.cssSelector("#finding-list button.finding[data-rule='BUD-001']"))).contains("上年预算执行率 85.4%");

        browser.findElement(By.id("lang-toggle")).click();

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.id("intake-heading"))).isEqualTo("Upload declarations");
        assertThat(text(By.cssSelector(".summary .status"))).isEqualTo("PASS");
        assertThat(text(By.cssSelector("#finding-list button.finding[data-rule='BUD-001']")))
                .contains("Last year's execution rate was 85.4%", "Last year's spending");
        phoneScreenshot("english");
        browser.navigate().refresh();
        assertThat(waitFor(By.id("intake-heading")).getText()).isEqualTo("Upload declarations");
        browser.findElement(By.id("lang-toggle")).click();
        assertThat(text(By.id("intake-heading"))).isEqualTo("上传申报表");
    }

    @Test
    void filtersBySeverityAndCategory() {
        upload(SEEDS.resolve("seed-5-flexible-employment.json"));
        waitFor(By.id("result"));
        By listed = By.cssSelector("#finding-list button.finding");
        int all = browser.findElements(listed).size();
        int infos = browser.findElements(By.cssSelector("#finding-list button.finding.sev-INFO")).size();
        assertThat(infos).isPositive();

        browser.findElement(By.cssSelector("label[for='filter-sev-INFO']")).click();
        assertThat(browser.findElements(listed)).hasSize(all - infos).hasSize(4)
                .allSatisfy(b -> assertThat(b.getAttribute("class")).contains("sev-WARNING"));
        assertThat(browser.findElements(By.cssSelector("#form button.marker.sev-INFO"))).isEmpty();

        browser.findElement(By.cssSelector("label[for='filter-cat-targets']")).click();
        assertThat(browser.findElements(listed)).extracting(b -> b.getAttribute("data-rule"))
                .containsExactlyInAnyOrder("BUD-001", "BUD-002", "FORM-007");
    }

    @Test
    void aFileWithFiveFormsGetsATableOfFormsThatOpensEach() throws IOException {
        JsonNode seed4 = new YAMLMapper().readTree(SEEDS.resolve("seed-4-worker-assistance.expected.yaml").toFile());
        long[] counts = Stream.of("ERROR", "WARNING", "INFO").mapToLong(sev -> java.util.stream.StreamSupport
                .stream(seed4.get("findings").spliterator(), false)
                .filter(f -> f.get("severity").asString().equals(sev)).count()).toArray();
        upload(SEEDS.resolve("000_e82864895a36c2f5.txt"));
        List<WebElement> rows = waitFor(By.id("forms-table")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3).getText()).contains("困难职工帮扶专项资金", "通过",
                counts[0] + " / " + counts[1] + " / " + counts[2]);

        rows.get(3).findElement(By.tagName("button")).click();

        assertThat(text(By.id("summary-heading"))).isEqualTo("困难职工帮扶专项资金");
        WebElement marker = browser.findElement(By.cssSelector("#form button.marker[data-rule='TGT-001']"));
        assertThat(cellOf(marker)).isEqualTo("/indicators/8/target");
        assertThat(browser.findElements(By.cssSelector("#forms-table button[aria-pressed='true']"))).hasSize(1);
    }

    @Test
    void anUnreadableFileIsNamedWithItsReasonBesideTheFormsThatWereRead() throws IOException {
        Path notAForm = Files.createTempDirectory(downloads, "upload").resolve("会议纪要.txt");
        Files.writeString(notAForm, "2019年第一次会议纪要\n出席：张三、李四\n");
        upload(SEEDS.resolve("seed-1-hardship-allowance.json"), notAForm);

        List<WebElement> rows = waitFor(By.id("forms-table")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("市劳模低收入生活困难补助金", "通过");
        assertThat(rows.get(1).getAttribute("class")).contains("unreadable");
        assertThat(rows.get(1).getText()).contains("会议纪要.txt", "无法读取", "文件中没有找到申报表")
                .doesNotContain("Exception", "at org.", "no declaration form found");
        assertThat(rows.get(1).findElement(By.cssSelector(".error-text")).getAttribute("title"))
                .as("the service's English detail stays at hand").contains("no declaration form found");
        assertThat(text(By.id("summary-heading"))).isEqualTo("市劳模低收入生活困难补助金"); // the readable one is open
    }

    @Test
    void theReportDownloadsAsJsonAndSarif() throws Exception {
        upload(SEEDS.resolve("seed-5-flexible-employment.txt"));
        int findings = browser.findElements(By.cssSelector("#finding-list button.finding")).size();
        waitFor(By.id("download-json")).click();
        Path json = downloads.resolve("seed-5-flexible-employment.report.json");
        await().until(d -> Files.exists(json));
        JsonNode report = new ObjectMapper().readTree(Files.readString(json));
        assertThat(report.at("/summary/status").asString()).isEqualTo("PASS");
        assertThat(report.at("/findings/0/ruleId").asString()).isEqualTo("BUD-001");
        assertThat(report.at("/canonical/projectName").asString()).isEqualTo("灵活就业群体会员专项工作经费");

        browser.findElement(By.id("download-sarif")).click();
        Path sarif = downloads.resolve("seed-5-flexible-employment.sarif");
        await().until(d -> Files.exists(sarif));
        JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
        assertThat(log.at("/version").asString()).isEqualTo("2.1.0");
        assertThat(log.at("/runs/0/results")).hasSize(findings);
        assertThat(report.at("/findings")).hasSize(findings);
    }

    @Test
    void thePrintedReportHasTheFormUnitDateRuleSetAndEveryFindingInChinese() {
        upload(SEEDS.resolve("seed-5-flexible-employment.json"));
        waitFor(By.id("result"));
        browser.findElement(By.id("lang-toggle")).click(); // the page in English; the print stays Chinese
        int findings = browser.findElements(By.cssSelector("#finding-list button.finding")).size();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement report = browser.findElement(By.id("print-report"));
            assertThat(report.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("intake-heading")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".workspace")).isDisplayed()).isFalse();
            String version = (String) browser.executeScript("return document.querySelector('.meta').textContent");
            assertThat(report.getText()).contains("绩效目标申报表审核报告", "灵活就业群体会员专项工作经费", "上海市总工会",
                    "审核日期", "规则集版本", "上年预算执行率 85.4%").doesNotContain("Last year");
            assertThat(version).contains(report.findElement(By.xpath("//dt[.='规则集版本']/following-sibling::dd[1]")).getText());
            assertThat(report.findElements(By.cssSelector("tbody tr"))).hasSize(findings);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theRulesPageListsTheCatalogueAndSearchesIt() throws IOException {
        JsonNode fixture = new YAMLMapper().readTree(Path.of("fixtures/rules/BUD-001.yaml").toFile());
        browser.get(url("/rules.html"));
        await().until(d -> d.findElements(By.cssSelector("#rules-table tbody tr")).size() >= 30);
        WebElement row = browser.findElement(By.cssSelector("#rules-table tr[data-rule='BUD-001']"));
        assertThat(row.getText()).contains("上年预算执行率偏低", "警告", "预算", "财预〔2015〕88号", "fixtures/rules/BUD-001.yaml",
                "budget.executionRate.warningBelow = 0.9", fixture.get("cases").size() + " 个用例");
        row.findElement(By.cssSelector("details.cases summary")).click();
        assertThat(row.findElements(By.cssSelector("details.cases li"))).hasSize(fixture.get("cases").size())
                .first().extracting(WebElement::getText).asString()
                .contains(fixture.at("/cases/0/name").asString(), "应触发");
        screenshot("rules-page");

        WebElement search = browser.findElement(By.id("rule-search"));
        search.sendKeys("tgt-006");
        assertThat(browser.findElements(By.cssSelector("#rules-table tbody tr")))
                .extracting(r -> r.getAttribute("data-rule")).containsExactly("TGT-006");
        assertThat(text(By.id("rule-count"))).startsWith("显示 1 /");
        search.clear();
        search.sendKeys("budget.executionRate.errorBelow"); // a parameter finds the rules that read it
        assertThat(browser.findElements(By.cssSelector("#rules-table tbody tr")))
                .extracting(r -> r.getAttribute("data-rule")).contains("BUD-001").doesNotContain("TGT-006");
    }

    @Test
    void errorsAreSaidInWordsNeverAsAStackTrace() {
        browser.findElement(By.id("paste")).sendKeys("这不是申报表");
        browser.findElement(By.cssSelector("#paste-form button")).click();
        String problem = waitFor(By.id("problem")).getText();
        assertThat(problem).contains("无法作为申报表读取").doesNotContain("Exception", "at org.");

        upload(Path.of("fixtures/broken/not-a-form.txt").toAbsolutePath());
        assertThat(waitFor(By.id("problem")).getText()).contains("文件“not-a-form.txt”无法读取：", "文件中没有找到申报表")
                .doesNotContain("Exception", "at org.");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();

        browser.executeScript("document.getElementById('paste').value = 'x'.repeat(300000)");
        browser.findElement(By.cssSelector("#paste-form button")).click();
        await().until(d -> text(By.id("problem")).contains("上限"));
        assertThat(text(By.id("problem"))).contains("超过服务允许的大小", "195 KB");
    }

    /** The service's own words in the page's language, which name the line and column of broken JSON. */
    @Test
    void whatWentWrongFollowsTheLanguageSwitch() {
        upload(Path.of("fixtures/broken/not-a-form.txt").toAbsolutePath());
        assertThat(waitFor(By.id("problem")).getText()).startsWith("无法审核").contains("文件“not-a-form.txt”无法读取：");

        browser.findElement(By.id("lang-toggle")).click();
        assertThat(text(By.id("problem"))).startsWith("Could not check").contains("File \"not-a-form.txt\" could not be read: ")
                .doesNotContain("无法审核", "无法读取")
                .doesNotContain("read: not-a-form.txt:"); // the file named once, though the service's English names it too
        browser.findElement(By.id("lang-toggle")).click();
        assertThat(text(By.id("problem"))).startsWith("无法审核").contains("文件“not-a-form.txt”无法读取：");

        // a check that then succeeds clears it, in either language
        upload(SEEDS.resolve("seed-5-flexible-employment.json"));
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
        browser.findElement(By.id("lang-toggle")).click();
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
    }

    @Test
    void aBrokenJsonFileIsToldWithItsLineAndColumnInThePagesLanguage() throws IOException {
        Path broken = Files.createTempDirectory(downloads, "upload").resolve("broken.json");
        Files.writeString(broken, "{\"unit\": \"A\",\n \"x\": }");
        upload(broken);
        await().until(d -> text(By.id("problem")).contains("JSON"));
        assertThat(text(By.id("problem"))).contains("文件“broken.json”无法读取：", "第 2 行第 7 列：不是有效的 JSON：此处应为一个值")
                .doesNotContain("not valid JSON");

        browser.findElement(By.id("lang-toggle")).click();
        upload(broken);
        await().until(d -> text(By.id("problem")).contains("not valid JSON"));
        assertThat(text(By.id("problem"))).contains("not valid JSON at line 2, column 7: a value is expected here");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        upload(SEEDS.resolve("seed-4-worker-assistance.json"));
        waitFor(By.id("result"));
        browser.findElement(By.cssSelector("#form button.marker[data-rule='IND-003']")).click();
        assertThat(seriousViolations()).as("check page").isEmpty();
        browser.get(url("/rules.html"));
        await().until(d -> d.findElements(By.cssSelector("#rules-table tbody tr")).size() >= 30);
        assertThat(seriousViolations()).as("rules page").isEmpty();
    }

    @Test
    void nothingOverflowsOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        upload(SEEDS.resolve("seed-4-worker-assistance.json"));
        waitFor(By.id("result"));
        phoneScreenshot("phone-check-page");
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.get(url("/rules.html"));
        await().until(d -> d.findElements(By.cssSelector("#rules-table tbody tr")).size() >= 30);
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }

    @Test
    void aValueWithoutABreakWrapsInTheFindingList() throws IOException {
        Path form = Files.createTempFile("no-break", ".json");
        String digits = "9".repeat(300);
        Files.writeString(form, Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"))
                .replace("\"target\" : \"100%\"", "\"target\" : \"≥" + digits + "%\""));
        try {
            upload(form);
            waitFor(By.id("result"));
            WebElement finding = browser.findElement(By.cssSelector("#finding-list button.finding[data-rule='TGT-003']"));
            assertThat(finding.getText()).contains(digits.substring(0, 20));
            assertThat((Boolean) browser.executeScript("const l = document.getElementById('finding-list');"
                    + " return l.scrollWidth <= l.clientWidth + 1")).as("the list scrolls sideways").isTrue();
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        } finally {
            Files.deleteIfExists(form);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> seriousViolations() throws IOException {
        String axe;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar").isNotNull();
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        browser.executeScript(axe);
        var result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        assertThat(result.get("error")).isNull();
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("id") + ": " + v.get("help") + " " + ((List<Map<String, Object>>) v.get("nodes"))
                        .stream().map(n -> String.valueOf(n.get("target"))).toList());
            }
        }
        return serious;
    }

    /** For looking at a layout (not in the README). */
    private void phoneScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A 1280x800 picture of the page as it is now, for docs/images (see README). */
    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
