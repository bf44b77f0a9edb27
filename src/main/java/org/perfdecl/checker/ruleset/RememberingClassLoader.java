package org.perfdecl.checker.ruleset;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checker's own class loader, remembering the names it does not have, for Drools' rule compilers.
 *
 * <p>Compiling a rule set asks the class path for many names that are not on it: MVEL tries each identifier of a
 * constraint as a class in every imported package ({@code rules.targets.reading}, {@code java.lang.reading} …),
 * and the Java compiler behind the rules asks whether each dotted name is a package. Each such miss searches every
 * jar of the class path, two or three times over (Drools' loader asks its parent more than once), and a new
 * compile asks again, since Drools remembers misses only for one compile. In the test suite these misses were a
 * sixth of all the CPU; in the service they are a share of every reload. The class path does not change while the
 * JVM runs, so a miss stays a miss: remembered here, it costs a set lookup the next time.
 *
 * <p>A resource found is remembered too: the compiler behind the rules reads each class it needs as a resource, and
 * each such ask searched the jars in order until the one holding it. Classes found are not kept here (the parent
 * keeps what it has loaded), and the classes a rule compile generates are defined by Drools' own loader below this
 * one, so no name it defines is hidden.
 */
final class RememberingClassLoader extends ClassLoader {

    /** Enough for every miss of many different rule sets; past it, misses are simply looked up again. */
    private static final int MAX_REMEMBERED = 200_000;

    static final RememberingClassLoader OF_THE_CHECKER = new RememberingClassLoader(RuleSetLoader.class.getClassLoader());

    static {
        registerAsParallelCapable();
    }

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();
    private final Map<String, URL> foundResources = new ConcurrentHashMap<>();

    RememberingClassLoader(ClassLoader parent) {
        super("remembering-misses", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException e) {
            remember(missingClasses, name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        URL known = foundResources.get(name);
        if (known != null) {
            return known;
        }
        if (missingResources.contains(name)) {
            return null;
        }
        URL found = getParent().getResource(name);
        if (found == null) {
            remember(missingResources, name);
        } else if (foundResources.size() < MAX_REMEMBERED) {
            foundResources.put(name, found);
        }
        return found;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return getParent().getResources(name);
    }

    private static void remember(Set<String> misses, String name) {
        if (misses.size() < MAX_REMEMBERED) {
            misses.add(name);
        }
    }
}
