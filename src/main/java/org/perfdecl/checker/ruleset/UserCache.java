package org.perfdecl.checker.ruleset;

import java.nio.file.Path;

/**
 * Where the checker keeps what it can make again but would rather not: compiled rule sets, decision tables read
 * into DRL, fixture trials passed. {@code $XDG_CACHE_HOME/declaration-checker}, else
 * {@code $HOME/.cache/declaration-checker} (Java's {@code user.home} when HOME is unset); {@code -Ddeclaration-checker.cache=DIR} chooses another folder and
 * {@code -Ddeclaration-checker.cache=none} turns every one of them off.
 */
public final class UserCache {

    private UserCache() {
    }

    /** @return the cache's sub-folder of that name, or null when the cache is turned off */
    public static Path folder(String name) {
        String chosen = System.getProperty("declaration-checker.cache");
        if ("none".equals(chosen)) {
            return null;
        }
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).resolve(name);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        // $HOME before Java's user.home (the passwd entry's): a CI runner that sets HOME to a writable folder, as the
        // launcher bin/declaration-checker and the README take it, finds the compiled rules where it cached them
        String home = System.getenv("HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache");
        return base.resolve("declaration-checker").resolve(name);
    }
}
