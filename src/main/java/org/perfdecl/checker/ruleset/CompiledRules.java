package org.perfdecl.checker.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Rule sets compiled ahead of time, as executable-model kjars (the rules as Java classes), by the
 * content hash of their files. Loading one costs a fraction of compiling the rules, which is what
 * a command-line run and the service's start would otherwise spend most of their time on.
 */
public interface CompiledRules {

    /** Looks nothing up and keeps nothing: every rule set is compiled. */
    CompiledRules NONE = new CompiledRules() {
        @Override
        public byte[] find(String contentHash) {
            return null;
        }
    };

    /** The bundled rules, compiled at build time into the jar (see {@link RuleSetPrecompiler}). */
    CompiledRules BUNDLED = new CompiledRules() {
        @Override
        public byte[] find(String contentHash) {
            try (InputStream in = CompiledRules.class.getResourceAsStream("/" + RuleSetPrecompiler.RESOURCE_FOLDER + contentHash + ".kjar")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The kjar of the rule files with this hash (empty: the executable model refused them), or null. */
    byte[] find(String contentHash);

    /** Keeps a freshly compiled kjar for the next run (nothing, unless the store is a cache). */
    default void keep(String contentHash, byte[] kjar) {
    }

    /** Forgets a kjar that did not load (a corrupt or stale cache entry). */
    default void forget(String contentHash) {
    }

    /** Looks here first, then in {@code next}; keeps in both. */
    default CompiledRules then(CompiledRules next) {
        CompiledRules first = this;
        return new CompiledRules() {
            @Override
            public byte[] find(String contentHash) {
                byte[] kjar = first.find(contentHash);
                return kjar != null ? kjar : next.find(contentHash);
            }

            @Override
            public void keep(String contentHash, byte[] kjar) {
                first.keep(contentHash, kjar);
                next.keep(contentHash, kjar);
            }

            @Override
            public void forget(String contentHash) {
                first.forget(contentHash);
                next.forget(contentHash);
            }
        };
    }
}
