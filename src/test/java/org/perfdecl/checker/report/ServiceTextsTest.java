package org.perfdecl.checker.report;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.InputException;
import tools.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The service's texts say the same thing in Chinese and English: every key in both files with the same
 * placeholders, every refusal code thrown in the code worded in both, and an item worded from one key
 * in both languages.
 */
public class ServiceTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern CODE = Pattern.compile("(?:coded|codedAt|told)\\(\\s*\"([a-z-]+)\"");

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (var in = ServiceTexts.class.getResourceAsStream("service-texts_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Names a Chinese text may hold as they are: products, and the file's own words for settings and commands. */
    private static final Set<String> NAMES = Set.of("H2", "PostgreSQL");

    /**
     * The English words of a Chinese text: what is left of it without placeholders, commands in backticks, setting
     * names and URLs (checker.rules-dir, CHECKER_RULES_DIR, jdbc:h2:file:./data/other, spring.datasource.url),
     * rule IDs and file names at a line (BUD-001, parameters.yaml:10) and the product names in {@link #NAMES}.
     */
    public static java.util.List<String> englishWords(String zh) {
        String text = zh.replaceAll("\\{\\w+}", " ").replaceAll("`[^`]*`", " ")
                .replaceAll("[A-Za-z0-9_]*[._:/=-][A-Za-z0-9_.:/=\\-]*", " ");
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** The texts added for policy staff (rules diff, the audit log, the box of a start that fails) hold no English in Chinese. */
    @Test
    void theChineseTextsForPolicyStaffHoldNoEnglish() throws IOException {
        Properties zh = load("zh");
        Map<String, java.util.List<String>> english = new TreeMap<>();
        for (String key : zh.stringPropertyNames()) {
            if (key.startsWith("impact.") || key.startsWith("audit.") || key.startsWith("startup.")) {
                java.util.List<String> words = englishWords(zh.getProperty(key));
                if (!words.isEmpty()) {
                    english.put(key, words);
                }
            }
        }
        assertThat(zh.stringPropertyNames()).contains("impact.totals", "audit.rules.reload.refused", "startup.rules.action");
        assertThat(english).as("English words in service-texts_zh").isEmpty();
    }

    /** A report stopped at the time limit names the setting of the service and the option of the CLI, where a user sets it. */
    @Test
    void aCheckStoppedAtItsTimeLimitNamesWhereEachDoorSetsIt() {
        LocalizedText stopped = ServiceTexts.text("incomplete.time-limit", Map.of("ms", 60000));
        assertThat(stopped.en()).isEqualTo("the check was stopped after 60000 ms (checker.check-time-limit of the service, "
                + "--time-limit of the command line); the findings may be incomplete");
        assertThat(stopped.zh()).contains("checker.check-time-limit", "命令行的 --time-limit");
    }

    @Test
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties zh = load("zh");
        Properties en = load("en");
        assertThat(zh.stringPropertyNames()).as("keys of service-texts_zh vs _en").isEqualTo(en.stringPropertyNames());
        Map<String, String> differing = new TreeMap<>();
        for (String key : zh.stringPropertyNames()) {
            if (!placeholders(zh.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                differing.put(key, placeholders(zh.getProperty(key)) + " vs " + placeholders(en.getProperty(key)));
            }
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(differing).as("placeholders zh vs en").isEmpty();
    }

    @Test
    void everyRefusalCodeTheCodeThrowsIsWordedInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>(Set.of("checker-failed", "no-such-file", "cannot-open"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).contains("not-json", "not-a-form", "empty", "image", "several-forms");
        Properties zh = load("zh");
        Properties en = load("en");
        for (String code : codes) {
            assertThat(zh.getProperty("unreadable." + code)).as("zh unreadable." + code).isNotBlank();
            assertThat(en.getProperty("unreadable." + code)).as("en unreadable." + code).isNotBlank();
            // the words a code stands for where no detail is given: the key's in each language
            LocalizedText said = ServiceTexts.unreadable(code, null, null);
            assertThat(said.zh()).isEqualTo(zh.getProperty("unreadable." + code));
            assertThat(said.en()).isEqualTo(en.getProperty("unreadable." + code));
        }
    }

    @Test
    void noTextNamesAJavaClassOrMethod() throws IOException {
        for (String language : new String[] {"zh", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(language + " " + key)
                        .doesNotContain("Exception", "()", "java.", "Jackson", "StreamReadConstraints");
            }
        }
    }

    @Test
    void aBatchItemOfAJsonValueThatIsNoObjectSaysTheSameInBothLanguages() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> DeclarationJson.read(JsonNodeFactory.instance.numberNode(1)));
        Batch.Item item = Batch.Item.error(null, 1, null, e.getMessage(), e.code(), e.text());
        assertThat(item.code()).isEqualTo("not-a-form");
        assertThat(item.error()).isEqualTo("expected a declaration as a JSON object, got number");
        assertThat(item.message().en()).isEqualTo(item.error());
        assertThat(item.message().zh()).isEqualTo("这里应是一份写成 JSON 对象（用花括号括起）的申报表，却是一个数字。")
                .doesNotContain("绩效目标申报表", "项目名称");
        assertThatThrownBy(() -> DeclarationJson.read(JsonNodeFactory.instance.textNode("a")))
                .isInstanceOfSatisfying(InputException.class, s -> assertThat(s.text().zh()).endsWith("却是一段文字。"));
    }

    /**
     * A rule set's, a trial's and a waiver's problems are worded from keys given with their arguments
     * ({@code said(…, "framework.none", Map.of())}): a key with no text would fail the load it should
     * report on, on a path a test may never take. Every key so given has its text (under the prefix its
     * caller adds), and so does every key built from a word (the bounds, signs, accessors, places).
     */
    @Test
    void everyKeyARuleSetOrWaiverProblemIsWordedFromHasItsText() throws IOException {
        Properties en = load("en");
        Pattern given = Pattern.compile("\"([a-z][\\w.-]*)\"\\s*,\\s*(?:java\\.util\\.)?Map\\.of\\(");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Stream.of("ruleset", "fixtures", "waiver", "engine").flatMap(folder -> {
            try {
                return Files.walk(Path.of("src/main/java/org/perfdecl/checker", folder));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = given.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    found++;
                    if (Stream.of("", "ruleset.", "ruleset.constraints.", "trial.", "waiver.", "problem.waiver.")
                            .noneMatch(prefix -> en.containsKey(prefix + key))) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        for (String bound : java.util.List.of("atLeast", "above", "atMost", "below")) {
            for (String hint : java.util.List.of("", ".hint")) {
                if (!en.containsKey("ruleset.constraints.value." + bound + hint)) {
                    missing.add("ruleset.constraints.value." + bound + hint);
                }
            }
        }
        for (String want : java.util.List.of("at-least", "above", "at-most", "below")) {
            if (!en.containsKey("ruleset.constraints.ordered." + want)) {
                missing.add("ruleset.constraints.ordered." + want);
            }
        }
        for (String accessor : java.util.List.of("number", "text", "words", "numbers", "texts")) {
            if (!en.containsKey("ruleset.parameter.type." + accessor)) {
                missing.add("ruleset.parameter.type." + accessor);
            }
        }
        for (String place : java.util.List.of("", ".line", ".field", ".line.field")) {
            if (!en.containsKey("waiver.describe" + place)) {
                missing.add("waiver.describe" + place);
            }
        }
        assertThat(found).as("keys found in the code").isGreaterThan(60);
        assertThat(missing).as("keys without a text").isEmpty();
    }
}
