package org.perfdecl.checker.ruleset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A synchronized map that lets go of its least recently used entry past a bound: the rule sets' small in-JVM memories. */
final class Lru {

    private Lru() {
    }

    static <K, V> Map<K, V> of(int bound) {
        return Collections.synchronizedMap(new LinkedHashMap<>(bound * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        });
    }
}
