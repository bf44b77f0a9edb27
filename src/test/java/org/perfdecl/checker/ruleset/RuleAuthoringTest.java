package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules stay something a policy officer can write and read: consequences of one line, no prose
 * in the rules (texts live in the message bundles, in both languages), no English inside Chinese texts.
 */
class RuleAuthoringTest {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^\\s*when\\s*$(.*?)^\\s*then\\s*$(.*?)^end\\s*$");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** Names and code words a Chinese text may carry; anything else Latin is English prose. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Excel", "JSON", "true", "false");

    /** Every rule file as DRL: .drl as written, .dslr expanded with the review language (.dsl). */
    private static Map<String, String> ruleFiles() throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> files = RuleSetLoader.ruleTexts(RuleSource.fromDirectory(TestRules.RULES), problems);
        assertThat(problems).isEmpty();
        assertThat(files.keySet()).anyMatch(f -> f.endsWith(".dslr"));
        return files;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?m)//.*$", "");
    }

    @Test
    void noConsequenceIsLongerThanTwoLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        int rules = 0;
        for (var file : ruleFiles().entrySet()) {
            Matcher m = RULE.matcher(file.getValue());
            while (m.find()) {
                rules++;
                long lines = withoutComments(m.group(3)).lines().filter(l -> !l.isBlank()).count();
                if (lines > 2) {
                    long_.add(file.getKey() + ": " + m.group(1) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(rules).as("rules found").isGreaterThan(TestRules.ruleSet().ruleIdCount());
        assertThat(long_).as("consequences longer than two lines").isEmpty();
    }

    @Test
    void noRuleCarriesProse() throws IOException {
        List<String> prose = new ArrayList<>();
        for (var file : ruleFiles().entrySet()) {
            Matcher m = RULE.matcher(file.getValue());
            while (m.find()) {
                Matcher literal = LITERAL.matcher(withoutComments(m.group(2) + m.group(3)));
                while (literal.find()) {
                    String text = literal.group(1);
                    // keys, names, kinds, pointers and signs only: words go to parameters.yaml, texts to messages/
                    if (text.matches(".*[\\s\\p{IsHan}].*")) {
                        prose.add(file.getKey() + ": " + m.group(1) + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(prose).as("literal prose or words in rules").isEmpty();
    }

    @Test
    void chineseTextsCarryNoEnglish() {
        Messages messages = TestRules.ruleSet().messages();
        List<String> english = new ArrayList<>();
        for (String key : messages.keys(Messages.ZH)) {
            String text = PLACEHOLDER.matcher(messages.render(Messages.ZH, key, Map.of())).replaceAll("");
            Matcher word = Pattern.compile("[A-Za-z]{2,}").matcher(text);
            while (word.find()) {
                if (!LATIN_ALLOWED.contains(word.group())) {
                    english.add(key + ": " + word.group());
                }
            }
        }
        assertThat(english).as("English words in messages_zh.properties").isEmpty();
    }

    @Test
    void everyRuleIdHasTitleMessageSeenAndExpectedInBothLanguages() {
        RuleSet set = TestRules.ruleSet();
        for (String id : set.ruleIds()) {
            for (String language : List.of(Messages.ZH, Messages.EN)) {
                assertThat(set.messages().has(language, id + ".title")).as(id + ".title " + language).isTrue();
                assertThat(set.messages().keys(language)).as(id + " " + language)
                        .anyMatch(k -> k.startsWith(id + ".") && k.endsWith(".seen"))
                        .anyMatch(k -> k.startsWith(id + ".") && k.endsWith(".expected"));
            }
        }
        assertThat(set.messages().keys(Messages.EN)).containsExactlyInAnyOrderElementsOf(set.messages().keys(Messages.ZH));
    }

    @Test
    void theCatalogueHoldsTheMetadataOnce() {
        RuleSet set = TestRules.ruleSet();
        assertThat(set.catalogue().entries().keySet()).containsExactlyInAnyOrderElementsOf(set.ruleIds());
        assertThat(set.rules()).filteredOn(r -> r.id().equals("BUD-001")).extracting(RuleInfo::severity)
                .containsExactlyInAnyOrder("WARNING", "ERROR", "WARNING", "ERROR"); // the rate the amounts give, and a stated one
        assertThat(set.catalogue().entry("BUD-001")).get().extracting(Catalogue.Entry::severity).isEqualTo("WARNING");
    }
}
