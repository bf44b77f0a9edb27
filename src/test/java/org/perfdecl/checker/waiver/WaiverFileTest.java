package org.perfdecl.checker.waiver;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The --waivers file: what it reads, and every mistake named by line and field. */
class WaiverFileTest {

    private static final Set<String> RULES = Set.of("BUD-001", "TGT-004");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static WaiverFile.Loaded parse(String yaml) {
        return WaiverFile.parse("waivers.yaml", yaml, RULES, TODAY);
    }

    private static String problems(String yaml) {
        try {
            parse(yaml);
        } catch (WaiverFile.InvalidException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void readsEachScopeTheFieldAndDefaultIds() {
        WaiverFile.Loaded loaded = parse("""
                waivers:
                  - id: W-2026-001
                    rule: BUD-001
                    unit: 上海市总工会
                    project: 灵活就业群体会员专项工作经费
                    year: 2019
                    field: /lastYearSpent
                    reason: 上年资金于12月下达
                    approvedBy: 李四（预算处）
                    expires: 2026-12-31
                  - rule: TGT-004
                    unit: 上海市总工会
                    reason: 是否类指标按百分比填报，经处务会同意
                    approvedBy: 王五
                    expires: 2026-06-30
                  - rule: TGT-004
                    all: true
                    reason: 全市口径
                    approvedBy: 王五
                    expires: 2026-06-30
                """);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.waivers()).containsExactly(
                new Waiver("W-2026-001", "BUD-001", new WaiverScope.Project("上海市总工会", "灵活就业群体会员专项工作经费", 2019),
                        "/lastYearSpent", "上年资金于12月下达", "李四（预算处）", LocalDate.of(2026, 12, 31)),
                new Waiver("waivers.yaml#2", "TGT-004", new WaiverScope.Unit("上海市总工会"), null,
                        "是否类指标按百分比填报，经处务会同意", "王五", LocalDate.of(2026, 6, 30)),
                new Waiver("waivers.yaml#3", "TGT-004", new WaiverScope.All(), null, "全市口径", "王五", LocalDate.of(2026, 6, 30)));
    }

    @Test
    void everyMistakeIsNamedByLineAndField() {
        String message = problems("""
                waivers:
                  - rule: BUD-001
                    unit: 上海市总工会
                    year: 2019
                    feild: /lastYearSpent
                    reason: 说明
                    expires: 2026-31-12
                  - rule: TGT-004
                    reason: 说明
                    approvedBy: 王五
                    expires: 2026-06-30
                """);
        assertThat(message.lines()).containsExactlyInAnyOrder(
                "waivers.yaml line 5, field 'feild': unknown field; a waiver has id, rule, all, unit, project, year, field, reason, approvedBy, expires",
                "waivers.yaml line 2, field 'approvedBy': required",
                "waivers.yaml line 7, field 'expires': expected a date as YYYY-MM-DD, got '2026-31-12'",
                "waivers.yaml line 2, field 'project': a waiver for one project needs its unit, project and year",
                "waivers.yaml line 8, field 'unit': say which forms the waiver covers: unit (with project and year for one project), or 'all: true' for every form");
    }

    @Test
    void theExpiryDateIsRequiredAndAllMustBeSaidAlone() {
        assertThat(problems("waivers:\n  - rule: BUD-001\n    all: true\n    reason: r\n    approvedBy: a\n"))
                .isEqualTo("waivers.yaml line 2, field 'expires': required: the last day the waiver applies (YYYY-MM-DD)");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    all: true\n    unit: u\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 3, field 'all': 'all: true' covers every form; it cannot also name a unit, project or year");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    all: yes please\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 3, field 'all': write 'all: true' for every form, or leave it out");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    unit: u\n    reason: ''\n    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 4, field 'reason': is blank");
    }

    /** A unit of U+00A0 alone gave the service a 500 (the scope's constructor threw) and the command line a bare error. */
    @Test
    void aNameOrReasonOfSpacesOrZeroWidthCharactersAloneIsBlank() {
        assertThat(problems("waivers:\n  - rule: BUD-001\n    unit: \"\\u00a0\"\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 3, field 'unit': is blank");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    unit: u\n    project: \"\\u3000\\u00a0\"\n    year: 2019\n    reason: r\n"
                + "    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 4, field 'project': is blank");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    unit: u\n    reason: \"\\u200b\"\n    approvedBy: \"\\u00a0\\ufeff\"\n"
                + "    expires: 2026-12-31\n").lines())
                .containsExactlyInAnyOrder("waivers.yaml line 4, field 'reason': is blank", "waivers.yaml line 5, field 'approvedBy': is blank");
    }

    @Test
    void aFileBeyondTheReadersLimitIsToldTooLargeNotBroken() {
        String big = "waivers:\n" + ("  # " + "长".repeat(200) + "\n").repeat(16_000);
        assertThat(problems(big)).isEqualTo("waivers.yaml: too large: a waivers file may hold at most 3,145,728 characters");
    }

    @Test
    void aYearNoBudgetCanHaveIsRefused() {
        for (String year : List.of("1019", "1800", "0000", "3019", "9999")) {
            assertThat(problems("waivers:\n  - rule: BUD-001\n    unit: u\n    project: p\n    year: " + year
                    + "\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"))
                    .isEqualTo("waivers.yaml line 5, field 'year': expected a budget year such as 2026, got '" + year + "'");
        }
        assertThat(parse("waivers:\n  - rule: BUD-001\n    unit: u\n    project: p\n    year: 1900\n    reason: r\n"
                + "    approvedBy: a\n    expires: 2026-12-31\n").waivers()).hasSize(1);
    }

    @Test
    void notYamlAWrongShapeAndADuplicateIdAreRefused() {
        assertThat(problems("waivers:\n  - rule: [BUD-001\n")).startsWith("waivers.yaml line 3: not valid YAML: ");
        assertThat(problems("- rule: BUD-001\n")).isEqualTo("waivers.yaml: expected a list under 'waivers:' (see the README for the format)");
        assertThat(problems("waivers:\n  rule: BUD-001\n")).isEqualTo("waivers.yaml line 2, field 'waivers': expected a list of waivers (lines starting with '- ')");
        String twice = "  - id: W-1\n    rule: BUD-001\n    all: true\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n";
        assertThat(problems("waivers:\n" + twice + twice)).isEqualTo("waivers.yaml line 8, field 'id': 'W-1' is the id of an earlier waiver too");
        assertThat(problems("waivers:\n  - rule: BUD-001\n    rule: TGT-004\n    all: true\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"))
                .isEqualTo("waivers.yaml line 3, field 'rule': given twice in one waiver");
    }

    /** bud-001 was applied over HTTP (upper-cased there) but warned about as an unknown rule in a file. */
    @Test
    void aRuleIdInSmallOrFullWidthLettersNamesItsRule() {
        WaiverFile.Loaded loaded = parse("waivers:\n  - rule: bud-001\n    all: true\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n"
                + "  - rule: ｔｇｔ－００４\n    all: true\n    reason: r\n    approvedBy: a\n    expires: 2026-12-31\n");
        assertThat(loaded.waivers()).extracting(Waiver::ruleId).containsExactly("BUD-001", "TGT-004");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void anUnknownRuleAndAnExpiredWaiverAreWarningsNotErrors() {
        WaiverFile.Loaded loaded = parse("""
                waivers:
                  - rule: BUD-099
                    all: true
                    reason: 旧规则
                    approvedBy: 王五
                    expires: 2026-12-31
                  - rule: BUD-001
                    all: true
                    reason: 去年的
                    approvedBy: 王五
                    expires: 2026-02-28
                """);
        assertThat(loaded.waivers()).hasSize(2);
        assertThat(loaded.warnings()).containsExactly(
                "waivers.yaml line 2, field 'rule': 'BUD-099' is not a rule ID of this rule set; the waiver accepts nothing",
                "waivers.yaml line 11, field 'expires': waiver waivers.yaml#2 expired on 2026-02-28; its findings count again");
        assertThat(loaded.warningMessages()).extracting(org.perfdecl.checker.report.LocalizedText::zh).containsExactly(
                "waivers.yaml 第 2 行，字段“rule”：“BUD-099”不是本规则集的规则编号；这条豁免不豁免任何审核意见",
                "waivers.yaml 第 11 行，字段“expires”：豁免 waivers.yaml#2 已于 2026-02-28 到期；它豁免的审核意见重新计入");
        assertThat(loaded.warningMessages()).extracting(org.perfdecl.checker.report.LocalizedText::en).isEqualTo(loaded.warnings());
    }

    @Test
    void aFilesProblemsAreToldInChineseThenInEnglish() {
        try {
            parse("""
                    waivers:
                      - rule: BUD-001
                        all: yes
                        reason: 去年的
                        approvedBy: 王五
                        expires: 2026-02-30
                    """);
            throw new AssertionError("accepted");
        } catch (WaiverFile.InvalidException e) {
            assertThat(e.getMessage()).contains("waivers.yaml line 3, field 'all': write 'all: true' for every form, or leave it out");
            assertThat(e.describeBoth()).startsWith("waivers.yaml 第 6 行，字段“expires”：应为 YYYY-MM-DD 格式的日期，收到的是“2026-02-30”\n"
                            + "waivers.yaml 第 3 行，字段“all”：要适用于所有申报表请写“all: true”，否则不写\n")
                    .endsWith(e.getMessage());
            assertThat(e.problems()).extracting(p -> p.text().en()).containsExactlyElementsOf(
                    e.problems().stream().map(WaiverFile.Problem::message).toList());
        }
    }

    @Test
    void aWaiverPostedAsJsonIsReadByTheSameRulesWithoutIdOrApprover() {
        WaiverRequest request = WaiverFile.request("""
                {"rule": "BUD-001", "unit": "上海市总工会", "project": "灵活就业群体会员专项工作经费", "year": 2019,
                 "field": "/lastYearSpent", "reason": "资金12月下达", "expires": "2026-12-31"}""");
        assertThat(request).isEqualTo(new WaiverRequest("BUD-001", new WaiverScope.Project("上海市总工会", "灵活就业群体会员专项工作经费", 2019),
                "/lastYearSpent", "资金12月下达", LocalDate.of(2026, 12, 31)));

        try {
            WaiverFile.request("{\"rule\": \"BUD-001\", \"all\": true, \"approvedBy\": \"me\", \"expires\": \"2026-13-01\"}");
            throw new AssertionError("accepted");
        } catch (WaiverFile.InvalidException e) {
            assertThat(e.problems()).extracting(WaiverFile.Problem::field).containsExactlyInAnyOrder("approvedBy", "reason", "expires");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("approvedBy")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("unknown field; a waiver has rule, all, unit, project, year, field, reason, expires"));
        }
        try {
            WaiverFile.request("[1, 2]");
            throw new AssertionError("accepted");
        } catch (WaiverFile.InvalidException e) {
            assertThat(e.getMessage()).startsWith("the request body line 1: expected a JSON object with rule, reason, expires");
        }
    }

    /** The problems a request body is refused with. */
    private static java.util.List<WaiverFile.Problem> refused(String body) {
        WaiverFile.InvalidException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                WaiverFile.InvalidException.class, () -> WaiverFile.request(body));
        assertThat(e).as("refused: " + body).isNotNull();
        return e.problems();
    }

    @Test
    void nullsDatesBeyondTheFormatAndHiddenCharactersAreEachNamed() {
        var nulls = refused("{\"rule\": null, \"unit\": null, \"reason\": null, \"expires\": null}");
        assertThat(nulls).extracting(WaiverFile.Problem::field).contains("rule", "reason", "expires");
        assertThat(nulls).filteredOn(p -> p.field().equals("rule")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("required, is null"));
        for (String expires : new String[]{"+10000-01-01", "2026-1-31", "20261231"}) {
            assertThat(refused("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"r\", \"expires\": \"" + expires + "\"}"))
                    .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("expected a date as YYYY-MM-DD, got '" + expires + "'"));
        }
        for (String reason : new String[]{"a\\u0000b", "a\\u202Eb"}) {
            assertThat(refused("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"" + reason + "\", \"expires\": \"2026-12-31\"}"))
                    .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("contains control or text-direction characters"));
        }
    }

    @Test
    void halfOfASurrogatePairIsNamedWhileAWholeOneIsKept() {
        // JSON can write a lone surrogate as an escape; nothing that stores or shows the waiver can keep it
        for (String reason : new String[]{"a\\ud800b", "a\\udc00", "\\ud83d"}) {
            assertThat(refused("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"" + reason + "\", \"expires\": \"2026-12-31\"}"))
                    .singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("reason");
                        assertThat(p.message()).startsWith("contains half of a character");
                        assertThat(p.text().zh()).startsWith("含有残缺的字符");
                    });
        }
        assertThat(WaiverFile.request("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"\\ud83d\\ude00 𠮷\", "
                + "\"expires\": \"2026-12-31\"}").reason()).isEqualTo("😀 𠮷");
    }

    @Test
    void aFieldThatNoFindingCanNameIsRefusedInARequestAndWarnedAboutInAFile() {
        // and a misspelt name or pointer, which no finding names either (the names are the form schema's)
        for (String field : new String[]{"上年执行数", "indicators[3]", "/indicators/3/目标值", "last year spent", "/lastYearSpnt",
                "/IndicatorS/3", "lastYearSpnt", "/indicators/target", "/indicators/3/targets", "/budgetYear/3"}) {
            assertThat(refused("{\"rule\": \"BUD-001\", \"all\": true, \"field\": \"" + field
                    + "\", \"reason\": \"r\", \"expires\": \"2026-12-31\"}"))
                    .singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("field");
                        assertThat(p.message()).startsWith("'" + field + "' is no field of a form, so the waiver would accept nothing");
                        assertThat(p.text().zh()).startsWith("“" + field + "”不是申报表的字段");
                    });
        }
        for (String field : new String[]{"/lastYearSpent", "/indicators/3/target", "lastYearSpent", "/", "/indicators/3", "/indicators/",
                "target", "level3", "/subProjects/0/name", "/projectType/1/checked", "/indicators"}) {
            assertThat(WaiverFile.request("{\"rule\": \"BUD-001\", \"all\": true, \"field\": \"" + field
                    + "\", \"reason\": \"r\", \"expires\": \"2026-12-31\"}").field()).isEqualTo(field);
        }
        // a file the service exported before keeps loading: the waiver is told, as one for a retired rule
        WaiverFile.Loaded loaded = parse("""
                waivers:
                  - rule: BUD-001
                    all: true
                    field: 上年执行数
                    reason: 按标签写的字段
                    approvedBy: 王五
                    expires: 2026-12-31
                """);
        assertThat(loaded.waivers()).hasSize(1);
        assertThat(loaded.warnings()).singleElement().asString()
                .startsWith("waivers.yaml line 4, field 'field': '上年执行数' is no field of a form");
    }
}
