package org.perfdecl.checker.facts;

import lombok.Value;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts rules match on. Every fact that concerns a field carries {@code path}, the JSON Pointer
 * of that field in the canonical declaration, which the finding reports. See rules/README.md for
 * the fact model as policy staff see it (a test keeps that page in step with this file).
 */
public final class Facts {

    private Facts() {
    }

    /** The form as a whole. Months are yyyymm numbers (201901) so rules can compare them. */
    @Value
    public static class Form {
        String title;
        Integer budgetYear;
        LocalDate startDate;
        LocalDate endDate;
        Integer startMonth;
        Integer endMonth;
        /** Labels of the ticked 项目类型 boxes. */
        List<String> projectTypes;
        /** Labels of the ticked 资金用途 boxes. */
        List<String> fundUses;
    }

    /** A free-text field: unit, projectName, overview, basis, necessity, safeguards, … */
    @Value
    public static class TextField {
        String name;
        String path;
        String text;
        /** The text without spaces, full-width folded: two texts that differ only in spacing are equal. */
        String plain;
        boolean blank;
    }

    /** An amount as written: the four budget amounts and each sub-project's amount. */
    @Value
    public static class AmountField {
        String name;
        String path;
        String raw;
        /** Null when blank or not a number. */
        Double value;
        boolean blank;
    }

    /** 开始时间 or 结束时间 as written; {@code value} is null when blank or unreadable. */
    @Value
    public static class DateField {
        String name;
        String path;
        String raw;
        LocalDate value;
        boolean blank;
    }

    /** A tick-box field (projectType, fundUse) with every box and those ticked. */
    @Value
    public static class ChoiceGroup {
        String name;
        String path;
        List<String> labels;
        List<String> checked;
        int checkedCount;
    }

    /**
     * The budget figures, null where missing or unreadable. Rates are fractions (0.854), computed
     * only when both figures are there and the divisor is positive.
     */
    @Value
    public static class Budget {
        Double total;
        Double currentYear;
        Double lastYear;
        Double lastYearSpent;
        Double executionRate;
        /**
         * 上年预算执行率 as the form states it (45% -> 0.45), null when not stated or not a number. Rules use it
         * only when the amounts give no {@code executionRate}: the amounts win.
         */
        Double statedExecutionRate;
        Double growthRate;
        int subProjectCount;
        /** Sum of the sub-project amounts; null when one of them is missing or unreadable, or rows were left out at the size limit. */
        Double subProjectSum;
        /** The parts' names without spaces or a leading 其中： (财政拨款): rules tell sub-projects from funding sources by them. */
        java.util.List<String> subProjectNames;

        /** By how much the sub-projects miss this year's budget (negative when they fall short). */
        public Double getSubProjectDifference() {
            return subProjectSum == null || currentYear == null ? null : subProjectSum - currentYear;
        }
    }

    /**
     * A row of 项目当年投入资金构成 with, when the table gives the row both its total (合计, 预算金额) and its funding
     * sources (财政拨款, 其他资金 …), what its sources add up to: {@code path} is the row's amount
     * ({@code /subProjects/N/amount}), where a row whose sources miss its total is reported.
     */
    @Value
    public static class SubProjectRow {
        int index;
        String path;
        String name;
        /** The row's own amount (its 合计); null when blank or not a number. */
        Double amount;
        /** How many sources the row fills in beside its total; 0 when the table gives none. */
        int sourceCount;
        /** The sources added up; null when none is given or one is not a number. */
        Double sourcesSum;
        /**
         * The row's 合计 when the table has one beside its amount column (预算金额 | 财政拨款 | 其他资金 | 合计); null when it
         * has none, or the cell is blank or not a number.
         */
        Double total;

        /** By how much the sources miss the row's own amount (negative when they fall short). */
        public Double getSourcesDifference() {
            return sourcesSum == null || amount == null ? null : sourcesSum - amount;
        }

        /** By how much the sources miss the row's 合计 (negative when they fall short). */
        public Double getSourcesTotalDifference() {
            return sourcesSum == null || total == null ? null : sourcesSum - total;
        }

        /** By how much the row's 合计 misses its amount (negative when it falls short). */
        public Double getTotalDifference() {
            return total == null || amount == null ? null : total - amount;
        }
    }

    /**
     * A row of the indicator table with its target reading. Stems drop 目标/指标 (数量目标 -> 数量).
     * The mapper groups the rows once, so rules compare a row with its group without joining rows
     * pairwise (which grows with the square of the table): {@code firstOfLevel1} marks the first row
     * of its 一级, {@code sameLevel3Before} is the index of the nearest earlier row with the same
     * 三级 stem (-1 when none).
     */
    @Value
    public static class Indicator {
        int index;
        String path;
        String level1;
        String level2;
        String level3;
        String level1Stem;
        String level2Stem;
        String level3Stem;
        String target;
        TargetReading reading;
        boolean firstOfLevel1;
        int sameLevel3Before;
        /** The row's 二级 cell was blank and its 二级 taken from the row above (see IndicatorRow). */
        boolean level2FromAbove;

        /** The row number a reader counts, from 1. */
        public int getRow() {
            return index + 1;
        }

        /** The row number of the nearest earlier row with the same 三级 stem, from 1 (0 when none). */
        public int getSameLevel3Row() {
            return sameLevel3Before + 1;
        }
    }

    /**
     * A date named in 项目实施计划 (2018年9月) as the yyyymm months it covers: one month, or for a
     * year alone (2019年) its first and last month.
     */
    @Value
    public static class PlanDate implements Comparable<PlanDate> {
        String text;
        int firstMonth;
        int lastMonth;

        /** In the calendar's order: a rule lists the dates it names so. */
        @Override
        public int compareTo(PlanDate other) {
            return firstMonth != other.firstMonth ? Integer.compare(firstMonth, other.firstMonth) : Integer.compare(lastMonth, other.lastMonth);
        }

        /** As the plan writes it: how a message names it. */
        @Override
        public String toString() {
            return text;
        }
    }

    /** The framework this declaration is checked against; {@code known} is false for an unknown id. */
    @Value
    public static class ActiveFramework {
        String id;
        boolean known;
    }

    /** A 一级 of a framework. */
    @Value
    public static class FrameworkLevel1 {
        String framework;
        String name;
        String stem;
    }

    /** A 二级 allowed under a 一级 of a framework. */
    @Value
    public static class FrameworkLevel2 {
        String framework;
        String level1;
        String level1Stem;
        String stem;
        boolean required;
    }

    /**
     * A clause of 年度绩效目标 with the content words it speaks of (see rules/parameters.yaml
     * {@code relevance}). {@code measurable}: it holds a number, or promises a result rather than
     * stating a value (a clause built on 弘扬, 体现 … does not). {@code measures}: the kinds of quantity its
     * figures state (24场 → 次, 1.2万人 → 人, 95% → %), as {@code relevance.unitFamilies} groups units.
     * {@code figures}: the counts and amounts it writes, by value and unit (1200名 → 1200人, 1.6万名 → 16000人,
     * 一千件 → 1000件, 3亿元 → 300000000元), as {@link IndicatorTerms#getFigure()} writes an indicator's.
     */
    @Value
    public static class GoalItem {
        int index;
        String path;
        String text;
        List<String> terms;
        /**
         * Its words that are not the project's subject (the words of the project's name and 项目总目标): 防治, 知识, 宣传
         * of 开展重点传染病防治知识宣传 in 重点传染病监测预警; all its words when every one is.
         */
        List<String> ownTerms;
        boolean measurable;
        List<String> measures;
        List<String> figures;
        /**
         * Which sentence of the goal it is in: clauses apart by commas share one (推行电子税务局全程网上办理，主要涉税事项网上办理率达到95%),
         * a full stop, a semicolon or a line starts the next.
         */
        int sentence;
    }

    /** The content words of an indicator's 三级 name, for matching it to the goal. */
    @Value
    public static class IndicatorTerms {
        int index;
        String path;
        String level3;
        List<String> terms;
        /**
         * Pairs of characters the segmenter cut apart in its name (学前 of 学/前/三/年/毛/入/园/率, 易涝 of 易/涝/点), looked
         * for in the goals as written: a word the dictionary lacks is cut one way in a name and another in a goal.
         */
        List<String> pieces;
        /**
         * Its target's figure by value and unit, as {@link GoalItem#getFigures()} holds a clause's (≥30万亩 → 300000亩,
         * ≥3000人次 → 3000人次, ≤2亿元 → 200000000元; a unit no list knows as written: 35微克/立方米), for a count or an amount; null for a rate, a date, words or a
         * value without a unit.
         */
        String figure;
        /**
         * The kind of quantity its target states, its unit as {@code relevance.unitFamilies} groups units
         * (≥500人次 → 人, ≥95% → %, ≤60万元 → 元); "" when it cannot tell (a number without a unit, a target left empty
         * or unreadable); null for a date, words or yes/no, which count no quantity.
         */
        String measure;
    }

    /** The content words the project's own texts speak of: 年度绩效目标, 项目总目标 and 项目概况 together. */
    @Value
    public static class ProjectTerms {
        List<String> terms;
        /** The texts the form has (annualGoal, overallGoal, overview: the ones not blank), for a message to name. */
        List<String> texts;
        /** Those texts as written (half-width), one a line, for what the segmenter cut apart in a name. */
        String text;
    }

    /**
     * How much of 年度绩效目标 is taken from 项目总目标: the share (0..1) of the annual goal's
     * character pairs found in the overall goal, punctuation, spacing and general words
     * ({@code relevance.stopTerms}: 进一步, 更好) ignored; {@code identical} when the two are the same text;
     * {@code holdsWhole} when the annual goal writes the whole overall goal and more.
     */
    @Value
    public static class GoalOverlap {
        double share;
        boolean identical;
        boolean holdsWhole;
    }
    /**
     * Last year's form of the same project, present only when one was given with the check or found
     * in the history. {@code sameProject}: the same unit and project name (see ProjectKey);
     * {@code yearBefore}: its budget year is this form's minus one. The comparison facts below
     * ({@link DroppedIndicator}, {@link TargetChange}, {@link BudgetChange}) exist only when both hold.
     */
    @Value
    public static class PreviousForm {
        /** given (with the check) or history (the stored report of last year). */
        String origin;
        String unit;
        String projectName;
        Integer budgetYear;
        /** This form's budget year minus one, the year last year's form should have. */
        Integer expectedYear;
        boolean sameProject;
        boolean yearBefore;
        /** 项目当年预算 on last year's form. */
        Double currentYear;
        /** 年度绩效目标 is the same text both years (spacing and punctuation ignored), and not blank. */
        boolean sameAnnualGoal;
        /** Fields of last year's form that could not be read (an amount not a number, no indicators): not compared. */
        List<String> unreadable;
    }

    /**
     * A row of last year's indicator table with no row of the same name this year: names are
     * compared by their 三级 stem, within the same 二级 category, or anywhere in the table when the
     * row moved category. {@code path} is this year's indicator table, where the finding is reported.
     */
    @Value
    public static class DroppedIndicator {
        String path;
        /** Last year's row, from 1. */
        int previousRow;
        String level1;
        String level2;
        String level3;
        String target;
    }

    /**
     * The same indicator both years with readings that can be compared: the same kind (RATE,
     * QUANTITY or AMOUNT), the same unit, a number each year, and comparators that do not point
     * opposite ways. {@code higherIsBetter} comes from the comparator (≥ and > ask for more, ≤ and <
     * for less), else from the indicator's name (yoy.lowerIsBetter); {@code lowered} is true when this
     * year asks for less than last year in that direction (satisfaction ≥95% -> ≥90%, a cost ≤500 -> ≤600).
     */
    @Value
    public static class TargetChange {
        Indicator indicator;
        /** This year's indicator row, as {@link Indicator#getPath()}. */
        String path;
        String kind;
        String unit;
        /** Last year's reading of the same indicator's target. */
        TargetReading previous;
        Double previousNumber;
        Double currentNumber;
        boolean higherIsBetter;
        boolean lowered;
    }

    /**
     * This year's budget figures against last year's form. Rates are fractions; each is null when a
     * figure it needs is missing or last year's 当年预算 is not positive.
     */
    @Value
    public static class BudgetChange {
        /** 项目当年预算 on last year's form. */
        Double previousCurrentYear;
        /** 项目当年预算 this year. */
        Double currentYear;
        /** 同名项目上年预算额 as this year's form states it. */
        Double statedLastYear;
        /** 同名项目上年预算执行数 as this year's form states it. */
        Double statedLastYearSpent;
        /** currentYear / previousCurrentYear − 1. */
        Double growthRate;
        /** statedLastYearSpent / previousCurrentYear: last year's execution against last year's own budget. */
        Double executionRate;
        /** statedLastYear − previousCurrentYear. */
        Double statedDifference;
    }
}
