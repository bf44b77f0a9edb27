package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingClassLoaderTest {

    /** The checker's loader, counting what it is asked. */
    static final class CountingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        CountingLoader() {
            super(RememberingClassLoaderTest.class.getClassLoader());
        }

        @Override
        public Class<?> loadClass(String name) throws ClassNotFoundException {
            asked.add("class " + name);
            return super.loadClass(name);
        }

        @Override
        public URL getResource(String name) {
            asked.add("resource " + name);
            return super.getResource(name);
        }
    }

    @Test
    void aClassMissingFromTheClassPathIsSearchedForOnce() {
        CountingLoader parent = new CountingLoader();
        RememberingClassLoader loader = new RememberingClassLoader(parent);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> loader.loadClass("rules.targets.reading")).isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("rules.targets.reading");
        }

        assertThat(parent.asked).containsExactly("class rules.targets.reading");
    }

    @Test
    void aResourceIsSearchedForOnceWhetherItIsMissingOrFound() throws Exception {
        CountingLoader parent = new CountingLoader();
        RememberingClassLoader loader = new RememberingClassLoader(parent);

        assertThat(loader.getResource("rules/targets/Indicator.class")).isNull();
        assertThat(loader.getResource("rules/targets/Indicator.class")).isNull();
        assertThat(loader.getResourceAsStream("rules/targets/Indicator.class")).isNull();
        String present = RuleSetLoader.class.getName().replace('.', '/') + ".class";
        assertThat(loader.getResource(present)).isNotNull();
        assertThat(loader.getResource(present)).isNotNull();

        assertThat(loader.getResource(present)).isEqualTo(RuleSetLoader.class.getClassLoader().getResource(present));
        try (var in = loader.getResourceAsStream(present)) {
            assertThat(in.readAllBytes()).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
        }

        assertThat(parent.asked).containsExactly("resource rules/targets/Indicator.class", "resource " + present);
    }

    @Test
    void aClassOnTheClassPathIsTheCheckersOwnNotACopy() throws Exception {
        RememberingClassLoader loader = new RememberingClassLoader(new CountingLoader());

        assertThat(loader.loadClass(org.perfdecl.checker.facts.Facts.Indicator.class.getName()))
                .isSameAs(org.perfdecl.checker.facts.Facts.Indicator.class);
    }
}
