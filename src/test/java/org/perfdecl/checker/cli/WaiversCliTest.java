package org.perfdecl.checker.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.cli.CheckCommandTest.cli;

/** {@code check --waivers FILE}: a unit's pre-submission run with the waivers its reviewer granted. */
class WaiversCliTest {

    @TempDir
    static Path dir;
    private static Path form;

    /** seed 5 with one ERROR: this year's budget above the total (BUD-005). */
    @BeforeAll
    static void form() throws Exception {
        form = dir.resolve("seed-5.json");
        Files.writeString(form, Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replace("\"totalBudget\" : 8100000", "\"totalBudget\" : 8000000"));
    }

    private static Path waivers(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void theOnlyErrorWaivedTheRunPassesAndTheSarifShowsItSuppressed() throws Exception {
        CheckCommandTest.Run before = cli("check", form.toString());
        assertThat(before.exit()).isEqualTo(1);

        Path file = waivers("waivers.yaml", """
                waivers:
                  - id: W-2026-007
                    rule: BUD-005
                    unit: 上海市总工会
                    project: 灵活就业群体会员专项工作经费
                    year: 2019
                    reason: 追加预算已获批，总额待调整
                    approvedBy: 李四（预算处）
                    expires: 2999-12-31
                  - rule: BUD-099
                    all: true
                    reason: 已停用的规则
                    approvedBy: 王五
                    expires: 2999-12-31
                """);
        Path sarif = dir.resolve("waived.sarif");
        CheckCommandTest.Run after = cli("check", "--waivers", file.toString(), "--format", "sarif", "-o", sarif.toString(),
                form.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.err()).contains("warning: " + file + " line 10, field 'rule': 'BUD-099' is not a rule ID of this rule set");
        JsonNode results = DeclarationJson.MAPPER.readTree(Files.readString(sarif)).at("/runs/0/results");
        JsonNode bud005 = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asString().equals("BUD-005")) {
                bud005 = r;
            }
        }
        assertThat(bud005.at("/suppressions/0/justification").asString()).isEqualTo("追加预算已获批，总额待调整");
        CiIntegrationTest.validatesClean(sarif);
    }

    @Test
    void anExpiredWaiverIsToldAndItsFindingFailsTheRunAgain() throws Exception {
        Path file = waivers("expired.yaml", """
                waivers:
                  - rule: BUD-005
                    unit: 上海市总工会
                    reason: 去年批的
                    approvedBy: 李四
                    expires: 2020-12-31
                """);
        CheckCommandTest.Run run = cli("check", "--waivers", file.toString(), "--format", "json", form.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("warning: " + file + " line 6, field 'expires': waiver expired.yaml#1 expired on 2020-12-31");
        assertThat(run.err()).contains("警告：" + file + " 第 6 行，字段“expires”：豁免 expired.yaml#1 已于 2020-12-31 到期");
        assertThat(run.json().at("/summary/status").asString()).isEqualTo("FAIL");
        assertThat(run.json().at("/summary/waived").asInt()).isZero();
    }

    @Test
    void aBadWaiversFileIsUnusableInputNamingFileLineAndField() throws Exception {
        Path file = waivers("bad.yaml", """
                waivers:
                  - rule: BUD-005
                    all: true
                    reason: 说明
                    approvedBy: 李四
                    expires: 31/12/2026
                """);
        CheckCommandTest.Run run = cli("check", "--waivers", file.toString(), form.toString());
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).isEqualTo(file + " 第 6 行，字段“expires”：应为 YYYY-MM-DD 格式的日期，收到的是“31/12/2026”\n"
                + file + " line 6, field 'expires': expected a date as YYYY-MM-DD, got '31/12/2026'\n");
        assertThat(run.out()).isEmpty();

        CheckCommandTest.Run missing = cli("check", "--waivers", dir.resolve("nope.yaml").toString(), form.toString());
        assertThat(missing.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(missing.err()).isEqualTo(dir.resolve("nope.yaml") + "：没有这个豁免文件\n" + dir.resolve("nope.yaml") + ": no such waivers file\n");
    }
}
