package org.perfdecl.checker.fuzz;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTextImporter;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of reading and checking, over generated input (see {@link Inputs}). The number of
 * tries comes from junit-platform.properties (a few hundred, so the suite stays quick); the
 * {@code fuzz} Maven profile runs many more (RELIABILITY.md has the figures).
 */
class ReadAndCheckPropertiesTest {

    private static final Set<String> FORM_FIELDS = Set.of("title", "framework", "budgetYear", "unit", "projectName",
            "projectType", "fundUse", "startDate", "endDate", "overview", "basis", "necessity", "safeguards",
            "totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent", "subProjects", "implementationPlan",
            "overallGoal", "annualGoal", "indicators", "remarks");

    private final Checker checker = TestRules.checker();

    @Provide
    Arbitrary<String> json() {
        return Inputs.jsonDeclarations();
    }

    @Provide
    Arbitrary<String> text() {
        return Inputs.textForms();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Inputs.rawBytes();
    }

    @Property
    void anyJsonDeclarationIsCheckedAndEveryFindingPointsAtAFieldOfTheForm(@ForAll("json") String json) {
        Declaration declaration = DeclarationJson.read(json);
        Report report = checkedCompletely(declaration);

        JsonNode input = DeclarationJson.parse(json);
        for (ReportFinding f : report.findings()) {
            assertThat(pointsAtTheForm(f.field(), input, declaration)).as(f.ruleId() + " at " + f.field()).isTrue();
            assertThat(f.message().zh()).isNotBlank();
            assertThat(f.message().en()).isNotBlank();
        }
    }

    @Property
    void anyMangledTextFormIsReadAsFormsOrRefusedWithTheReason(@ForAll("text") String text) {
        List<FormTextImporter.ImportedForm> forms;
        try {
            forms = new FormTextImporter().read(text);
        } catch (InputException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        for (var form : forms) {
            checkedCompletely(form.declaration());
        }
    }

    @Property
    void readingIsStableConvertingAFormToCanonicalJsonKeepsItsFindings(@ForAll("text") String text) {
        List<FormTextImporter.ImportedForm> forms;
        try {
            forms = new FormTextImporter().read(text);
        } catch (InputException refused) {
            return;
        }
        for (var form : forms) {
            Declaration converted = DeclarationJson.read(DeclarationJson.write(form.declaration()));
            assertThat(findings(checkedCompletely(converted))).isEqualTo(findings(checkedCompletely(form.declaration())));
        }
    }

    @Property
    void anyBytesAreReadAsAFormOrRefusedWithTheReason(@ForAll("bytes") byte[] bytes) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        for (boolean asJson : new boolean[]{true, false}) {
            try {
                if (asJson) {
                    checkedCompletely(DeclarationJson.read(content));
                } else {
                    new FormTextImporter().read(content).forEach(f -> checkedCompletely(f.declaration()));
                }
            } catch (InputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    /**
     * A report, with no rule failing on the input (a time-out on a loaded machine is not a failure of the input, nor
     * a form cut at the size limits).
     */
    private Report checkedCompletely(Declaration declaration) {
        Report report = checker.check(declaration, null, false);
        assertThat(report.summary().status()).isIn("PASS", "FAIL", "INCOMPLETE");
        if ("INCOMPLETE".equals(report.summary().status())) {
            assertThat(report.summary().problem()).containsAnyOf("checker.check-time-limit", "checker.limits.*");
        }
        return report;
    }

    /** What a reader's notes add (IMP-001) is not part of the canonical form; everything else must be. */
    private static List<String> findings(Report report) {
        return report.findings().stream().filter(f -> !f.ruleId().equals("IMP-001"))
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.field()).sorted().toList();
    }

    /**
     * The pointer names something the input holds, or a field of the form (a missing one, say), with
     * any row index inside the table that was checked.
     */
    private static boolean pointsAtTheForm(String pointer, JsonNode input, Declaration declaration) {
        if (pointer == null || pointer.isEmpty() || !input.at(pointer).isMissingNode()) {
            return true;
        }
        String[] segments = pointer.substring(1).split("/");
        if (!FORM_FIELDS.contains(segments[0])) {
            return false;
        }
        if (segments.length < 2) {
            return true;
        }
        int size = switch (segments[0]) {
            case "indicators" -> declaration.indicators().size();
            case "subProjects" -> declaration.subProjects().size();
            case "projectType" -> declaration.projectType().size();
            case "fundUse" -> declaration.fundUse().size();
            default -> 0;
        };
        return segments[1].chars().allMatch(Character::isDigit) && Integer.parseInt(segments[1]) < size;
    }
}
