package org.perfdecl.checker.report;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.ruleset.Catalogue;
import org.perfdecl.checker.ruleset.Messages;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a rule reports what it found, in one line of its consequence:
 * <pre>
 * report($i, "target");               // at the indicator's target cell
 * report($i, "target", "blank");      // with the message variant IND-005.blank
 * report($b, "/lastYearSpent");       // at an absolute JSON Pointer (for facts without a path)
 * </pre>
 * Everything else comes from elsewhere: id from {@code @id}, severity, category and reference from the
 * catalogue (a rule's {@code @severity} picks a band), the texts from the message keys
 * {@code <ID>[.<variant>]}, {@code ….seen} and {@code ….expected} in both languages, and their
 * arguments from what the rule binds: {@code {rate}} is the rule's {@code $rate},
 * {@code {i.reading.raw}} a property of its {@code $i}.
 */
public final class Findings {

    /** The match whose consequence runs on this thread: consequences run on the thread that fires. */
    private static final ThreadLocal<Firing> FIRING = new ThreadLocal<>();
    private static final ThreadLocal<List<Finding>> COLLECTED = new ThreadLocal<>();
    /** Accessors by class, then property name: found once, a finding reads a few properties. */
    private static final ClassValue<Map<String, java.util.Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, java.util.Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final Object NONE = new Object();

    private record Firing(Match match, Reporting reporting) {
    }

    /**
     * What a rule's findings share, from its metadata, the catalogue and the messages: worked out at its
     * first finding, not at every one (a rule fires once per field or row it finds).
     */
    private record Template(String id, Severity severity, Catalogue.Entry entry, String messageKey, String seenKey,
                            String expectedKey, List<String> argNames) {
    }

    /** A rule (itself, not a rule of the same name in another package) and a message variant. */
    private record TemplateKey(Rule rule, String variant) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TemplateKey k && k.rule == rule && k.variant.equals(variant);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(rule) + variant.hashCode();
        }
    }

    /** One rule set's catalogue and messages, and the templates of its rules. */
    private record Reporting(Catalogue catalogue, Messages messages, Map<TemplateKey, Template> templates) {

        Template template(Rule rule, String variant) {
            TemplateKey key = new TemplateKey(rule, variant == null ? "" : variant);
            Template known = templates.get(key);
            return known != null ? known : templates.computeIfAbsent(key, k -> build(rule, k.variant()));
        }

        private Template build(Rule rule, String variant) {
            String id = meta(rule, "id");
            Catalogue.Entry entry = catalogue.entry(id).orElseThrow(() ->
                    new IllegalStateException("rule \"" + rule.getName() + "\": id " + id + " is not in the catalogue"));
            String severity = meta(rule, "severity");
            String messageKey = variant.isEmpty() ? id : id + "." + variant;
            String seenKey = textKey(messages, messageKey, id, "seen");
            String expectedKey = textKey(messages, messageKey, id, "expected");
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (String key : new String[]{messageKey, seenKey, expectedKey}) {
                names.addAll(messages.placeholders(key));
            }
            return new Template(id, Severity.valueOf(severity != null ? severity : entry.severity()), entry, messageKey,
                    seenKey, expectedKey, List.copyOf(names));
        }
    }

    private Findings() {
    }

    /** Tracks the firing match for {@link #report}; one per rule set, added to each of its sessions. */
    public static AgendaEventListener listener(Catalogue catalogue, Messages messages) {
        Reporting reporting = new Reporting(catalogue, messages, new ConcurrentHashMap<>());
        return new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                FIRING.set(new Firing(event.getMatch(), reporting));
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                FIRING.remove();
            }
        };
    }

    /**
     * Where the findings of the rules fired on this thread go, until {@link #clear()}: the check that
     * fires them collects them (consequences run on the thread that fires).
     */
    public static void collectInto(List<Finding> findings) {
        COLLECTED.set(findings);
    }

    /** Ends a check on this thread: forgets its collector, and a match whose consequence failed (afterMatchFired does not run then). */
    public static void clear() {
        FIRING.remove();
        COLLECTED.remove();
    }

    public static void report(Object fact) {
        report(fact, "", null);
    }

    public static void report(Object fact, String where) {
        report(fact, where, null);
    }

    public static void report(Object fact, String where, String variant) {
        Firing firing = FIRING.get();
        if (firing == null) {
            throw new IllegalStateException("report(...) works only in a rule's consequence");
        }
        Rule rule = firing.match().getRule();
        Template template = firing.reporting().template(rule, variant);
        Map<String, Object> args = new LinkedHashMap<>();
        for (String name : template.argNames()) {
            Object value = resolve(firing.match(), rule, name);
            args.put(name, value == null ? "" : value);
        }
        Object location = property(fact, "location");
        Finding finding = Finding.builder()
                .ruleId(template.id())
                .severity(template.severity())
                .category(template.entry().category())
                .reference(template.entry().reference())
                .field(pointer(fact, where))
                .messageKey(template.messageKey())
                .seenKey(template.seenKey())
                .expectedKey(template.expectedKey())
                .args(Map.copyOf(args))
                .location(location instanceof Location l ? l : null)
                .build();
        List<Finding> collected = COLLECTED.get();
        if (collected == null) {
            throw new IllegalStateException("report(...) works only in a check (Checker collects the findings)");
        }
        collected.add(finding);
    }

    /** {@code <message key>.<part>}, or the id's own {@code <ID>.<part>} shared by its variants. */
    private static String textKey(Messages messages, String messageKey, String id, String part) {
        return messages.has(Messages.ZH, messageKey + "." + part) ? messageKey + "." + part : id + "." + part;
    }

    /** "" is the fact's own field; "/x" an absolute pointer; "x" a field under the fact's own. */
    private static String pointer(Object fact, String where) {
        String w = where == null ? "" : where;
        if (w.startsWith("/")) {
            return w;
        }
        Object own = property(fact, "path");
        String base = own instanceof String s ? s : property(fact, "field") instanceof String f ? f : "";
        return w.isEmpty() ? base : base + "/" + w;
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** {@code name} is a variable the rule binds (without its $), then properties of its value. */
    private static Object resolve(Match match, Rule rule, String name) {
        String[] parts = name.split("\\.");
        Object value = NONE;
        for (String id : match.getDeclarationIds()) {
            if (id.equals("$" + parts[0]) || id.equals(parts[0])) {
                value = match.getDeclarationValue(id);
                break;
            }
        }
        if (value == NONE) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": the message uses {" + name
                    + "} but the rule binds no $" + parts[0] + " (it binds " + match.getDeclarationIds() + ")");
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            Object next = property(value, parts[i]);
            if (next == NONE) {
                throw new IllegalArgumentException("rule \"" + rule.getName() + "\": the message uses {" + name
                        + "} but " + value.getClass().getSimpleName() + " has no property '" + parts[i] + "'");
            }
            value = next;
        }
        return value;
    }

    /** A bean, record or map property, or NONE. */
    private static Object property(Object target, String name) {
        if (target == null) {
            return NONE;
        }
        if (target instanceof Map<?, ?> map) {
            return map.containsKey(name) ? map.get(name) : NONE;
        }
        Map<String, java.util.Optional<Method>> accessors = ACCESSORS.get(target.getClass());
        java.util.Optional<Method> known = accessors.get(name);
        Method m = (known != null ? known : accessors.computeIfAbsent(name,
                n -> java.util.Optional.ofNullable(accessor(target.getClass(), n)))).orElse(null);
        if (m == null) {
            return NONE;
        }
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    /**
     * The type of {@code type}'s property {@code name} as {@link #report} reads it (a getter, an is-getter
     * or a record component), or null when it has none: lets a rule set be checked at load.
     */
    public static Class<?> propertyType(Class<?> type, String name) {
        Method m = name.isEmpty() ? null : accessor(type, name);
        return m == null ? null : m.getReturnType();
    }

    private static Method accessor(Class<?> type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[]{"get" + cap, "is" + cap, name}) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    m.setAccessible(true);
                    return m;
                }
            } catch (NoSuchMethodException | RuntimeException ignored) {
                // try the next naming convention
            }
        }
        return null;
    }
}
