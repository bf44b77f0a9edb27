package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * A performance-target declaration (项目支出绩效目标申报表), field by field in form order. This is the
 * canonical JSON form (see {@code declaration.schema.json}); JSON Pointers in findings point into it.
 *
 * @param lastYearExecutionRate 上年预算执行率 as the form states it ("45%"), read into a rate by the fact mapper; the
 *                    rules use it only when 上年预算额 and 上年执行数 give no rate of their own
 * @param notes       what the importer could not read (not part of the canonical JSON)
 * @param sources     where each field came from in the file it was read from (JSON Pointer -> location)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "framework", "budgetYear", "unit", "projectName", "projectType", "fundUse",
        "startDate", "endDate", "overview", "basis", "necessity", "safeguards", "totalBudget",
        "currentYearBudget", "lastYearBudget", "lastYearSpent", "lastYearExecutionRate", "subProjects",
        "implementationPlan", "overallGoal", "annualGoal", "indicators", "remarks"})
public record Declaration(
        String title,
        String framework,
        Integer budgetYear,
        String unit,
        String projectName,
        List<Choice> projectType,
        List<Choice> fundUse,
        FormDate startDate,
        FormDate endDate,
        String overview,
        String basis,
        String necessity,
        String safeguards,
        Amount totalBudget,
        Amount currentYearBudget,
        Amount lastYearBudget,
        Amount lastYearSpent,
        String lastYearExecutionRate,
        List<SubProject> subProjects,
        String implementationPlan,
        String overallGoal,
        String annualGoal,
        List<IndicatorRow> indicators,
        String remarks,
        @JsonIgnore List<ReadingNote> notes,
        @JsonIgnore Map<String, Location> sources) {

    public Declaration {
        projectType = projectType == null ? List.of() : List.copyOf(projectType);
        fundUse = fundUse == null ? List.of() : List.copyOf(fundUse);
        subProjects = subProjects == null ? List.of() : List.copyOf(subProjects);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? Map.of() : java.util.Collections.unmodifiableMap(sources);
    }

    /** The names of the fields a form's template may have or lack (text fields, amounts, dates, tick boxes). */
    public static java.util.Set<String> fieldNames() {
        Declaration none = new Declaration(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        java.util.Set<String> names = new java.util.LinkedHashSet<>(none.textFields().keySet());
        names.addAll(none.amounts().keySet());
        names.addAll(List.of("startDate", "endDate", "projectType", "fundUse"));
        return names;
    }

    /** The same form with more notes of what could not be read. */
    public Declaration withNotes(List<ReadingNote> more) {
        List<ReadingNote> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Declaration(title, framework, budgetYear, unit, projectName, projectType, fundUse, startDate, endDate,
                overview, basis, necessity, safeguards, totalBudget, currentYearBudget, lastYearBudget, lastYearSpent,
                lastYearExecutionRate, subProjects, implementationPlan, overallGoal, annualGoal, indicators, remarks, all,
                sources);
    }

    /** The text fields by their JSON name, in form order. */
    @JsonIgnore
    public Map<String, String> textFields() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("unit", unit);
        fields.put("projectName", projectName);
        fields.put("overview", overview);
        fields.put("basis", basis);
        fields.put("necessity", necessity);
        fields.put("safeguards", safeguards);
        fields.put("implementationPlan", implementationPlan);
        fields.put("overallGoal", overallGoal);
        fields.put("annualGoal", annualGoal);
        fields.put("remarks", remarks);
        return fields;
    }

    /** The four amounts of the form by their JSON name. */
    @JsonIgnore
    public Map<String, Amount> amounts() {
        var fields = new java.util.LinkedHashMap<String, Amount>();
        fields.put("totalBudget", totalBudget);
        fields.put("currentYearBudget", currentYearBudget);
        fields.put("lastYearBudget", lastYearBudget);
        fields.put("lastYearSpent", lastYearSpent);
        return fields;
    }

    /**
     * Whether any of what makes a form one was read: a project name, an amount, a sub-project or source, an
     * indicator row. A file read as a form without any of these was not read at all (cells that could not be
     * told apart), whatever else a field or two may hold.
     */
    public boolean hasKeyField() {
        return !Text.isBlank(projectName) || !indicators.isEmpty() || !subProjects.isEmpty()
                || java.util.stream.Stream.of(totalBudget, currentYearBudget, lastYearBudget, lastYearSpent)
                        .anyMatch(a -> a != null && !a.isBlank());
    }
}
