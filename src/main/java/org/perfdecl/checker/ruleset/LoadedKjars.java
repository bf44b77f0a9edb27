package org.perfdecl.checker.ruleset;

import org.kie.api.KieBase;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule bases last made from compiled kjars, by content hash, the least recently used let go past a bound. A kjar
 * is taken for one made before only when its bytes are the same: a cache entry rewritten or corrupted on disk is
 * loaded (and found corrupt) as it would be in a new JVM.
 */
final class LoadedKjars {

    private record Loaded(byte[] kjar, KieBase kieBase) {
    }

    private final Map<String, Loaded> loaded;
    private final Function<byte[], KieBase> load;

    LoadedKjars(int bound) {
        this(bound, CompiledKjar::kieBase);
    }

    LoadedKjars(int bound, Function<byte[], KieBase> load) {
        this.load = load;
        this.loaded = new LinkedHashMap<>(bound * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
                return size() > bound;
            }
        };
    }

    /** The rule base of this kjar: the one made before from the same bytes, else made now (a kjar that fails is not kept). */
    KieBase load(String contentHash, byte[] kjar) {
        synchronized (loaded) {
            Loaded known = loaded.get(contentHash);
            if (known != null && Arrays.equals(known.kjar(), kjar)) {
                return known.kieBase();
            }
        }
        KieBase made = load.apply(kjar); // outside the lock: a load takes ~0.5 s, and two of one hash at once are rare
        synchronized (loaded) {
            loaded.put(contentHash, new Loaded(kjar, made));
        }
        return made;
    }
}
