package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class LoadedKjarsTest {

    private final List<String> made = new ArrayList<>();

    /** Makes a stand-in rule base per kjar, recording each one made; a kjar "broken" fails as a corrupt one does. */
    private LoadedKjars loadedKjars(int bound) {
        return new LoadedKjars(bound, kjar -> {
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
        LoadedKjars kjars = loadedKjars(4);

        KieBase first = kjars.load("hash-a", "a".getBytes());
        KieBase again = kjars.load("hash-a", "a".getBytes());
        KieBase other = kjars.load("hash-b", "b".getBytes());

        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(made).containsExactly("a", "b");
    }

    @Test
    void pastTheBoundTheLeastRecentlyUsedIsMadeAgain() {
        LoadedKjars kjars = loadedKjars(2);
        kjars.load("hash-a", "a".getBytes());
        kjars.load("hash-b", "b".getBytes());
        kjars.load("hash-a", "a".getBytes()); // a used last: b goes when c comes
        kjars.load("hash-c", "c".getBytes());

        kjars.load("hash-a", "a".getBytes());
        kjars.load("hash-b", "b".getBytes());

        assertThat(made).containsExactly("a", "b", "c", "b");
    }

    @Test
    void otherBytesUnderAKnownHashAreLoadedAsTheyAre() {
        LoadedKjars kjars = loadedKjars(4);
        kjars.load("hash-a", "a".getBytes());

        assertThatThrownBy(() -> kjars.load("hash-a", "broken".getBytes())).hasMessage("not a kjar"); // the disk entry corrupted
        KieBase rebuilt = kjars.load("hash-a", "a2".getBytes());

        assertThat(kjars.load("hash-a", "a2".getBytes())).isSameAs(rebuilt);
        assertThat(made).containsExactly("a", "a2");
    }

    @Test
    void aKjarThatFailsIsNotKeptAndFailsAgain() {
        LoadedKjars kjars = loadedKjars(4);

        assertThatThrownBy(() -> kjars.load("hash-x", "broken".getBytes())).hasMessage("not a kjar");
        assertThatThrownBy(() -> kjars.load("hash-x", "broken".getBytes())).hasMessage("not a kjar");
        assertThat(made).isEmpty();
    }
}
