package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class KeptRuleBasesTest {

    private final List<String> made = new ArrayList<>();

    /** Makes a stand-in rule base per kjar, recording each one made; a kjar "broken" fails as a corrupt one does. */
    private KeptRuleBases kept(int bound) {
        return new KeptRuleBases(bound, kjar -> {
            String name = new String(kjar);
            if (name.equals("broken")) {
                throw new IllegalArgumentException("not a kjar");
            }
            made.add(name);
            return mock(KieBase.class);
        });
    }

    @Test
    void theSameRulesLoadedAgainGiveTheRuleBaseMadeBefore() {
        KeptRuleBases kjars = kept(4);

        KieBase first = kjars.loadKjar("hash-a", "a".getBytes()).kieBase();
        KieBase again = kjars.loadKjar("hash-a", "a".getBytes()).kieBase();
        KieBase other = kjars.loadKjar("hash-b", "b".getBytes()).kieBase();

        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(made).containsExactly("a", "b");
    }

    @Test
    void pastTheBoundTheLeastRecentlyUsedIsMadeAgain() {
        KeptRuleBases kjars = kept(2);
        kjars.loadKjar("hash-a", "a".getBytes());
        kjars.loadKjar("hash-b", "b".getBytes());
        kjars.loadKjar("hash-a", "a".getBytes()); // a used last: b goes when c comes
        kjars.loadKjar("hash-c", "c".getBytes());

        kjars.loadKjar("hash-a", "a".getBytes());
        kjars.loadKjar("hash-b", "b".getBytes());

        assertThat(made).containsExactly("a", "b", "c", "b");
    }

    @Test
    void otherBytesUnderAKnownHashAreLoadedAsTheyAre() {
        KeptRuleBases kjars = kept(4);
        kjars.loadKjar("hash-a", "a".getBytes());

        assertThatThrownBy(() -> kjars.loadKjar("hash-a", "broken".getBytes())).hasMessage("not a kjar"); // the disk entry corrupted
        KieBase rebuilt = kjars.loadKjar("hash-a", "a2".getBytes()).kieBase();

        assertThat(kjars.loadKjar("hash-a", "a2".getBytes()).kieBase()).isSameAs(rebuilt);
        assertThat(made).containsExactly("a", "a2");
    }

    @Test
    void aKjarThatFailsIsNotKeptAndFailsAgain() {
        KeptRuleBases kjars = kept(4);

        assertThatThrownBy(() -> kjars.loadKjar("hash-x", "broken".getBytes())).hasMessage("not a kjar");
        assertThatThrownBy(() -> kjars.loadKjar("hash-x", "broken".getBytes())).hasMessage("not a kjar");
        assertThat(made).isEmpty();
    }

    @Test
    void aBuiltRuleBaseIsKeptUnderItsKeyWithItsKjar() {
        KeptRuleBases bases = kept(2);
        KieBase built = mock(KieBase.class);

        bases.put("executable-model hash-a", new KeptRuleBases.Kept("kjar".getBytes(), built, () -> built));

        assertThat(bases.get("executable-model hash-a")).hasValueSatisfying(k -> {
            assertThat(k.kieBase()).isSameAs(built);
            assertThat(k.kjar()).isEqualTo("kjar".getBytes());
        });
        assertThat(bases.get("mvel hash-a")).isEmpty();
    }
}
