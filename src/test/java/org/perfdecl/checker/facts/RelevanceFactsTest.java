package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** How goals and indicator names are cut into clauses and words for the relevance rules. */
class RelevanceFactsTest {

    private final TermExtractor terms = new TermExtractor(TestRules.ruleSet().policy());

    @Test
    void contentWordsAreStemmedMergedAndGeneralWordsLeftOut() {
        assertThat(terms.terms("发放对象满意度")).containsExactly("发放", "对象", "满意");
        assertThat(terms.terms("切实保障会员工作经费规范使用")).contains("资金").doesNotContain("切实", "工作", "经费");
        assertThat(terms.terms("资金来源的可持续性")).contains("可持续");
    }

    @Test
    void theAnnualGoalIsCutIntoClausesButNotAtEnumerationCommas() {
        assertThat(terms.clauses("缓解生活、医疗、助学等困难，按时发放；群众满意。"))
                .containsExactly("缓解生活、医疗、助学等困难", "按时发放", "群众满意");
        assertThat(terms.clauses("培训3,000人次, 覆盖1,000万人次")).containsExactly("培训3,000人次", "覆盖1,000万人次");
    }

    @Test
    void aClauseFiguresAreReadByValueAndUnitInDigitsOrChineseNumerals() {
        RelevanceFacts facts = new RelevanceFacts(TestRules.ruleSet().policy());
        assertThat(facts.figures("为1200名残疾儿童实施康复救助")).containsExactly("1200人");
        assertThat(facts.figures("覆盖4.5万人，带动投入3亿元")).containsExactly("45000人", "300000000元");
        assertThat(facts.figures("办实事解难题一千件，惠及三万二千人，建设人才公寓两百套")).containsExactly("1000件", "32000人", "200套");
        assertThat(facts.figures("开展集中教育不少于十二期")).containsExactly("12期");
        assertThat(facts.figures("完成第五次普查，建设一件事一次办主题")).isEmpty();
        assertThat(facts.figures("2025年6月底前完成，12月31日验收")).isEmpty();
        assertThat(RelevanceFacts.numeralValue("一千万")).isEqualTo("10000000");
        assertThat(RelevanceFacts.numeralValue("零点九")).isEqualTo("0.9");
        assertThat(RelevanceFacts.numeralValue("七七")).isNull();
    }

    @Test
    void aWordTheDictionaryLacksIsReadWholeFromItsCharactersAndFieldTermsCount() {
        assertThat(terms.terms("水库垮坝事故")).contains("垮坝");
        assertThat(terms.terms("举办非遗展演活动")).contains("非遗");
        assertThat(terms.terms("部门间数据共享率")).contains("数据共享");
        assertThat(terms.terms("完成5名国家级代表性传承人抢救性记录")).doesNotContain("国家级");
    }

    @Test
    void aClauseFiguresAreReadAsTheKindsOfQuantityTheyState() {
        RelevanceFacts facts = new RelevanceFacts(TestRules.ruleSet().policy());
        assertThat(facts.measures("开展健康教育讲座24场")).containsExactly("次");
        assertThat(facts.measures("为65岁以上老年人提供健康体检不少于1.2万人")).containsExactly("人");
        assertThat(facts.measures("开展食品安全培训600人次，覆盖率达到95％")).containsExactly("人", "%");
        assertThat(facts.measures("新建道路3公里，改造2,000平方米")).containsExactly("米", "平方米");
        assertThat(facts.measures("2025年6月底前完成改造")).isEmpty();
        assertThat(facts.measures("为80周岁以上高龄老人发放津贴")).isEmpty();
        assertThat(facts.measures("提升群众满意度")).isEmpty();
        assertThat(facts.measure("万元")).isEqualTo("元");
        assertThat(facts.measure("元/人")).isEqualTo("元");
        assertThat(facts.measure("㎡")).isEqualTo("平方米");
        assertThat(facts.measure("万亩")).isEqualTo("平方米");
        assertThat(facts.measure("吨")).isEqualTo("吨");
    }

    @Test
    void slogansStateValuesNotResults() {
        assertThat(terms.clause("弘扬劳模精神").slogan()).isTrue();
        assertThat(terms.clause("补助资金发放足额按时").slogan()).isFalse();
    }

    @Test
    void theShareOfTheAnnualGoalFoundInTheOverallGoal() {
        assertThat(RelevanceFacts.share("关心关爱", "体现党和政府对劳模的关心关爱")).isEqualTo(1.0);
        assertThat(RelevanceFacts.share("完成培训", "体现关爱")).isZero();
        assertThat(RelevanceFacts.share("好好好", "好好")).as("a pair counts as often as the whole has it").isEqualTo(0.5);
    }

    @Test
    void aClauseIsMatchedByItsOwnWordsNotTheProjectsSubjectUnlessItRestatesTheSubject() {
        RelevanceFacts facts = new RelevanceFacts(TestRules.ruleSet().policy());
        assertThat(facts.ownTerms(List.of("重点", "传染病", "防治", "知识", "宣传"), Set.of("重点", "传染病", "监测", "预警")))
                .containsExactly("防治", "知识", "宣传");
        assertThat(facts.ownTerms(List.of("全市", "图书馆", "全年", "开放"), Set.of("图书馆", "开放")))
                .as("half its words are the subject's: it restates the name").containsExactly("全市", "图书馆", "全年", "开放");
        assertThat(facts.ownTerms(List.of("图书馆", "开放"), Set.of("图书馆", "开放"))).containsExactly("图书馆", "开放");
    }

    @Test
    void charactersTheSegmenterCutApartInANameAreKeptAsPairs() {
        assertThat(terms.namePieces("学前三年毛入园率")).contains("学前", "入园").doesNotContain("三年", "前三");
        assertThat(terms.namePieces("易涝点整治数量")).contains("易涝");
        assertThat(terms.namePieces("志书质量达标率")).containsExactly("志书");
        assertThat(terms.namePieces("发放对象满意度")).isEmpty();
        // a single character cut off before a word that took in its partner (非/遗传/承, 助/餐点): with the word's first
        assertThat(terms.namePieces("非遗传承体验人次")).contains("非遗");
        assertThat(terms.namePieces("助餐点数量")).contains("助餐");
    }

    @Test
    void theNumbersOfAListAreNoWordsOfAGoal() {
        assertThat(RelevanceFacts.withoutListNumbers("一是加强水源地规范化建设；二是保障饮用水水源安全。"))
                .isEqualTo("加强水源地规范化建设;保障饮用水水源安全。");
        assertThat(RelevanceFacts.withoutListNumbers("(1)建设共同体2个；（2）新增订单班30个；3、建成基地5个"))
                .isEqualTo("建设共同体2个;新增订单班30个;建成基地5个");
        assertThat(RelevanceFacts.withoutListNumbers("完成1.5万人培训，统一是关键")).as("a decimal and 一是 inside a clause stay")
                .isEqualTo("完成1.5万人培训,统一是关键");
    }

    @Test
    void aSloganVerbTheDictionaryLacksAndWordRelationsOfEnforcementAndStudents() {
        assertThat(terms.clause("铸牢中华民族共同体意识").slogan()).isTrue();
        assertThat(terms.terms("行政处罚案卷合格率")).contains("执法");
        assertThat(terms.terms("毕业生对口就业率")).contains("学生");
    }

    @Test
    void goalsAreComparedWithoutGeneralWords() {
        RelevanceFacts facts = new RelevanceFacts(TestRules.ruleSet().policy());
        assertThat(facts.withoutGeneralWords("进一步凝聚侨心侨力更好服务地方经济社会发展")).isEqualTo("凝聚侨心侨力服务地方经济社会发展");
        assertThat(facts.withoutGeneralWords("进一步")).as("nothing but general words is kept").isEqualTo("进一步");
        assertThat(facts.withoutGeneralWords("本年度持续加强基础研究着力提升原始创新能力")).isEqualTo("本基础研究原始创新能力");
    }

    /** Segmenting reads a bounded part of each text: a form of 20,000-character texts costs no more. */
    @Test
    void veryLongTextsAreReadOnlyAsFarAsTheLimit() {
        String longText = "提高就业，".repeat(4_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 20; i++) {
                terms.nameTerms(longText);
                terms.clauses(longText).forEach(terms::terms);
            }
        });
    }

    @Test
    void clausesApartByCommasShareASentenceAndAStopSemicolonOrLineStartsTheNext() {
        String goal = "推行电子税务局全程网上办理，网上办理率达到95%；开展宣传60场。培训1,000人次\n新建站点3个，配备设备";
        List<String> clauses = List.of("推行电子税务局全程网上办理", "网上办理率达到95%", "开展宣传60场", "培训1,000人次", "新建站点3个", "配备设备");
        assertThat(RelevanceFacts.sentences(goal, clauses)).containsExactly(0, 0, 1, 2, 3, 3);
        assertThat(RelevanceFacts.sentences(null, List.of())).isEmpty();
    }
}
