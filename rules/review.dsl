# 审核用语 · The review language: phrases of 财预〔2015〕88号 reviews, each standing for a pattern of DRL.
# Rules written with them live in *.dslr files. A placeholder {阈值} takes a key of parameters.yaml.
# [when] phrases are conditions, [then] phrases report. A phrase a .dslr uses that is not here stays
# untranslated and fails to compile, with its file and line.

[when]当 上年预算执行率 低于 {阈值:[A-Za-z.]+} 而 不低于 {下限:[A-Za-z.]+} 时=Policy($threshold : number("{阈值}"), $floor : number("{下限}")) and $b : Budget($rate : executionRate != null, executionRate < $threshold, executionRate >= $floor, $spent : lastYearSpent, $budget : lastYear)
[when]当 上年预算执行率 低于 {阈值:[A-Za-z.]+} 而 当年预算 高于 上年执行数 时=Policy($threshold : number("{阈值}")) and $b : Budget($rate : executionRate != null, executionRate < $threshold, $current : currentYear != null, $spent : lastYearSpent, currentYear > lastYearSpent)
[when]当 上年预算执行率 低于 {阈值:[A-Za-z.]+} 时=Policy($threshold : number("{阈值}")) and $b : Budget($rate : executionRate != null, executionRate < $threshold, $spent : lastYearSpent, $budget : lastYear)
# 表中只填了上年预算执行率（45%）而没有上年预算额和执行数时，用所填的执行率；两个金额都填了则以金额算出的为准。
# The rate a form states, used only when 上年预算额 and 上年执行数 give no rate: the amounts win.
[when]当 所填上年预算执行率 低于 {阈值:[A-Za-z.]+} 而 不低于 {下限:[A-Za-z.]+} 时=Policy($threshold : number("{阈值}"), $floor : number("{下限}")) and $b : Budget(executionRate == null, $rate : statedExecutionRate != null, statedExecutionRate < $threshold, statedExecutionRate >= $floor)
[when]当 所填上年预算执行率 低于 {阈值:[A-Za-z.]+} 时=Policy($threshold : number("{阈值}")) and $b : Budget(executionRate == null, $rate : statedExecutionRate != null, statedExecutionRate < $threshold)
[when]当 上年执行数 超过 上年预算 时=$b : Budget($rate : executionRate != null, executionRate > 1.0, $spent : lastYearSpent, $budget : lastYear)
[when]当 当年预算 超过 项目总预算 时=Policy($tolerance : number("budget.sumTolerance")) and $b : Budget($total : total != null, $current : currentYear != null, currentYear - total > $tolerance)
[when]当 预算增幅 高于 {阈值:[A-Za-z.]+} 时=Policy($threshold : number("{阈值}")) and $b : Budget($growth : growthRate != null, growthRate > $threshold, $current : currentYear, $last : lastYear)
[when]当 子项目合计 与 当年预算 相差 超过 {容差:[A-Za-z.]+} 而 不全是 {来源:[A-Za-z.]+} 时=Policy($tolerance : number("{容差}"), $sources : words("{来源}")) and $b : Budget($current : currentYear != null, $count : subProjectCount > 0, $sum : subProjectSum != null, subProjectSum < currentYear - $tolerance || subProjectSum > currentYear + $tolerance, !$sources.containsAll(subProjectNames))
[when]当 资金来源合计 与 当年预算 相差 超过 {容差:[A-Za-z.]+} 而 全是 {来源:[A-Za-z.]+} 时=Policy($tolerance : number("{容差}"), $sources : words("{来源}")) and $b : Budget($current : currentYear != null, $count : subProjectCount > 0, $sum : subProjectSum != null, subProjectSum < currentYear - $tolerance || subProjectSum > currentYear + $tolerance, $sources.containsAll(subProjectNames))
# 表中在预算金额之外另列合计栏（预算金额 | 财政拨款 | 其他资金 | 合计）时，资金来源与合计核对，合计再与预算金额核对；没有另列合计时，资金来源与该行金额核对。
# A table with a 合计 column beside the amount column: the sources are checked against the 合计, and the 合计 against the amount.
[when]当 子项目的资金来源合计 与 其金额 相差 超过 {容差:[A-Za-z.]+} 而 未另列合计 时=Policy($tolerance : number("{容差}")) and $s : SubProjectRow(total == null, $amount : amount != null, $sum : sourcesSum != null, sourcesSum < amount - $tolerance || sourcesSum > amount + $tolerance)
[when]当 子项目的资金来源合计 与 其合计 相差 超过 {容差:[A-Za-z.]+} 时=Policy($tolerance : number("{容差}")) and $s : SubProjectRow($total : total != null, $sum : sourcesSum != null, sourcesSum < total - $tolerance || sourcesSum > total + $tolerance)
[when]当 子项目的合计 与 其金额 相差 超过 {容差:[A-Za-z.]+} 时=Policy($tolerance : number("{容差}")) and $s : SubProjectRow($amount : amount != null, $total : total != null, total < amount - $tolerance || total > amount + $tolerance)
[when]当 上年预算为零 而 上年有执行数 时=$b : Budget(lastYear != null, lastYear == 0, $spent : lastYearSpent != null, lastYearSpent > 0, $budget : lastYear)
[when]当 填了当年预算 却 没有子项目 时=$b : Budget($current : currentYear != null, currentYear > 0, subProjectCount == 0)

[then]提示 于 上年预算执行数 情形 {情形:[A-Za-z]+}=report($b, "/lastYearSpent", "{情形}");
[then]提示 于 上年预算执行数=report($b, "/lastYearSpent");
[then]提示 于 所填上年预算执行率=report($b, "/lastYearExecutionRate", "stated");
[then]提示 于 当年预算=report($b, "/currentYearBudget");
[then]提示 于 子项目 情形 {情形:[A-Za-z]+}=report($b, "/subProjects", "{情形}");
[then]提示 于 该子项目金额 情形 {情形:[A-Za-z]+}=report($s, "", "{情形}");
