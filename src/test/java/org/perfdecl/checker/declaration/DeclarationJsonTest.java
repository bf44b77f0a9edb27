package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationJsonTest {

    @Test
    void aFieldOfTheWrongTypeBecomesANoteAndTheRestIsRead() {
        Declaration d = DeclarationJson.read("""
                {"projectName": "P", "budgetYear": "abc", "indicators": "x", "projectType": [{"label": "A", "checked": "yes"}],
                 "totalBudget": "待定", "currentYearBudget": 100, "extra": 1}""");

        assertThat(d.projectName()).isEqualTo("P");
        assertThat(d.budgetYear()).isNull();
        assertThat(d.indicators()).isEmpty();
        assertThat(d.totalBudget()).isEqualTo(new Amount("待定", null));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(d.notes()).extracting(ReadingNote::field, ReadingNote::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/extra", "unknownField"),
                org.assertj.core.groups.Tuple.tuple("/budgetYear", "wrongType"),
                org.assertj.core.groups.Tuple.tuple("/indicators", "wrongType"),
                org.assertj.core.groups.Tuple.tuple("/projectType/0/checked", "wrongType"));
    }

    /**
     * A misspelt field inside a row of a table ({@code "targt"} in an indicator) was ignored without a word: the
     * indicator simply had no target. Now noted at its pointer, with the field it is a slip of; the row is still read.
     */
    @Test
    void anUnknownFieldOfARowIsNotedAtItsPointerWithTheFieldItIsASlipOf() {
        Declaration d = DeclarationJson.read("""
                {"projectName": "P", "projectNam": "Q", "colour": 1,
                 "indicators": [{"level1": "产出目标", "targt": "≥95%", "unit": "%"}, {"level4": "x", "Target": "1"}],
                 "subProjects": [{"name": "a", "amout": 5, "sources": [{"name": "b", "amount": 1, "why": 2}]}],
                 "projectType": [{"label": "A", "checked": true, "cheked": false}]}""");

        assertThat(d.indicators()).hasSize(2);
        assertThat(d.indicators().get(0).level1()).isEqualTo("产出目标");
        assertThat(d.indicators().get(0).target()).isNull();
        assertThat(d.notes()).extracting(ReadingNote::field, ReadingNote::problem, ReadingNote::expected, ReadingNote::raw)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/projectNam", "misspeltField", "projectName", "\"Q\""),
                        org.assertj.core.groups.Tuple.tuple("/colour", "unknownField", null, "1"),
                        org.assertj.core.groups.Tuple.tuple("/projectType/0/cheked", "misspeltField", "checked", "false"),
                        org.assertj.core.groups.Tuple.tuple("/subProjects/0/amout", "misspeltField", "amount", "5"),
                        org.assertj.core.groups.Tuple.tuple("/subProjects/0/sources/0/why", "unknownField", null, "2"),
                        org.assertj.core.groups.Tuple.tuple("/indicators/0/targt", "misspeltField", "target", "\"≥95%\""),
                        // level1, level2 and level3 are equally near: no guess
                        org.assertj.core.groups.Tuple.tuple("/indicators/1/level4", "unknownField", null, "\"x\""),
                        org.assertj.core.groups.Tuple.tuple("/indicators/1/Target", "misspeltField", "target", "\"1\""));
    }

    @Test
    void aFieldIsASlipOfAKnownOneOnlyWhenItIsNearOnlyThatOne() {
        java.util.Set<String> known = java.util.Set.of("unit", "name", "target", "lastYearBudget", "level1", "level2");
        assertThat(DeclarationJson.nearest("uint", known)).isEqualTo("unit");
        assertThat(DeclarationJson.nearest("lastYearBudgt", known)).isEqualTo("lastYearBudget");
        assertThat(DeclarationJson.nearest("lastYaerBudgte", known)).isEqualTo("lastYearBudget");
        assertThat(DeclarationJson.nearest("tar", known)).isNull();
        assertThat(DeclarationJson.nearest("level", known)).isNull();
        assertThat(DeclarationJson.nearest("projectCode", known)).isNull();
        assertThat(DeclarationJson.nearest("x".repeat(1000), known)).isNull();
    }

    @Test
    void aFieldOfARowThatIsNoTextIsNamedByItsWholePointerAndTheRowStillRead() {
        Declaration d = DeclarationJson.read("""
                {"projectName": "P",
                 "subProjects": [{"name": ["a"], "amount": 5}],
                 "indicators": [{"level1": "产出指标", "level3": "培训人数", "target": {"min": 3}, "unit": "人"}, "not a row",
                                {"level1": "效益指标", "projectType": 1, "target": "≥90%"}],
                 "projectType": [{"label": {"x": 1}, "checked": true}]}""");

        assertThat(d.subProjects()).singleElement().satisfies(s -> {
            assertThat(s.name()).isNull();
            assertThat(s.amount().value()).isEqualByComparingTo(BigDecimal.valueOf(5));
        });
        assertThat(d.indicators()).hasSize(3);
        assertThat(d.indicators().get(0).level3()).isEqualTo("培训人数");
        assertThat(d.indicators().get(0).unit()).isEqualTo("人");
        assertThat(d.indicators().get(2).target()).isEqualTo("≥90%");
        assertThat(d.projectType()).singleElement().satisfies(c -> assertThat(c.checked()).isTrue());
        assertThat(d.notes()).extracting(ReadingNote::field, ReadingNote::problem).contains(
                org.assertj.core.groups.Tuple.tuple("/subProjects/0/name", "wrongType"),
                org.assertj.core.groups.Tuple.tuple("/indicators/0/target", "wrongType"),
                org.assertj.core.groups.Tuple.tuple("/indicators/1", "wrongType"),
                org.assertj.core.groups.Tuple.tuple("/projectType/0/label", "wrongType"));
    }

    /** 上年预算执行率 as the form states it: read as written, a string or a number, and written back out. */
    @Test
    void aStatedExecutionRateIsAFieldOfTheDeclaration() {
        Declaration d = DeclarationJson.read("""
                {"projectName": "P", "lastYearExecutionRate": "45%"}""");

        assertThat(d.lastYearExecutionRate()).isEqualTo("45%");
        assertThat(d.notes()).isEmpty();
        assertThat(DeclarationJson.MAPPER.writeValueAsString(d)).contains("\"lastYearExecutionRate\" : \"45%\"");
        assertThat(DeclarationJson.read("{\"lastYearExecutionRate\": 0.45}").lastYearExecutionRate()).isEqualTo("0.45");
    }

    @Test
    void aFieldWrittenTwiceIsReadByItsLastValueAndNoted() {
        Declaration d = DeclarationJson.read("""
                {"budgetYear": 2019,
                 "budgetYear": 2020,
                 "indicators": [{"level1": "产出目标", "target": "90%", "target": "95%"}],
                 "previous": {"budgetYear": 2018}, "previous": {"budgetYear": 2017}}""");

        assertThat(d.budgetYear()).isEqualTo(2020);
        assertThat(d.indicators().get(0).target()).isEqualTo("95%");
        // the second "previous" is noted once, not each of its fields again
        assertThat(d.notes()).extracting(ReadingNote::field, ReadingNote::problem, ReadingNote::raw, n -> n.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/budgetYear", "repeatedField", "2020", 2),
                        org.assertj.core.groups.Tuple.tuple("/indicators/0/target", "repeatedField", "\"95%\"", 3),
                        org.assertj.core.groups.Tuple.tuple("/previous", "repeatedField", "{\"budgetYear\":2017}", 4));
    }

    @Test
    void aBrokenRowKeepsItsPlaceSoLaterPointersStayTrue() {
        Declaration d = DeclarationJson.read("""
                {"indicators": [7, {"level1": "产出目标", "target": "100%"}]}""");

        assertThat(d.indicators()).hasSize(2);
        assertThat(d.indicators().get(1).target()).isEqualTo("100%");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> DeclarationJson.read("{\n  \"unit\": \"A\",\n  \"projectName\": }"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("not valid JSON at line 3, column 18")
                .extracting(e -> ((InputException) e).line()).isEqualTo(3);
        assertThatThrownBy(() -> DeclarationJson.read("[1]")).hasMessageContaining("got array");
        assertThatThrownBy(() -> DeclarationJson.read("")).hasMessageContaining("empty");
    }

    @Test
    void writesNumbersForReadAmountsAndTheRawTextOtherwise() {
        Declaration d = DeclarationJson.read("""
                {"totalBudget": "7,270,000", "lastYearBudget": "待定", "startDate": "2019年1月1日", "endDate": "明年"}""");
        String json = DeclarationJson.write(d);

        assertThat(json).contains("\"totalBudget\" : 7270000", "\"lastYearBudget\" : \"待定\"",
                "\"startDate\" : \"2019-01-01\"", "\"endDate\" : \"明年\"");
    }

    @Test
    void everyFieldOfAJsonFileKnowsItsLine() throws Exception {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        Declaration d = DeclarationJson.read(json);

        java.util.List<String> lines = json.lines().toList();
        for (String pointer : java.util.List.of("/lastYearSpent", "/annualGoal", "/indicators/5/target", "/projectType/3/checked")) {
            Location at = d.sources().get(pointer);
            assertThat(at).as(pointer).isNotNull();
            String key = pointer.substring(pointer.lastIndexOf('/') + 1);
            assertThat(lines.get(at.line() - 1)).as(pointer).contains("\"" + key + "\"");
        }
        assertThat(d.sources().get("/indicators/5/target").line()).isGreaterThan(d.sources().get("/indicators/5").line());
        // the locations are made as asked for: walked whole (an explained report lists them), they are the same
        java.util.Map<String, Location> copied = new java.util.HashMap<>(d.sources());
        assertThat(copied).hasSize(d.sources().size()).containsEntry("/annualGoal", d.sources().get("/annualGoal"));
        assertThat(d.sources()).isEqualTo(copied).doesNotContainKey("/nowhere");
        assertThat(d.sources().get("/nowhere")).isNull();
    }

    /** As on a table form: a comparator in nature and a unit in unit join a bare number. */
    @org.junit.jupiter.api.Test
    void aTargetGivenApartFromItsComparatorAndUnitIsReadWhole() {
        var d = DeclarationJson.read("""
                {"indicators": [
                  {"level1": "产出指标", "level2": "质量指标", "level3": "合格率", "nature": "≥", "target": "95", "unit": "%"},
                  {"level1": "产出指标", "level2": "数量指标", "level3": "人数", "nature": "定量", "target": "≥30", "unit": "万人"},
                  {"level1": "产出指标", "level2": "数量指标", "level3": "人数", "nature": "≥", "target": "≤30万人", "unit": "万人"}]}""");

        org.assertj.core.api.Assertions.assertThat(d.indicators()).extracting(IndicatorRow::target)
                .containsExactly("≥95%", "≥30万人", "≤30万人");
    }
}
