package org.perfdecl.checker.ruleset;

import org.kie.api.KieBase;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule bases last built or loaded in this JVM, by the content hash of their rules, the least recently used let
 * go past a bound. A reload of unchanged rules, the trial before a reload serves, a preview of the same draft rules,
 * and every test that loads the bundled rules take the same rules again; building them costs 1-4 s warm, and
 * turning a compiled kjar into a rule base (its classes defined, its network built) ~0.5 s. A rule base is not
 * changed after it is built (each rule set draws its own pool of sessions from it), so one can serve several.
 */
final class KeptRuleBases {

    /**
     * A rule base, the kjar it was made from or compiled to (empty for MVEL's, which makes none), and how to make
     * another base of the same rules (to take a rule out of without touching the one in use).
     */
    record Kept(byte[] kjar, KieBase kieBase, java.util.function.Supplier<KieBase> again) {
    }

    private final Map<String, Kept> kept;
    private final Function<byte[], KieBase> loadKjar;

    KeptRuleBases(int bound) {
        this(bound, CompiledKjar::kieBase);
    }

    KeptRuleBases(int bound, Function<byte[], KieBase> loadKjar) {
        this.loadKjar = loadKjar;
        this.kept = Lru.of(bound);
    }

    /**
     * The rule base of this compiled kjar: the one made before from the same bytes, else made now (a kjar that fails
     * is not kept). Only the same bytes count: a cache entry corrupted on disk is found corrupt as in a new JVM.
     */
    Kept loadKjar(String contentHash, byte[] kjar) {
        Optional<Kept> known = get("kjar " + contentHash);
        if (known.isPresent() && Arrays.equals(known.get().kjar(), kjar)) {
            return known.get();
        }
        KieBase made = loadKjar.apply(kjar); // outside the lock: a load takes ~0.5 s, and two of one hash at once are rare
        Kept kept = new Kept(kjar, made, () -> loadKjar.apply(kjar));
        put("kjar " + contentHash, kept);
        return kept;
    }

    /** The rule base built before under this key (compiler and content hash), if still kept. */
    Optional<Kept> get(String key) {
        return Optional.ofNullable(kept.get(key));
    }

    void put(String key, Kept rules) {
        kept.put(key, rules);
    }
}
