package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A broken rule set is refused as a whole, with every problem as file:line: message. */
class RuleSetLoaderTest {

    private final RuleSetLoader loader = new RuleSetLoader();

    private static Map<String, String> projectRules() {
        return new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
    }

    private RuleSetException refused(Map<String, String> files) {
        return catchThrowableOfType(RuleSetException.class, () -> loader.load(TestRules.source("test", files)));
    }

    @Test
    void theProjectRulesLoadWithTheirCatalogue() {
        RuleSet set = TestRules.ruleSet();
        assertThat(set.ruleIds()).contains("BUD-001", "FORM-008", "IND-006", "TGT-008", "IMP-001");
        assertThat(set.rule("BUD-001")).get().satisfies(r -> {
            assertThat(r.severity()).isEqualTo("WARNING");
            assertThat(r.category()).isEqualTo("budget");
            assertThat(r.titleZh()).isEqualTo("上年预算执行率偏低");
            assertThat(r.file()).isEqualTo("budget.dslr");
            assertThat(r.line()).isGreaterThan(1);
        });
        assertThat(set.frameworks()).containsKeys("shanghai-2019", "central-2021");
        assertThat(set.version()).hasSize(12);
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        Map<String, String> files = projectRules();
        files.put("extra.drl", "package rules.extra;\n\nrule \"broken\"\nwhen\n    $x : NoSuchFact()\nthen\nend\n");

        RuleSetException e = refused(files);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(5); // the pattern that names the unknown fact
            assertThat(p.message()).contains("NoSuchFact");
        });
    }

    @Test
    void aRuleNameWithAnEscapeIsFoundInItsFile() {
        // Drools reads "起止\\结束" as 起止\结束 and "\t" as a tab: the rule is still the one written at its line
        Map<String, String> files = projectRules();
        String drl = files.get("form.drl");
        files.put("form.drl", drl.replace("rule \"FORM-003 a date is unreadable\"", "rule \"FORM-003 起止\\\\结束\"")
                .replace("rule \"FORM-003 a date is missing\"", "rule \"FORM-003 起止\\t缺失\""));
        assertThat(files.get("form.drl")).contains("rule \"FORM-003 起止\\\\结束\"");

        RuleSet set = loader.load(TestRules.source("test", files));
        assertThat(set.rules()).filteredOn(r -> r.name().startsWith("FORM-003 起止")).hasSize(2).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo("form.drl");
            assertThat(r.line()).isGreaterThan(1);
        });
    }

    @Test
    void aRuleCopiedWithoutRenamingIsToldOnceAtTheCopy() {
        Map<String, String> files = projectRules();
        String drl = files.get("form.drl");
        int start = drl.indexOf("rule \"FORM-003 a date is unreadable\"");
        String rule = drl.substring(start, drl.indexOf("\nend\n", start) + 5);
        files.put("form.drl", drl + "\n" + rule);
        int copyLine = (int) (drl + "\n").lines().count() + 1;

        RuleSetException e = refused(files);
        // Drools' own words, not the Java compiler's about the class both consequences became
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("form.drl");
            assertThat(p.line()).isEqualTo(copyLine);
            assertThat(p.message()).isEqualTo("Duplicate rule name: FORM-003 a date is unreadable");
        });
    }

    @Test
    void aRuleWithoutAnIdIsRefused() {
        Map<String, String> files = projectRules();
        files.put("budget.dslr", files.get("budget.dslr").replace("@id(\"BUD-003\")", ""));

        assertThat(refused(files).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("budget.dslr");
            assertThat(p.message()).contains("BUD-003 上年执行数超过上年预算").contains("no @id");
        });
    }

    @Test
    void aMessageWithoutTextIsRefused() {
        Map<String, String> files = projectRules();
        files.put("messages/messages_en.properties", files.get("messages/messages_en.properties")
                .replaceAll("(?m)^BUD-004\\.none=.*$", ""));

        assertThat(refused(files).problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("budget.dslr:").contains("'BUD-004.none'").contains("messages_en.properties"));
    }

    @Test
    void aParameterARuleReadsMustExist() {
        Map<String, String> files = projectRules();
        files.put("parameters.yaml", files.get("parameters.yaml").replace("    errorBelow: 0.60", "    errorBelowX: 0.60"));

        assertThat(refused(files).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("budget.dslr");
            assertThat(p.message()).isEqualTo("parameter 'budget.executionRate.errorBelow' is not in parameters.yaml");
        });
    }

    @Test
    void brokenYamlNamesItsLine() {
        Map<String, String> files = projectRules();
        files.put("frameworks/bad.yaml", "id: bad\nlevels:\n  - name: [unclosed\n");

        assertThat(refused(files).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("frameworks/bad.yaml");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void anEmptyFolderIsNoRuleSet() {
        assertThatThrownBy(() -> loader.load(new RuleSource("empty", Map.of())))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("the rules folder 'empty' holds no file")
                .hasMessageContaining("parameters.yaml");
    }

    @Test
    void metadataLivesInTheCatalogueOnly() {
        Map<String, String> files = projectRules();
        files.put("budget.dslr", files.get("budget.dslr")
                .replace("@id(\"BUD-003\")", "@id(\"BUD-003\") @category(\"money\")")
                .replace("@id(\"BUD-005\")", "@id(\"BUD-005\") @severity(\"INFO\")")
                .replace("@id(\"BUD-007\")", "@id(\"BUD-070\")"));

        assertThat(refused(files).problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("budget.dslr:").contains("@category belongs in catalogue.yaml"))
                .anySatisfy(p -> assertThat(p).contains("@severity(\"INFO\") is not a severity of BUD-005"))
                .anySatisfy(p -> assertThat(p).contains("@id(\"BUD-070\") is not in catalogue.yaml"))
                .anySatisfy(p -> assertThat(p).contains("catalogue.yaml").contains("BUD-007 has no rule"));
    }

    @Test
    void aPlaceholderTheRuleDoesNotBindIsRefusedAtLoadNotAtTheFirstFormThatFiresIt() {
        Map<String, String> files = projectRules();
        files.put("messages/messages_zh.properties", files.get("messages/messages_zh.properties")
                .replaceFirst("(?m)^FORM-003\\.unreadable=日期“\\{raw}”", "FORM-003.unreadable=日期“{rw}”")
                .replaceFirst("(?m)^FORM-003\\.seen=\\{d\\.raw}", "FORM-003.seen={d.rawText}"));

        assertThat(refused(files).problems()).extracting(RuleProblem::toString)
                // told at the message file's line that writes it, the rule's place named
                .anySatisfy(p -> assertThat(p).matches("messages/messages_zh\\.properties:\\d+: rule \"FORM-003 a date is unreadable\" "
                                + "\\(form\\.drl:\\d+\\): .*")
                        .contains("message key 'FORM-003.unreadable' uses {rw} but the rule binds no $rw (it binds [$d, $raw])"))
                .anySatisfy(p -> assertThat(p).contains("FORM-003 a date is missing")
                        .contains("message key 'FORM-003.seen' uses {d.rawText} but DateField has no property 'rawText'"));
    }

    /** The executable model binds each pattern under a name of its own: the author was shown GENERATED_$pattern_Policy$78$. */
    @Test
    void underTheExecutableModelTheBindingsNamedAreTheAuthorsOwn() {
        Map<String, String> files = projectRules();
        files.put("messages/messages_zh.properties", files.get("messages/messages_zh.properties")
                .replaceFirst("(?m)^FORM-005=“\\{field,label}”", "FORM-005=“{feld,label}”"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader(CompiledRules.BUNDLED, true).load(TestRules.source("exec", files)));

        assertThat(e.problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("uses {feld} but the rule binds no $feld (it binds [$field, $required, $t])"))
                .noneSatisfy(p -> assertThat(p).contains("GENERATED_"));
    }

    @Test
    void aParameterOfTheWrongTypeIsRefusedAtLoadAndNamesTheRuleThatReadsIt() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml").replace("    warningBelow: 0.90", "    warningBelow: ninety");
        files.put("parameters.yaml", parameters);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("parameters.yaml:" + RuleSetLoader.keyLine(parameters, "warningBelow")
                        + ": parameter 'budget.executionRate.warningBelow' must be a number, is \"ninety\" (read by budget.dslr:");
    }

    /**
     * A word list's item that is a list or a mapping crashed the load ("the checker failed inside the rules
     * engine", nothing named), and an empty or blank one was taken: an empty suffix ends every name.
     */
    @Test
    void aWordListItemThatIsNoWordIsRefusedAtItsLineNamingTheKeyAndTheItem() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml")
                .replace("vagueWords: [较好,", "vagueWords: [[a, b], 较好: 好, 较好,")
                .replace("rateSuffixes: [率,", "rateSuffixes: ['', null, 率,");
        files.put("parameters.yaml", parameters);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString)
                .contains("parameters.yaml:" + RuleSetLoader.keyLine(parameters, "vagueWords")
                                + ": parameter 'targets.vagueWords': item 1 is a list, [\"a\",\"b\"]: a word list holds words;"
                                + " write each word as an item of its own",
                        "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "vagueWords")
                                + ": parameter 'targets.vagueWords': item 2 is a mapping, {\"较好\":\"好\"}: a word list holds words"
                                + " (a 'word: text' pair needs quotes, or no colon)",
                        "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "rateSuffixes")
                                + ": parameter 'targets.rateSuffixes': item 1 is empty: every text contains the empty word"
                                + " (a list of suffixes with one makes every name end with it); remove it",
                        "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "rateSuffixes")
                                + ": parameter 'targets.rateSuffixes': item 2 is blank (null or nothing after the dash):"
                                + " write a word or remove it")
                .noneSatisfy(p -> assertThat(p).contains("failed inside"));
    }

    /**
     * A parameter the checker itself reads (not a rule) of the wrong type was refused only by the trial,
     * as every fixture failing with the parser's words, or read as nothing: now at load, at its line.
     */
    @Test
    void aParameterTheCheckerReadsOfTheWrongTypeIsRefusedAtLoadAtItsLine() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml")
                .replaceFirst("(?m)^defaultFramework: .*$", "defaultFramework: [shanghai-2019, central-2021]")
                .replaceFirst("(?m)^  boundWords: \\{以内: ≤,", "  boundWords: {以内: [≤],")
                .replaceFirst("(?m)^  directionWords: \\{.*}$", "  directionWords: [正向, 反向]");
        files.put("parameters.yaml", parameters);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "defaultFramework") + ": parameter 'defaultFramework'"
                        + " must be one text, is [\"shanghai-2019\",\"central-2021\"] (read by the checker itself, to read the forms)",
                "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "boundWords") + ": parameter 'reading.boundWords'"
                        + " must be a mapping of names to texts, is {\"以内\":[\"≤\"],\"以下\":\"≤\",\"及以下\":\"≤\",\"以上\":\"≥\","
                        + "\"及以上\":\"≥\",\"内\":\"≤\",\"左右\":\"\"} (read by the checker itself, to read the forms)",
                "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "directionWords") + ": parameter 'reading.directionWords'"
                        + " must be a mapping of names to texts, is [\"正向\",\"反向\"] (read by the checker itself, to read the forms)");
    }

    /**
     * A malformed unicode escape stopped the reading of the whole bundle: one problem at line 0 ("Malformed
     * \\uxxxx encoding.") and then every text below it missing, 434 problems for one typo.
     */
    @Test
    void aMalformedUnicodeEscapeInAMessageIsOneProblemAtItsLine() {
        Map<String, String> files = projectRules();
        String en = files.get("messages/messages_en.properties").replaceFirst("(?m)^FORM-003\\.missing=", "FORM-003.missing=\\\\uZZZZ ");
        files.put("messages/messages_en.properties", en);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).containsExactly(
                "messages/messages_en.properties:" + RuleSetLoader.keyLine(en, "FORM-003.missing")
                        + ": '\\uZZZZ' is no escape of a character: write \\u and four hexadecimal digits (\\u4E2D), or the character itself");
    }

    /** A tab that indents a line was told at the line before it, while the message said the right one. */
    @Test
    void aTabIndentingAParameterIsToldAtItsOwnLine() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml").replaceFirst("(?m)^  sumTolerance:", "\tsumTolerance:");
        files.put("parameters.yaml", parameters);
        int line = RuleSetLoader.keyLine(parameters, "sumTolerance");

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("parameters.yaml:" + line + ": YAML error: ").contains("at line " + line + ", column 1");
    }

    /**
     * form.citationPattern is read as a regular expression: one that is none was refused only by the trial,
     * as FORM-006 failing with PatternSyntaxException on 424 fixtures, the parameter never named.
     */
    @Test
    void aPatternParameterThatIsNoRegularExpressionIsToldAtItsLine() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml").replaceFirst("(?m)^  citationPattern: .*$", "  citationPattern: '(?s).*(〔'");
        files.put("parameters.yaml", parameters);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("parameters.yaml:" + RuleSetLoader.keyLine(parameters, "citationPattern")
                        + ": parameter 'form.citationPattern' is not a regular expression: Unclosed group at character 9"
                        + " (read as a pattern by form.drl:");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotTheLastOneWinning() {
        Map<String, String> files = projectRules();
        files.put("parameters.yaml", files.get("parameters.yaml").replace("    errorBelow: 0.60", "    errorBelow: 0.60\n    errorBelow: 0.50"));
        files.put("catalogue.yaml", files.get("catalogue.yaml").replaceFirst("(?m)^(FORM-008: .*)$", "$1\n$1"));

        assertThat(refused(files).problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("parameters.yaml:").endsWith("YAML error: 'errorBelow' is given twice in one mapping: keep one"))
                .anySatisfy(p -> assertThat(p).startsWith("catalogue.yaml:").endsWith("YAML error: 'FORM-008' is given twice in one mapping: keep one"))
                .hasSize(2);
    }

    /**
     * A YAML tag ({@code !!java.net.URL …}, {@code !foo …}) was dropped silently and the value served as a plain one;
     * a rules file holds plain values only, so each tag is refused at its line, naming it (the reader never
     * constructed a type from one: Jackson builds a tree of plain values).
     */
    @Test
    void aYamlTagIsRefusedAtItsLineNamingIt() {
        Map<String, String> files = projectRules();
        String parameters = files.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: !!java.net.URL http://example.org/0.90");
        files.put("parameters.yaml", parameters);
        String catalogue = files.get("catalogue.yaml").replaceFirst("(?m)^(FORM-008): ", "$1: !foo ");
        files.put("catalogue.yaml", catalogue);

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "parameters.yaml:" + RuleSetLoader.keyLine(parameters, "warningBelow") + ": the YAML tag "
                        + "'!!java.net.URL' is not read in a rules file, which holds plain values (numbers, texts, lists, mappings): "
                        + "remove the tag (quote a value to make it a text)",
                "catalogue.yaml:" + RuleSetLoader.keyLine(catalogue, "FORM-008") + ": the YAML tag "
                        + "'!foo' is not read in a rules file, which holds plain values (numbers, texts, lists, mappings): "
                        + "remove the tag (quote a value to make it a text)");
        assertThat(refused(files).problems()).extracting(p -> p.text().zh())
                .contains("规则文件不读取 `YAML` 标签“!foo”，只写普通的值（数字、文字、列表、映射）：请删去该标签（要写成文字，请给值加引号）");
    }

    @Test
    void aBrokenCatalogueEntryIsOneProblemNotOneMorePerRuleOfItsId() {
        Map<String, String> files = projectRules();
        String catalogue = files.get("catalogue.yaml");
        files.put("catalogue.yaml", catalogue.replaceFirst("(?m)^(FORM-004: \\{category: form, severity: )WARNING", "$1WARNNG"));

        assertThat(refused(files).problems()).extracting(RuleProblem::toString).containsExactly(
                "catalogue.yaml:" + RuleSetLoader.keyLine(catalogue, "FORM-004")
                        + ": FORM-004: severity must be one of [ERROR, WARNING, INFO] (or a list of them, default first), is \"WARNNG\"");
    }

    @Test
    void unreadableCatalogueYamlIsOneProblemInOneLine() {
        Map<String, String> files = projectRules();
        files.put("catalogue.yaml", files.get("catalogue.yaml").replaceFirst("(?m)^(FORM-004: .*)}$", "$1"));

        assertThat(refused(files).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("catalogue.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("YAML error: expected ',' or '}'").doesNotContain("\n").contains("at line ");
        });
    }

    @Test
    void aTextInOneLanguageOnlyIsRefused() {
        Map<String, String> files = projectRules();
        files.put("messages/messages_zh.properties", files.get("messages/messages_zh.properties") + "\nBUD-001.extra=多余\n");

        int line = RuleSetLoader.keyLine(files.get("messages/messages_zh.properties"), "BUD-001.extra");
        assertThat(refused(files).problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("messages_en.properties").contains("'BUD-001.extra', which messages_zh.properties has at line " + line));
        assertThat(line).isPositive();
    }

    @Test
    void aBraceThatIsNoPlaceholderIsRefusedAtItsLineNotShownInEveryFinding() {
        Map<String, String> files = projectRules();
        files.put("messages/messages_en.properties", files.get("messages/messages_en.properties").replace("{rate,percent}", "{rate,bogus}"));
        files.put("messages/messages_zh.properties", files.get("messages/messages_zh.properties").replaceFirst("(?m)^(FORM-006=.*)$", "$1 {unclosed"));
        int bud001 = RuleSetLoader.keyLine(files.get("messages/messages_en.properties"), "BUD-001.seen");

        assertThat(refused(files).problems()).extracting(RuleProblem::toString)
                .contains("messages/messages_en.properties:" + bud001 + ": 'BUD-001.seen': '{rate,bogus}' is not a placeholder: "
                        + "write {name}, or {name,percent}, {name,amount} or {name,label}")
                .anySatisfy(p -> assertThat(p).startsWith("messages/messages_zh.properties:").contains("'FORM-006': '{unclosed'"));
        assertThat(bud001).isPositive();
    }

    @Test
    void aPhraseTheReviewLanguageDoesNotKnowNamesTheDslrFileAndLine() {
        Map<String, String> files = projectRules();
        files.put("budget.dslr", files.get("budget.dslr").replace("当 当年预算 超过 项目总预算 时", "当 当年预算 多于 项目总预算 时"));

        assertThat(refused(files).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("budget.dslr");
            assertThat(files.get("budget.dslr").lines().toList().get(p.line() - 1)).contains("多于");
        });
        // the same files again (their expansion is kept): told again, the same way
        assertThat(refused(files).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("budget.dslr");
            assertThat(files.get("budget.dslr").lines().toList().get(p.line() - 1)).contains("多于");
        });
    }
}
