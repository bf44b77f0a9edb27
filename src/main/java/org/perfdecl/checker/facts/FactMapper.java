package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Amount;
import org.perfdecl.checker.declaration.Choice;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.FormDate;
import org.perfdecl.checker.declaration.IndicatorRow;
import org.perfdecl.checker.declaration.ReadingNote;
import org.perfdecl.checker.declaration.SubProject;
import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.facts.Facts.ActiveFramework;
import org.perfdecl.checker.facts.Facts.AmountField;
import org.perfdecl.checker.facts.Facts.Budget;
import org.perfdecl.checker.facts.Facts.ChoiceGroup;
import org.perfdecl.checker.facts.Facts.DateField;
import org.perfdecl.checker.facts.Facts.Form;
import org.perfdecl.checker.facts.Facts.FrameworkLevel1;
import org.perfdecl.checker.facts.Facts.FrameworkLevel2;
import org.perfdecl.checker.facts.Facts.Indicator;
import org.perfdecl.checker.facts.Facts.PlanDate;
import org.perfdecl.checker.facts.Facts.TextField;
import org.perfdecl.checker.ruleset.Framework;
import org.perfdecl.checker.ruleset.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a declaration into the facts the rules match on. Holds no policy: it reads the rule set's. */
public final class FactMapper {

    private static final Pattern PLAN_DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(?:(\\d{1,2})\\s*(?:[—\\-–~～至到]\\s*(\\d{1,2}))?\\s*月)?");

    /** 一、 1. (一) ①: the numbering before a category name. */
    private static final Pattern CATEGORY_NUMBER =
            Pattern.compile("^(?:\\(?[一二三四五六七八九十\\d]{1,3}[)、.．]|[①-⑳])");
    /** A year before or after a form's title: 2026年度…, …（2026年）. */
    private static final Pattern TITLE_YEAR =
            Pattern.compile("^\\d{4}年度?|\\(\\d{4}年?度?\\)$");
    /** A bracketed note at the end of a category name, and what a bracket left open runs to. */
    private static final Pattern CATEGORY_NOTE = Pattern.compile("[(\\[【].*$");
    /** A rate as a form states it: a number with a percent sign (45%, 45 %), or without (45), or a fraction. */
    private static final Pattern STATED_RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)(%?)");
    private final RuleSet ruleSet;
    private final TargetReader targetReader;
    private final RelevanceFacts relevance;
    private final List<String> nameSuffixes;
    private final Map<String, String> directionWords;
    private final YearOverYear yearOverYear;

    public FactMapper(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.targetReader = new TargetReader(ruleSet.policy());
        this.relevance = new RelevanceFacts(ruleSet.policy());
        this.nameSuffixes = ruleSet.policy().words("reading.nameSuffixes");
        this.directionWords = ruleSet.policy().texts("reading.directionWords");
        this.yearOverYear = new YearOverYear(ruleSet.policy());
    }

    public List<Object> map(Declaration d) {
        return map(d, null);
    }

    /** The facts of a form, and with last year's form of the project, the facts of what changed. */
    public List<Object> map(Declaration d, org.perfdecl.checker.previous.LastYear lastYear) {
        List<Object> facts = new ArrayList<>();
        facts.add(ruleSet.policy());
        facts.addAll(d.notes());
        facts.add(form(d));
        List<Indicator> indicators = indicators(d.indicators());
        String frameworkId = Text.isBlank(d.framework()) ? chooseFramework(d.title(), indicators) : d.framework();
        Framework framework = ruleSet.frameworks().get(frameworkId);
        // a field the framework's template does not have is no fact when the form leaves it blank: no rule
        // asks for it; one the form fills anyway is checked as on any form
        List<String> absent = framework == null ? List.of() : framework.absentFields();
        d.textFields().forEach((name, text) -> {
            if (!(Text.isBlank(text) && absent.contains(name))) {
                facts.add(new TextField(name, "/" + name, text, plain(text), Text.isBlank(text)));
            }
        });
        d.amounts().forEach((name, amount) -> {
            if (!((amount == null || amount.isBlank()) && absent.contains(name))) {
                facts.add(amountField(name, "/" + name, amount));
            }
        });
        for (int i = 0; i < d.subProjects().size(); i++) {
            facts.add(amountField("subProjectAmount", "/subProjects/" + i + "/amount", d.subProjects().get(i).amount()));
            // each source written beside the row's total: one that is no number, or negative, is told as any amount
            List<SubProject.Source> sources = d.subProjects().get(i).sources();
            for (int j = 0; j < sources.size(); j++) {
                facts.add(amountField("subProjectSourceAmount", "/subProjects/" + i + "/sources/" + j + "/amount",
                        sources.get(j).amount()));
            }
            if (d.subProjects().get(i).total() != null) {
                facts.add(amountField("subProjectTotal", "/subProjects/" + i + "/total", d.subProjects().get(i).total()));
            }
            String name = d.subProjects().get(i).name();
            facts.add(new TextField("subProjectName", "/subProjects/" + i + "/name", name, plain(name), Text.isBlank(name)));
            facts.add(subProjectRow(i, d.subProjects().get(i), d.notes()));
        }
        dateField("startDate", d.startDate(), absent, facts);
        dateField("endDate", d.endDate(), absent, facts);
        choiceGroup("projectType", d.projectType(), absent, facts);
        choiceGroup("fundUse", d.fundUse(), absent, facts);
        facts.add(budget(d));
        if (!Text.isBlank(d.lastYearExecutionRate()) && statedRate(d.lastYearExecutionRate()) == null) {
            // a stated 上年预算执行率 that is no percentage (约九成, 待定) is told, not silently left out of BUD-001
            facts.add(new ReadingNote("/lastYearExecutionRate", d.lastYearExecutionRate(), "notARate", null,
                    d.sources().get("/lastYearExecutionRate")));
        }
        d.textFields().forEach((name, text) -> {
            // a NUL, a lone surrogate or a right-to-left override (U+202E) in a field does not show, yet it hides or
            // reorders what a reviewer reads: told at the field, the text kept as it came
            String hidden = Text.invisibleCharacters(text);
            if (hidden != null) {
                facts.add(new ReadingNote("/" + name, hidden, "invisibleCharacters", null, d.sources().get("/" + name)));
            }
        });
        facts.addAll(indicators);
        facts.addAll(relevance.map(d, indicators));
        facts.addAll(planDates(d.implementationPlan()));
        framework(frameworkId, framework, facts);
        if (lastYear != null) {
            facts.addAll(yearOverYear.map(d, indicators, lastYear, indicators(lastYear.declaration().indicators())));
        }
        return facts;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    private static String plain(String text) {
        return text == null ? "" : Text.noSpaces(Text.halfWidth(text));
    }

    private static Form form(Declaration d) {
        LocalDate start = d.startDate() == null ? null : d.startDate().value();
        LocalDate end = d.endDate() == null ? null : d.endDate().value();
        return new Form(d.title(), d.budgetYear(), start, end, month(start), month(end),
                checked(d.projectType()), checked(d.fundUse()));
    }

    private static Integer month(LocalDate date) {
        return date == null ? null : date.getYear() * 100 + date.getMonthValue();
    }

    private static List<String> checked(List<Choice> choices) {
        return choices.stream().filter(Choice::checked).map(FactMapper::label).toList();
    }

    /** A box without a label (possible in JSON) is still a box; rules never see a null. */
    private static String label(Choice c) {
        return c.label() == null ? "" : c.label();
    }

    /** A tick-box group, when the framework's template has it or the form has its boxes anyway. */
    private static void choiceGroup(String name, List<Choice> choices, List<String> absent, List<Object> facts) {
        if (choices.isEmpty() && absent.contains(name)) {
            return;
        }
        List<String> checked = checked(choices);
        facts.add(new ChoiceGroup(name, "/" + name, choices.stream().map(FactMapper::label).toList(), checked, checked.size()));
    }

    private static AmountField amountField(String name, String path, Amount amount) {
        if (amount == null) {
            return new AmountField(name, path, "", null, true);
        }
        return new AmountField(name, path, amount.raw(), value(amount), amount.isBlank());
    }

    private static void dateField(String name, FormDate date, List<String> absent, List<Object> facts) {
        if (!((date == null || date.isBlank()) && absent.contains(name))) {
            facts.add(dateField(name, date));
        }
    }

    private static DateField dateField(String name, FormDate date) {
        if (date == null) {
            return new DateField(name, "/" + name, "", null, true);
        }
        return new DateField(name, "/" + name, date.raw(), date.value(), date.isBlank());
    }

    private static Double value(Amount amount) {
        return amount == null || amount.value() == null ? null : amount.value().doubleValue();
    }

    private static Budget budget(Declaration d) {
        Double lastYear = value(d.lastYearBudget());
        Double spent = value(d.lastYearSpent());
        Double current = value(d.currentYearBudget());
        Double executionRate = lastYear != null && spent != null && lastYear > 0 ? spent / lastYear : null;
        Double growthRate = lastYear != null && current != null && lastYear > 0 ? current / lastYear - 1 : null;
        Double sum = 0.0;
        for (SubProject p : d.subProjects()) {
            Double v = value(p.amount());
            sum = v == null || sum == null ? null : sum + v;
        }
        if (d.notes().stream().anyMatch(n -> "tooManyRows".equals(n.problem()) && "/subProjects".equals(n.field()))) {
            sum = null; // rows beyond checker.limits.max-sub-projects were left out: the sum of the rest is no total
        }
        List<String> names = new ArrayList<>();
        for (SubProject p : d.subProjects()) {
            String name = p.name() == null ? "" : Text.noSpaces(Text.halfWidth(p.name()));
            names.add(name.startsWith("其中") ? name.substring(name.startsWith("其中:") ? 3 : 2) : name);
        }
        return new Budget(value(d.totalBudget()), current, lastYear, spent, executionRate,
                statedRate(d.lastYearExecutionRate()), growthRate, d.subProjects().size(), sum, List.copyOf(names));
    }

    /** A sub-project row with its sources added up (null when it gives none, one is not a number, or some were cut off). */
    private static Facts.SubProjectRow subProjectRow(int index, SubProject p, List<ReadingNote> notes) {
        String path = "/subProjects/" + index;
        Double sum = p.sources().isEmpty() ? null : 0.0;
        for (SubProject.Source source : p.sources()) {
            Double v = value(source.amount());
            sum = v == null || sum == null ? null : sum + v;
        }
        if (notes.stream().anyMatch(n -> "tooManyRows".equals(n.problem()) && (path + "/sources").equals(n.field()))) {
            sum = null; // sources beyond the size limit were left out: the rest add up to no total
        }
        return new Facts.SubProjectRow(index, path + "/amount", p.name(), value(p.amount()), p.sources().size(), sum,
                value(p.total()));
    }

    /**
     * 上年预算执行率 as stated, as a fraction: 45% and 45 are 0.45 (a number above 1 without its percent sign, as
     * under a label 上年预算执行率（%）, is a percentage), 0.45 is 0.45. Null when blank or not one number.
     */
    static Double statedRate(String stated) {
        if (stated == null) {
            return null;
        }
        Matcher m = STATED_RATE.matcher(Text.noSpaces(Text.halfWidth(stated)));
        if (!m.matches()) {
            return null;
        }
        double number = Double.parseDouble(m.group(1));
        return m.group(2).isEmpty() && number <= 1 ? number : number / 100;
    }

    /** The rows with their groups (see {@link Indicator}), in one pass. */
    private List<Indicator> indicators(List<IndicatorRow> rows) {
        List<Indicator> out = new ArrayList<>(rows.size());
        Set<String> level1Seen = new HashSet<>();
        Map<String, Integer> lastRowOfLevel3 = new HashMap<>();
        for (int index = 0; index < rows.size(); index++) {
            IndicatorRow row = rows.get(index);
            String level1 = Text.squash(row.level1());
            String level2 = Text.squash(row.level2());
            String level3 = Text.squash(row.level3());
            String level1Stem = categoryStem(level1);
            String level3Stem = stem(level3);
            Integer before = level3Stem.isEmpty() ? null : lastRowOfLevel3.put(level3Stem, index);
            out.add(new Indicator(index, "/indicators/" + index, level1, level2, level3, level1Stem, level2Stem(level1Stem, level2),
                    level3Stem, row.target(), targetReader.read(withDirection(row), row.level2(), row.level3() == null ? "" : row.level3()),
                    level1Seen.add(level1Stem),
                    before == null ? -1 : before, row.level2FromAbove()));
        }
        return out;
    }

    /**
     * A bare number in a row whose 指标方向 (or 指标性质) says 正向 or 反向 is a floor or a ceiling
     * (reading.directionWords): {@code 95 | 正向} reads as ≥95. A value with its own comparator keeps it.
     */
    private String withDirection(IndicatorRow row) {
        String target = row.target();
        if (target == null || target.isBlank() || !Character.isDigit(Text.halfWidth(target.strip()).charAt(0))) {
            return target;
        }
        for (String column : new String[]{row.direction(), row.nature()}) {
            String sign = column == null ? null : directionWords.get(Text.noSpaces(column));
            if (sign != null) {
                return sign + target.strip();
            }
        }
        return target;
    }

    /**
     * The stem of a 一级 or 二级 category as provinces write it: numbered ({@code 一、产出指标},
     * {@code （二）质量指标}) or with a note or a score after it ({@code 产出指标(70分)},
     * {@code 数量指标(或建筑规模指标)}) — the category is the name before the note.
     */
    public String categoryStem(String name) {
        if (name == null) {
            return "";
        }
        String known = categoryStems.get(name);
        if (known != null) {
            return known;
        }
        String stem = stemOfCategory(name);
        if (categoryStems.size() < MAX_CATEGORY_STEMS) {
            categoryStems.put(name, stem);
        }
        return stem;
    }

    /**
     * The 一级 and 二级 names of every form come from a few frameworks' words (产出指标, 数量指标 …), two of them on
     * every indicator row: each is stemmed once (two patterns and two normalisations were ~4% of a check). A
     * plain map, bounded so that forms of names never seen before cannot grow it without end.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> categoryStems = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CATEGORY_STEMS = 10_000;

    private String stemOfCategory(String name) {
        String s = CATEGORY_NUMBER.matcher(Text.noSpaces(Text.halfWidth(name))).replaceFirst("");
        s = CATEGORY_NOTE.matcher(s).replaceFirst("");
        return stem(s.isEmpty() ? name : s);
    }

    /**
     * A 二级 that writes its 一级 before it, as the 2013-2018 templates do (产出数量, 产出质量, 产出时效 under 产出指标), has
     * the stem of what follows (数量): IND-002 said 产出指标 had no 数量 indicator beside a row of 产出数量.
     */
    private String level2Stem(String level1Stem, String level2) {
        String stem = categoryStem(level2);
        return !level1Stem.isEmpty() && stem.length() > level1Stem.length() && stem.startsWith(level1Stem)
                ? stem.substring(level1Stem.length()) : stem;
    }

    /** 数量目标 and 数量指标 both have the stem 数量. */
    public String stem(String name) {
        if (name == null) {
            return "";
        }
        String s = Text.noSpaces(Text.halfWidth(name));
        for (String suffix : nameSuffixes) {
            if (s.length() > suffix.length() && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    static List<PlanDate> planDates(String plan) {
        List<PlanDate> dates = new ArrayList<>();
        if (plan == null) {
            return dates;
        }
        Matcher m = PLAN_DATE.matcher(Text.halfWidth(plan));
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                dates.add(new PlanDate(m.group().strip(), year * 100 + 1, year * 100 + 12));
                continue;
            }
            int from = Integer.parseInt(m.group(2));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            if (from >= 1 && from <= 12 && to >= from && to <= 12) {
                dates.add(new PlanDate(m.group().strip(), year * 100 + from, year * 100 + to));
            }
        }
        return dates;
    }

    /** Framework facts are immutable and the same for every check: built once per framework. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Object>> frameworkFacts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private List<Object> frameworkFacts(Framework framework) {
        return frameworkFacts.computeIfAbsent(framework.id(), id -> {
            List<Object> out = new ArrayList<>();
            for (Framework.Level level : framework.levels()) {
                String level1Stem = stem(level.name());
                out.add(new FrameworkLevel1(id, level.name(), level1Stem));
                for (String allowed : level.allowed()) {
                    out.add(new FrameworkLevel2(id, level.name(), level1Stem, stem(allowed), level.required().contains(allowed)));
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The framework of a form that names none, by what it shows: its exact title (a year before it or
     * after it aside); else the 一级 categories its indicators use, when one framework's categories
     * cover more of them than any other's (a form from Beijing titled its own way, with 产出/效益/满意度
     * 指标, is a central-2021 form); else a framework's title within its title; else the default.
     */
    String chooseFramework(String formTitle, List<Indicator> indicators) {
        Map<String, Framework> frameworks = ruleSet.frameworks();
        String title = formTitle == null ? "" : TITLE_YEAR.matcher(Text.noSpaces(Text.halfWidth(formTitle))).replaceAll("");
        for (Framework f : frameworks.values()) {
            if (f.formTitles().stream().anyMatch(t -> Text.noSpaces(Text.halfWidth(t)).equals(title))) {
                return f.id();
            }
        }
        Set<String> used = new HashSet<>();
        indicators.forEach(i -> used.add(i.getLevel1Stem()));
        used.remove("");
        String best = null;
        int bestCount = 0;
        boolean tied = false;
        for (Framework f : frameworks.values()) {
            int count = (int) f.levels().stream().map(level -> stem(level.name())).distinct().filter(used::contains).count();
            if (count > bestCount) {
                best = f.id();
                bestCount = count;
                tied = false;
            } else if (count == bestCount && count > 0) {
                tied = true;
            }
        }
        if (best != null && !tied) {
            return best;
        }
        String contained = null;
        int longest = 0;
        for (Framework f : frameworks.values()) {
            for (String t : f.formTitles()) {
                String plain = Text.noSpaces(Text.halfWidth(t));
                if (!title.isEmpty() && title.contains(plain) && plain.length() > longest) {
                    contained = f.id();
                    longest = plain.length();
                }
            }
        }
        return contained != null ? contained : ruleSet.policy().text("defaultFramework");
    }

    private void framework(String id, Framework framework, List<Object> facts) {
        facts.add(new ActiveFramework(id, framework != null));
        if (framework == null) {
            facts.add(new ReadingNote("/framework", id, "unknownFramework", String.join(", ", ruleSet.frameworks().keySet()), null));
            return;
        }
        facts.addAll(frameworkFacts(framework));
    }
}
