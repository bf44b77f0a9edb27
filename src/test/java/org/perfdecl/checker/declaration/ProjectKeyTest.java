package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectKeyTest {

    @Test
    void sameProjectDespiteSpacesAndFullWidthCharacters() {
        assertThat(new ProjectKey("上海市 财政局", "绩效评价２０２６", 2026))
                .isEqualTo(new ProjectKey("上海市财政局", "绩效评价2026", 2026));
    }

    @Test
    void previousYearKeepsUnitAndName() {
        ProjectKey key = new ProjectKey("上海市财政局", "绩效评价", 2026);
        assertThat(key.previousYear()).isEqualTo(new ProjectKey("上海市财政局", "绩效评价", 2025));
        assertThat(key.previousYear().projectId()).isEqualTo(key.projectId());
    }
}
