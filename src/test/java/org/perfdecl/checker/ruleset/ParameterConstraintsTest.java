package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.RuleSetHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Parameters that contradict each other or their kind (parameters.yaml's constraints section) are
 * refused at load: one problem per mistake, at the parameter's line, with both values.
 */
class ParameterConstraintsTest {

    private static final String PARAMETERS = "parameters.yaml";

    private static Map<String, String> projectRules() {
        return new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
    }

    private static List<String> problemsWith(String from, String to) {
        Map<String, String> files = projectRules();
        String parameters = files.get(PARAMETERS);
        assertThat(parameters).contains(from);
        files.put(PARAMETERS, parameters.replace(from, to));
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(TestRules.source("test", files)));
        assertThat(refused).as("a rule set with " + to.strip() + " is refused").isNotNull();
        return refused.problems().stream().map(RuleProblem::toString).toList();
    }

    private static int line(String text, String key) {
        return ParameterLines.line(text, key);
    }

    private static String changed(String from, String to) {
        return projectRules().get(PARAMETERS).replace(from, to);
    }

    @Test
    void theBundledParametersKeepEveryConstraint() {
        RuleSet set = TestRules.ruleSet();
        assertThat(set.policy().has("constraints")).as("the section is no parameter").isFalse();
        assertThat(set.policy().flatten()).doesNotContainKey("constraints.ordered");
    }

    @Test
    void everyNumberTheRulesReadIsUnderAConstraint() {
        String parameters = projectRules().get(PARAMETERS);
        RuleSet set = TestRules.ruleSet();
        String section = parameters.substring(parameters.indexOf("\nconstraints:"));
        List<String> numbers = set.policy().flatten().entrySet().stream()
                .filter(e -> e.getValue() instanceof Number).map(Map.Entry::getKey).toList();
        // a key is under a constraint by its name, or by its mapping's (reading.amountUnits.* covers 万元)
        assertThat(numbers).isNotEmpty().allSatisfy(key -> assertThat(section.contains(key)
                || section.contains(key.substring(0, key.lastIndexOf('.')) + ".*")).as(key).isTrue());
        assertThat(section).contains("reading.amountUnits.*");
    }

    @Test
    void aWarningLineBelowTheErrorLineIsRefusedWithBothValues() {
        String text = changed("    warningBelow: 0.90", "    warningBelow: 0.50");

        assertThat(problemsWith("    warningBelow: 0.90", "    warningBelow: 0.50")).containsExactly(
                "parameters.yaml:" + line(text, "budget.executionRate.warningBelow")
                        + ": parameter 'budget.executionRate.warningBelow' is 0.5 and 'budget.executionRate.errorBelow' is 0.6 (line "
                        + line(text, "budget.executionRate.errorBelow")
                        + "): 'budget.executionRate.warningBelow' must be at least 'budget.executionRate.errorBelow'");
    }

    @Test
    void aRateAbove100PercentIsRefused() {
        String text = changed("    rateBelow: 0.80", "    rateBelow: 80");

        assertThat(problemsWith("    rateBelow: 0.80", "    rateBelow: 80")).containsExactly(
                "parameters.yaml:" + line(text, "yoy.lowExecution.rateBelow")
                        + ": parameter 'yoy.lowExecution.rateBelow' is 80, more than 1, the highest rate allowed (a rate is a fraction, write 0.90 for 90%)");
    }

    @Test
    void aRateBelowZeroIsRefused() {
        assertThat(problemsWith("    errorBelow: 0.60", "    errorBelow: -0.1")).containsExactly(
                "parameters.yaml:" + line(changed("    errorBelow: 0.60", "    errorBelow: -0.1"), "budget.executionRate.errorBelow")
                        + ": parameter 'budget.executionRate.errorBelow' is -0.1, less than 0, the lowest rate allowed (a rate is a fraction, write 0.90 for 90%)");
    }

    @Test
    void aNegativeAmountIsRefusedAtItsOwnLineThoughItsNameIsUsedTwice() {
        String text = changed("  budgetTolerance: 0.5", "  budgetTolerance: -3");

        List<String> problems = problemsWith("  budgetTolerance: 0.5", "  budgetTolerance: -3");

        assertThat(problems).containsExactly("parameters.yaml:" + line(text, "yoy.budgetTolerance")
                + ": parameter 'yoy.budgetTolerance' is -3, less than 0, the lowest amount in yuan allowed");
        assertThat(line(text, "yoy.budgetTolerance")).isEqualTo(lineOf(text, "  budgetTolerance: -3"));
    }

    @Test
    void aCountThatIsZeroOrNotWholeIsRefused() {
        assertThat(problemsWith("maxChars: {text: 3000, name: 100}", "maxChars: {text: 0, name: 12.5}")).containsExactly(
                "parameters.yaml:" + lineOf(projectRules().get(PARAMETERS), "maxChars:")
                        + ": parameter 'relevance.maxChars.text' is 0, less than 1, the lowest count of characters allowed",
                "parameters.yaml:" + lineOf(projectRules().get(PARAMETERS), "maxChars:")
                        + ": parameter 'relevance.maxChars.name' is 12.5, not a whole number (count of characters)");
    }

    @Test
    void aValueOfAMappingIsCheckedByName() {
        assertThat(problemsWith("万元: 10000,", "万元: -10000,")).containsExactly(
                "parameters.yaml:" + lineOf(projectRules().get(PARAMETERS), "amountUnits:")
                        + ": parameter 'reading.amountUnits.万元' is -10000, not above 0 (size of an amount unit in yuan)");
    }

    @Test
    void aYearRangeThatEndsBeforeItStartsIsRefused() {
        assertThat(problemsWith("budgetYears: {from: 1990, to: 2100}", "budgetYears: {from: 2100, to: 1990}"))
                .singleElement().asString().endsWith(": parameter 'form.budgetYears.to' is 1990 and 'form.budgetYears.from' is 2100 (line "
                        + lineOf(projectRules().get(PARAMETERS), "budgetYears:") + "): 'form.budgetYears.to' must be at least 'form.budgetYears.from'");
    }

    @Test
    void aConstraintOnAParameterThatIsNotThereIsRefused() {
        assertThat(problemsWith("relevance.nearCopyAtLeast,", "relevance.nearCopyAtLeastX,")).containsExactly(
                "parameters.yaml:" + lineOf(projectRules().get(PARAMETERS), "relevance.nearCopyAtLeast,")
                        + ": constraints.ranges 'rate' names 'relevance.nearCopyAtLeastX', which is no parameter: a constraint on nothing checks nothing");
    }

    @Test
    void aWholeThatIsNeitherTrueNorFalseIsRefusedAtItsLine() {
        // YAML 1.2 reads maybe (and yes) as a string; taken as false it would switch the check off unseen
        String from = "      whole: true\n      atLeast: 1000";
        String to = "      whole: maybe\n      atLeast: 1000";
        assertThat(problemsWith(from, to)).containsExactly("parameters.yaml:" + lineOf(changed(from, to), "whole: maybe")
                + ": constraints.ranges 'year': 'whole' must be true or false, is \"maybe\"");
    }

    @Test
    void aRangeWhoseBoundsLeaveNoNumberIsTheRangesMistake() {
        String from = "    - name: rate ";
        String rate = "      atLeast: 0\n      atMost: 1\n";
        Map<String, String> files = projectRules();
        String text = files.get(PARAMETERS);
        int at = text.indexOf(rate, text.indexOf(from));
        files.put(PARAMETERS, text.substring(0, at) + "      atLeast: 1\n      atMost: 0\n" + text.substring(at + rate.length()));
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(TestRules.source("test", files)));

        assertThat(refused.problems()).map(RuleProblem::toString).containsExactly("parameters.yaml:" + lineOf(text, from)
                + ": constraints.ranges 'rate' admits no value: 'atLeast' 1 is not below 'atMost' 0; swap the bounds or correct one");
    }

    @Test
    void aConstraintOnAWordListIsTheConstraintsMistakeToldAtItsLine() {
        String from = "relevance.nearCopyAtLeast,";
        String to = "relevance.nearCopyAtLeast, targets.vagueWords,";
        assertThat(problemsWith(from, to)).containsExactly("parameters.yaml:" + lineOf(changed(from, to), to)
                + ": constraints.ranges 'rate' names 'targets.vagueWords', which is a list, not a number: take it out of the range");
    }

    @Test
    void aYearOfMoreThanFourDigitsIsRefused() {
        assertThat(problemsWith("budgetYears: {from: 1990, to: 2100}", "budgetYears: {from: 1990, to: 1e23}"))
                .singleElement().asString().contains("parameter 'form.budgetYears.to' is ", ", more than 9999, the highest year allowed");
    }

    @Test
    void notANumberIsToldInWordsNotAsAJavaException() {
        assertThat(problemsWith("    warningBelow: 0.90", "    warningBelow: .nan")).singleElement().asString()
                .endsWith(": YAML error: '.nan' is not a number a threshold can be: write a plain number such as 0.9 or 100")
                .doesNotContain("Exception");
    }

    @Test
    void aParameterFileWithoutTheSectionIsRefusedForItWouldCheckNothing() {
        String text = projectRules().get(PARAMETERS);
        assertThat(problemsWith(text.substring(text.indexOf("\nconstraints:")), "\n")).singleElement().asString()
                .startsWith("parameters.yaml:1: the 'constraints' section is missing");
    }

    @Test
    void aRangeWithoutABoundIsRefused() {
        String from = "      whole: true\n      atLeast: 1\n      keys: [relevance.maxChars";
        String to = "      keys: [relevance.maxChars";
        assertThat(problemsWith(from, to)).containsExactly("parameters.yaml:" + lineOf(changed(from, to), "- name: count of characters")
                + ": constraints.ranges 'count of characters' sets no bound: give it atLeast, above, atMost, below or whole: true, else it checks nothing");
    }

    @Test
    void aBlankParameterIsToldOnceAsBlankNotAsNoParameter() {
        List<String> problems = problemsWith("    warningBelow: 0.90", "    warningBelow:");
        assertThat(problems).singleElement().asString()
                .contains("parameter 'budget.executionRate.warningBelow' must be a number, is blank").doesNotContain("no parameter");
    }

    /**
     * A rate written as policy staff say it, "85%", is no number: the problem says which fraction to write,
     * in both languages, whether the parameter is found by a rule's accessor or by its range.
     */
    @Test
    void aRateWrittenAsAPercentageIsToldAsTheFractionToWrite() {
        Map<String, String> files = projectRules();
        files.put(PARAMETERS, files.get(PARAMETERS).replace("    warningBelow: 0.90", "    warningBelow: 85%")
                .replace("lowSatisfactionBelow: 0.80", "lowSatisfactionBelow: \"92.5 ％\""));
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(TestRules.source("test", files)));
        assertThat(refused).isNotNull();
        List<RuleProblem> problems = refused.problems();

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.toString()).contains("parameter 'budget.executionRate.warningBelow' must be a number")
                    .contains("write a percentage as a fraction, 0.85 for 85%");
            assertThat(p.toString(org.perfdecl.checker.report.LocalizedText.Language.ZH))
                    .contains("参数“budget.executionRate.warningBelow”须为数字").contains("百分数请写成小数，85% 写作 0.85");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("'targets.lowSatisfactionBelow' must be a number").contains("0.925 for 92.5 ％"));
        assertThat(problems).noneSatisfy(p -> assertThat(p.toString()).contains("fraction, 0.85 for 0.85"));
    }

    @Test
    void aWordWhereANumberBelongsGetsNoPercentageHint() {
        assertThat(problemsWith("    warningBelow: 0.90", "    warningBelow: ninety")).allSatisfy(p ->
                assertThat(p).doesNotContain("percentage"));
    }

    @Test
    void theSatisfactionLineIsARateLikeEveryOther() {
        assertThat(problemsWith("lowSatisfactionBelow: 0.80", "lowSatisfactionBelow: 80")).containsExactly(
                "parameters.yaml:" + line(changed("lowSatisfactionBelow: 0.80", "lowSatisfactionBelow: 80"), "targets.lowSatisfactionBelow")
                        + ": parameter 'targets.lowSatisfactionBelow' is 80, more than 1, the highest rate allowed (a rate is a fraction, write 0.90 for 90%)");
    }

    /** 20 for 20%: a growth of 2,000% passed the constraints and showed only as fixtures failing. */
    @Test
    void aChangeOfBudgetWrittenAsAPercentageGetsTheFractionHint() {
        assertThat(problemsWith("    infoAbove: 0.20", "    infoAbove: 20")).containsExactly(
                "parameters.yaml:" + line(changed("    infoAbove: 0.20", "    infoAbove: 20"), "budget.growth.infoAbove")
                        + ": parameter 'budget.growth.infoAbove' is 20, more than 10, the highest change of budget allowed"
                        + " (a change of budget is a fraction of last year's, write 0.20 for 20%)");
    }

    @Test
    void theServiceDoesNotStartOnAContradiction() {
        Map<String, String> files = projectRules();
        files.put(PARAMETERS, files.get(PARAMETERS).replace("    warningBelow: 0.90", "    warningBelow: 1.5"));

        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetHolder(() -> TestRules.source("start", files), new RuleSetLoader()));

        assertThat(refused.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .endsWith(": parameter 'budget.executionRate.warningBelow' is 1.5, more than 1, the highest rate allowed (a rate is a fraction, write 0.90 for 90%)");
    }

    @Test
    void aReloadWithAContradictionKeepsTheWorkingSetServing() {
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", files.get()), TestRules.LOADER);
        String serving = holder.current().version();

        Map<String, String> contradicting = new HashMap<>(good);
        contradicting.put(PARAMETERS, good.get(PARAMETERS).replace("    errorBelow: 0.60", "    errorBelow: 0.95"));
        files.set(contradicting);
        RuleSetHolder.Status failed = holder.reload();

        assertThat(failed.lastAttemptOk()).isFalse();
        assertThat(failed.lastErrors()).singleElement().asString().startsWith("parameters.yaml:")
                .contains("'budget.executionRate.warningBelow' is 0.9 and 'budget.executionRate.errorBelow' is 0.95");
        assertThat(holder.current().version()).isEqualTo(serving);
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the text");
    }
}
