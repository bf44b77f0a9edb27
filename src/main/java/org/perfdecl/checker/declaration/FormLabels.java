package org.perfdecl.checker.declaration;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a form's labels, indicator headers and total rows go by, from {@code form-labels.yaml} beside
 * this class. They are read with the form, before any rule set is chosen, so they ship with the reader
 * rather than in the rules folder; keeping them in a data file lets another province's wording be added
 * without touching the code that reads the table.
 */
final class FormLabels {

    private static final String FILE = "form-labels.yaml";

    /** Label (as {@link FormTableReader#labelKey} leaves it) to the field it introduces. */
    final Map<String, String> fields = new HashMap<>();
    /** Indicator table header (as labelKey leaves it) to the canonical column name. */
    final Map<String, String> indicatorColumns = new HashMap<>();
    /** Names of a sub-project row that is the table's total, without spaces. */
    final Set<String> totalRows = new HashSet<>();
    /**
     * Headers of a sub-project table's amount column (预算金额, 金额, 预算数), without spaces or a unit in brackets: beside
     * funding-source columns, the row's total, its sources the parts.
     */
    final Set<String> subProjectAmounts = new HashSet<>();
    /** Headers of a column of notes beside amounts (项目资金（万元） | 金额 | 备注): words, no amount, as labelKey leaves them. */
    final Set<String> noteColumns = new HashSet<>();
    /** Headers of a parts table's names column (子项目名称, 地区), as labelKey leaves them. */
    final Set<String> subProjectNameHeaders = new HashSet<>();
    /** The label of a table of parts alone on its row (分地区资金分配情况), as labelKey leaves it: set aside. */
    final Set<String> subProjectTableLabels = new HashSet<>();
    /** What stands between the 一级 and the 二级 in one 指标类别 cell (产出指标-数量指标). */
    final List<String> categorySeparators = new java.util.ArrayList<>();
    /** How a 一级's name ends (产出指标): a 一级 cell holding both levels is told by it. */
    final List<String> categoryEndings = new java.util.ArrayList<>();
    /**
     * What a cell under a funding source may hold for none of that source (-, —): it adds nothing to the row's
     * sources, as an empty cell does; as {@link FormTableReader#labelKey} leaves them.
     */
    final Set<String> emptyAmounts = new HashSet<>();
    /**
     * The amount fields whose unit a sub-project table that names none takes, in order: the first the form writes
     * decides (this year's budget, the project's total, …).
     */
    final List<String> subProjectUnitFrom = new java.util.ArrayList<>();
    /** The words of a row that only says the table goes on from before (续表), as {@link FormTableReader#continuationKey} leaves them. */
    final Set<String> continuationRows = new HashSet<>();
    final Set<String> fillingNotes = new HashSet<>();
    final List<java.util.regex.Pattern> titleQualifiers = new java.util.ArrayList<>();
    /** A page's footer or header printed inside a table (第2页 共2页, - 2 -): each matches a row's whole text. */
    final List<java.util.regex.Pattern> pageMarks = new java.util.ArrayList<>();

    /** Numbered headings of a form's parts alone on their row (一、项目基本情况): no row of the form. */
    final List<java.util.regex.Pattern> sectionHeadings = new java.util.ArrayList<>();
    /** The first words (or bracketed words) of a mid-term column's header: 中期目标, 指标值（中期）. */
    final List<String> midTermWords = new java.util.ArrayList<>();
    /** The same of the annual column's header beside it: 年度资金总额, 年度指标值. */
    final List<String> annualWords = new java.util.ArrayList<>();
    /** Words put in place of an amount label's leading year of the budget year (2026年度预算数 -> 年度预算数). */
    final List<String> thisYearWords = new java.util.ArrayList<>();
    /** The same for the year before it (2025年执行数 -> 上年执行数). */
    final List<String> lastYearWords = new java.util.ArrayList<>();

    /** How a form's title ends (…绩效目标申报表, …绩效目标表), longest first. */
    final List<String> titleEndings = new java.util.ArrayList<>();
    /** Words of a title of a form of no project (部门整体支出…): such a form is refused with the reason. */
    final List<String> notProjectTitles = new java.util.ArrayList<>();
    /** Labels only a department's whole-budget form has (部门职能职责概述, 年度主要任务), as label keys. */
    final List<String> notProjectLabels = new java.util.ArrayList<>();
    /** Labels of the project's code in the budget system (项目编码), as label keys. */
    final List<String> projectCodes = new java.util.ArrayList<>();

    /** A seal note at the end of a unit's name (　　（盖章）, (公章), 盖章), from the words of {@code sealNotes}; null without any. */
    java.util.regex.Pattern sealNote;

    static final FormLabels BUNDLED = load();

    private static FormLabels load() {
        try (InputStream in = FormLabels.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath beside " + FormLabels.class.getName());
            }
            JsonNode root = YAMLMapper.builder().build().readTree(in);
            FormLabels labels = new FormLabels();
            root.path("fields").properties().forEach(e ->
                    words(e.getValue()).forEach(w -> labels.fields.put(w, e.getKey())));
            labels.addShortAndLongForms(words(root.path("labelEndings").path("endings")),
                    root.path("labelEndings").path("fields").valueStream().map(JsonNode::asString).toList());
            root.path("indicatorColumns").properties().forEach(e ->
                    words(e.getValue()).forEach(w -> labels.indicatorColumns.put(w, e.getKey())));
            labels.totalRows.addAll(words(root.path("totalRows")));
            labels.subProjectAmounts.addAll(words(root.path("subProjectAmounts")));
            labels.emptyAmounts.addAll(words(root.path("emptyAmounts")));
            labels.noteColumns.addAll(words(root.path("noteColumns")));
            labels.subProjectNameHeaders.addAll(words(root.path("subProjectNameHeaders")));
            labels.subProjectTableLabels.addAll(words(root.path("subProjectTableLabels")));
            root.path("categorySeparators").valueStream().map(JsonNode::asString).forEach(labels.categorySeparators::add);
            labels.categoryEndings.addAll(words(root.path("categoryEndings")));
            root.path("subProjectUnitFrom").valueStream().map(JsonNode::asString).forEach(labels.subProjectUnitFrom::add);
            words(root.path("titleEndings")).stream().sorted((a, b) -> b.length() - a.length()).forEach(labels.titleEndings::add);
            labels.notProjectTitles.addAll(words(root.path("notProjectTitles")));
            labels.notProjectLabels.addAll(words(root.path("notProjectLabels")));
            labels.projectCodes.addAll(words(root.path("projectCodes")));
            if (labels.titleEndings.isEmpty()) {
                throw new IllegalStateException(FILE + " names no titleEndings");
            }
            root.path("continuationRows").valueStream()
                    .forEach(n -> labels.continuationRows.add(FormTableReader.continuationKey(n.asString())));
            labels.fillingNotes.addAll(words(root.path("fillingNotes")));
            root.path("titleQualifiers").valueStream()
                    .forEach(n -> labels.titleQualifiers.add(java.util.regex.Pattern.compile(n.asString())));
            root.path("pageMarks").valueStream()
                    .forEach(n -> labels.pageMarks.add(java.util.regex.Pattern.compile(n.asString())));
            root.path("sectionHeadings").valueStream()
                    .forEach(n -> labels.sectionHeadings.add(java.util.regex.Pattern.compile(n.asString())));
            labels.midTermWords.addAll(words(root.path("periodColumns").path("midTerm")));
            labels.annualWords.addAll(words(root.path("periodColumns").path("annual")));
            labels.thisYearWords.addAll(words(root.path("yearLabels").path("thisYear")));
            labels.lastYearWords.addAll(words(root.path("yearLabels").path("lastYear")));
            List<String> seals = root.path("sealNotes").valueStream().map(JsonNode::asString)
                    .sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote).toList();
            if (!seals.isEmpty()) {
                labels.sealNote = java.util.regex.Pattern.compile("[\\s\u3000]*(?:[（(【\\[][\\s\u3000]*(?:" + String.join("|", seals)
                        + ")[\\s\u3000]*[）)】\\]]|(?:" + String.join("|", seals) + "))[\\s\u3000]*$");
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * 上年预算额 -> also 上年预算, 上年预算数 and 上年预算金额; 项目总预算 -> also 项目总预算数 …: each label of these
     * fields is known without its ending (the longest that fits) and with each ending. A label the file writes out
     * keeps its field; of two forms so made that clash, neither is added, as the label then says nothing certain.
     */
    private void addShortAndLongForms(List<String> endings, List<String> ofFields) {
        List<String> longestFirst = endings.stream().sorted((a, b) -> b.length() - a.length()).toList();
        Map<String, String> added = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        fields.forEach((label, field) -> {
            if (!ofFields.contains(field)) {
                return;
            }
            String stem = longestFirst.stream().filter(e -> label.length() > e.length() + 1 && label.endsWith(e)).findFirst()
                    .map(e -> label.substring(0, label.length() - e.length())).orElse(label);
            for (String form : stemAndEndings(stem, endings)) {
                if (!fields.containsKey(form) && !field.equals(added.getOrDefault(form, field))) {
                    clashing.add(form);
                }
                added.putIfAbsent(form, field);
            }
        });
        added.forEach((form, field) -> {
            if (!clashing.contains(form)) {
                fields.putIfAbsent(form, field);
            }
        });
    }

    private static List<String> stemAndEndings(String stem, List<String> endings) {
        List<String> forms = new java.util.ArrayList<>();
        forms.add(stem);
        endings.forEach(e -> forms.add(stem + e));
        return forms;
    }

    private static List<String> words(JsonNode list) {
        return list.valueStream().map(n -> FormTableReader.labelKey(n.asString())).toList();
    }
}
