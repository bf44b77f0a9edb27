package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The word tests the rules call in their conditions, instead of iterating word lists with `from`. */
class WordsTest {

    @Test
    void mentionedListsTheWordsOutsideTheirExceptionsInTheOrderOfTheList() {
        List<String> vague = List.of("有效", "持续", "明显");

        assertThat(Words.mentioned("明显改善，持续发展", vague, List.of())).containsExactly("持续", "明显");
        assertThat(Words.mentioned("影响可持续", vague, List.of("可持续"))).isEmpty();
        assertThat(Words.mentioned("影响可持续，持续推进", vague, List.of("可持续"))).containsExactly("持续");
    }

    @Test
    void matchesTheWholeTextAsDrlsMatchesDoes() {
        String citation = "(?s).*(〔\\d{4}〕\\s{0,3}\\d{1,6}\\s{0,3}号|《[^》]{1,120}》).*";

        assertThat(Words.matches("根据沪财绩〔2020〕6号\n开展", citation)).isTrue();
        assertThat(Words.matches("依据《预算法》", citation)).isTrue();
        assertThat(Words.matches("根据有关规定", citation)).isFalse();
        assertThat(Words.matches(null, citation)).isFalse();
        assertThat(Words.matches("ab", "a")).as("the whole text, not a part of it").isFalse();
    }

    @Test
    void endsWithAnyAndContainsAnyLookAtTheWholeList() {
        assertThat(Words.endsWithAny("就业率", List.of("占比", "率"))).isTrue();
        assertThat(Words.endsWithAny("率先完成", List.of("占比", "率"))).isFalse();
        assertThat(Words.endsWithAny(null, List.of("率"))).isFalse();
        assertThat(Words.containsAny("成本指标", List.of("效益", "成本"))).isTrue();
        assertThat(Words.anyContains(List.of("新增项目", "经常性项目"), "经常性")).isTrue();
        assertThat(Words.anyContains(List.of("新增项目"), "经常性")).isFalse();
    }

    @Test
    void sharesAnyOfPrefersTheNamedWorkAndBeyondLeavesCommonWords() {
        List<String> activities = List.of("培训", "制度");
        assertThat(Words.sharesAnyOf(List.of("水库", "管理", "人员", "数量"), List.of("管理", "人员", "培训"), activities))
                .as("the clause names its work (培训): a count of staff is no match").isFalse();
        assertThat(Words.sharesAnyOf(List.of("人员", "培训", "人次"), List.of("管理", "人员", "培训"), activities)).isTrue();
        assertThat(Words.sharesAnyOf(List.of("服务站", "数量"), List.of("建成", "服务站"), activities))
                .as("no work named: any word").isTrue();
        assertThat(Words.beyond(List.of("农村", "公路", "安防"), List.of("农村", "人员"))).containsExactly("公路", "安防");
        assertThat(Words.beyond(List.of("农村", "人员"), List.of("农村", "人员"))).as("nothing beyond: read whole")
                .containsExactly("农村", "人员");
    }

    @Test
    void aClauseWritesAFigureWithOrWithoutItsThousandsComma() {
        assertThat(Words.writesFigure("完成培训3,000人次", "3000人次")).isTrue();
        assertThat(Words.writesFigure("完成培训３，０００人次", "3000人次")).as("full-width, as typed").isTrue();
        assertThat(Words.writesFigure("完成疫木除治30万亩", "30万亩")).isTrue();
        assertThat(Words.writesFigure("完成疫木除治130万亩", "30万亩")).as("the end of a larger number").isFalse();
        assertThat(Words.writesFigure("培训13,000人次", "3000人次")).as("13000, not 3000").isFalse();
        assertThat(Words.writesFigure(null, "30万亩")).isFalse();
    }

    @Test
    void sharesAnyAnswersAlikeForShortAndLongLists() {
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "词" + i).toList();

        assertThat(Words.sharesAny(List.of("帮扶", "困难"), List.of("职工", "困难"))).isTrue();
        assertThat(Words.sharesAny(List.of("帮扶"), List.of("职工"))).isFalse();
        assertThat(Words.sharesAny(many, List.of("外", "词39"))).isTrue();
        assertThat(Words.sharesAny(many, many.stream().map(w -> w + "x").toList())).isFalse();
        assertThat(Words.sharesAny(null, many)).isFalse();
    }

    @Test
    void aNameAndATextShareAFieldWhenEachWritesAWordOfOneLine() {
        List<String> fields = List.of("执法 查处 立案 案件 违法", "旅游 游客 景区");
        assertThat(Words.sharesField("立案案件办结率", "依法打击违法经营行为", fields)).isTrue();
        assertThat(Words.sharesField("接待游客人次", "促进旅游消费", fields)).isTrue();
        // words of two fields, one in each text, are no field in common
        assertThat(Words.sharesField("接待游客人次", "依法打击违法经营行为", fields)).isFalse();
        assertThat(Words.sharesField("立案案件办结率", "", fields)).isFalse();
        assertThat(Words.sharesField(null, "促进旅游消费", fields)).isFalse();
        assertThat(Words.sharesField("接待游客人次", "促进旅游消费", null)).isFalse();
    }

    @Test
    void theRegexCallsDoWhatJavasDoAndGiveUpWhenTheCheckIsStopped() {
        assertThat(Words.replaceAll("a1b22c", "\\d+", "#")).isEqualTo("a#b#c");
        assertThat(Words.replaceFirst("a1b22c", "\\d+", "#")).isEqualTo("a#b22c");
        assertThat(Words.split("甲、乙，丙", "[、，]")).containsExactly("甲", "乙", "丙");
        assertThat(Words.find("依据《预算法》", "《[^》]+》")).isTrue();
        assertThat(Words.find(null, "x")).isFalse();
        assertThat(Words.replaceAll(null, "x", "")).isNull();
        assertThat(Words.split(null, ",")).isEmpty();

        String backtracks = "a".repeat(40) + "!"; // (.*a){12}b tries some 40^12 ways before it fails here
        Words.stopMatchingWhen(() -> true); // a check whose time limit has passed
        try {
            for (java.util.function.Supplier<Object> call : List.<java.util.function.Supplier<Object>>of(
                    () -> Words.replaceAll(backtracks, "(.*a){12}b", ""), () -> Words.replaceFirst(backtracks, "(.*a){12}b", ""),
                    () -> Words.split(backtracks, "(.*a){12}b"), () -> Words.find(backtracks, "(.*a){12}b"))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(call::get).isInstanceOf(Words.Stopped.class);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(Words::notStopped).isInstanceOf(Words.Stopped.class)
                    .satisfies(e -> assertThat(((Words.Stopped) e).inLoop()).isTrue());
        } finally {
            Words.stopMatchingWhen(null);
        }
        assertThat(Words.notStopped()).as("outside a check").isTrue();
    }
}
