package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which loops of a DRL text are guarded, and how: the condition only, on its own line. */
class StoppableLoopsTest {

    private static final String G = StoppableLoops.GUARD;

    @Test
    void aWhileLoopsConditionIsPrefixed() {
        assertThat(StoppableLoops.guard("while (i < n) { i--; }")).isEqualTo("while (" + G + " && (i < n)) { i--; }");
        assertThat(StoppableLoops.guard("do { i--; } while(i < f(n, (m)));")).isEqualTo("do { i--; } while(" + G + " && (i < f(n, (m))));");
    }

    @Test
    void aForLoopsConditionIsPrefixedAndAnEmptyOneIsTheGuard() {
        assertThat(StoppableLoops.guard("for (int i = 0; i < n; i++) {}")).isEqualTo("for (int i = 0;" + G + " && ( i < n); i++) {}");
        assertThat(StoppableLoops.guard("for (;;) {}")).isEqualTo("for (; " + G + " ;) {}");
        // a lambda's semicolons in the header are not the header's
        assertThat(StoppableLoops.guard("for (Runnable r = () -> { x(); }; ok(r); ) {}"))
                .isEqualTo("for (Runnable r = () -> { x(); };" + G + " && ( ok(r)); ) {}");
    }

    @Test
    void whatIsNoLoopIsLeftAsWritten() {
        String text = """
                rule "while (a) and for (;;) in a name"
                when
                    // while (x) in a comment
                    $t : TextField(text == "for (;;)", forall != null)
                    forall( $a : A() A(this == $a) )
                then
                    for (String word : words) { doWhile(word); x.while(1); }
                    /* for (;;) */ char c = '(';
                end
                """;
        assertThat(StoppableLoops.guard(text)).isSameAs(text);
    }

    @Test
    void theLinesStayWhereTheyWere() {
        String text = "function int f(int n) {\n  int i = 0;\n  while (i\n   < n) {\n  }\n  return i;\n}\n";
        String guarded = StoppableLoops.guard(text);
        assertThat(guarded.lines().count()).isEqualTo(text.lines().count());
        assertThat(guarded).contains("while (" + G + " && (i\n   < n)) {");
    }
}
