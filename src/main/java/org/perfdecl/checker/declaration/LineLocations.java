package org.perfdecl.checker.declaration;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a JSON form's fields as their {@link Location}s, each made when asked for. A check asks for a few (its
 * findings' fields) of the ~100 a form has; copying them all into a map of locations was ~1% of a check. Read-only.
 */
final class LineLocations extends AbstractMap<String, Location> {

    private final Map<String, Integer> lines;

    LineLocations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    @Override
    public Location get(Object pointer) {
        Integer line = lines.get(pointer);
        return line == null ? null : Location.line(line);
    }

    @Override
    public boolean containsKey(Object pointer) {
        return lines.containsKey(pointer);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    public Set<Entry<String, Location>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Location>> iterator() {
                Iterator<Entry<String, Integer>> each = lines.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, Location> next() {
                        Entry<String, Integer> e = each.next();
                        return new SimpleImmutableEntry<>(e.getKey(), Location.line(e.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return lines.size();
            }
        };
    }
}
