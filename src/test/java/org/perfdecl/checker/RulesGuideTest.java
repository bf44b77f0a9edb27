package org.perfdecl.checker;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.ReadingNote;
import org.perfdecl.checker.facts.Facts;
import org.perfdecl.checker.facts.TargetReading;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

/** The fact model in rules/README.md must list exactly the fields the facts have: it cannot drift. */
class RulesGuideTest {

    private static final Pattern SECTION = Pattern.compile("(?m)^### (\\w+)\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\|");

    @Test
    void theFactModelInTheGuideMatchesTheCode() throws IOException {
        Map<String, List<String>> documented = documentedFields(Files.readString(Path.of("rules/README.md")));
        List<Class<?>> facts = new ArrayList<>(Arrays.asList(Facts.class.getDeclaredClasses()));
        facts.add(TargetReading.class);
        facts.add(ReadingNote.class);

        // Soft: one run names every fact whose section drifted, not just the first.
        SoftAssertions softly = new SoftAssertions();
        for (Class<?> fact : facts) {
            softly.assertThat(documented).as("rules/README.md has a section ### " + fact.getSimpleName())
                    .containsKey(fact.getSimpleName());
            List<String> fields = Arrays.stream(fact.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
            softly.assertThat(documented.get(fact.getSimpleName())).as("fields of " + fact.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(fields);
        }
        softly.assertAll();
    }

    private static Map<String, List<String>> documentedFields(String guide) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(guide);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (section.find()) {
            names.add(section.group(1));
            bounds.add(new int[]{section.end(), 0});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? guide.lastIndexOf("###", bounds.get(i + 1)[0]) : guide.indexOf("\n## ", bounds.get(i)[0]);
            String body = guide.substring(bounds.get(i)[0], end < 0 ? guide.length() : end);
            List<String> fields = new ArrayList<>();
            Matcher row = ROW.matcher(body);
            while (row.find()) {
                fields.add(row.group(1));
            }
            out.put(names.get(i), fields);
        }
        return out;
    }
}
