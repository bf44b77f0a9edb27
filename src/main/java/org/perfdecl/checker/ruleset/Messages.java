package org.perfdecl.checker.ruleset;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding texts ({@code rules/messages/messages_zh.properties} and {@code messages_en.properties}),
 * rendered from a key and named arguments. Placeholders: {@code {name}}, {@code {name,percent}}
 * (0.854 as 85.4%), {@code {name,amount}} (7600000 as 7,600,000), {@code {name,label}} (the text of
 * {@code label.<value>}, e.g. a field's name on the form), lists joined with 、 or ", ".
 */
public final class Messages {

    public static final String ZH = "zh";
    public static final String EN = "en";
    /** {@code {name}}, or a dotted path into a bound fact ({@code {i.reading.raw}}), with an optional style. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)(?:,(percent|amount|label))?}");

    /**
     * The texts by language and key, copied out of their Properties: a Properties is a synchronized
     * Hashtable, and every finding of every check looks texts up, on every request thread.
     */
    private final Map<String, Map<String, String>> texts = new java.util.HashMap<>();
    /** Templates split into text and placeholders once, at load: rendering runs for every finding. */
    private final Map<String, Map<String, List<Object>>> templates = new java.util.HashMap<>();
    /** The argument names of a key's texts, in both languages, as {@link #placeholders} finds them. */
    private final Map<String, java.util.Set<String>> placeholders = new java.util.concurrent.ConcurrentHashMap<>();

    /** A placeholder of a template. */
    private record Slot(String name, String style, String original) {
    }

    Messages(Map<String, Properties> bundles) {
        bundles.forEach((language, p) -> {
            Map<String, String> plain = new java.util.HashMap<>();
            Map<String, List<Object>> compiled = new java.util.HashMap<>();
            for (String key : p.stringPropertyNames()) {
                plain.put(key, p.getProperty(key));
                compiled.put(key, compile(p.getProperty(key)));
            }
            texts.put(language, Map.copyOf(plain));
            templates.put(language, Map.copyOf(compiled));
        });
    }

    /**
     * The stray brace of a template (the text from it), or null: a '{' or '}' outside a placeholder would
     * be shown as written in every finding ({rate,bogus} has a style there is none of, {unclosed has no end).
     */
    static String strayBrace(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (true) {
            boolean found = m.find();
            String between = template.substring(last, found ? m.start() : template.length());
            int open = between.indexOf('{');
            int close = between.indexOf('}');
            if (open >= 0 || close >= 0) {
                int at = open >= 0 && (close < 0 || open < close) ? open : close;
                int end = between.indexOf('}', at + 1);
                String from = between.substring(at, end > at && end < at + 40 ? end + 1 : Math.min(between.length(), at + 24));
                return from; // worded by the loader (ruleset.messages.stray-brace)
            }
            if (!found) {
                return null;
            }
            last = m.end();
        }
    }

    private static List<Object> compile(String template) {
        List<Object> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(template.substring(last, m.start()));
            }
            parts.add(new Slot(m.group(1), m.group(2), m.group()));
            last = m.end();
        }
        if (last < template.length()) {
            parts.add(template.substring(last));
        }
        return List.copyOf(parts);
    }

    public boolean has(String language, String key) {
        return texts.getOrDefault(language, Map.of()).containsKey(key);
    }

    /** The argument names the text of {@code key} uses, in both languages. */
    public java.util.Set<String> placeholders(String key) {
        return placeholders.computeIfAbsent(key, k -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            templates.values().forEach(compiled -> compiled.getOrDefault(k, List.of()).stream()
                    .filter(Slot.class::isInstance).map(part -> ((Slot) part).name()).forEach(names::add));
            return java.util.Collections.unmodifiableSet(names);
        });
    }

    public java.util.Set<String> keys(String language) {
        return texts.getOrDefault(language, Map.of()).keySet();
    }

    /** The key of the text shown for an argument that is empty (a field the form left blank). */
    public static final String BLANK = "blank";

    /** The text for {@code key}, or the key itself in brackets so a missing text shows, not breaks. */
    public String render(String language, String key, Map<String, ?> args) {
        Map<String, List<Object>> compiled = templates.get(language);
        List<Object> parts = compiled == null ? null : compiled.get(key);
        if (parts == null) {
            return "[" + key + "]";
        }
        Map<String, String> plain = texts.get(language);
        StringBuilder out = new StringBuilder(64);
        for (Object part : parts) {
            if (part instanceof Slot slot) {
                Object value = args == null ? null : args.get(slot.name());
                out.append(value == null ? slot.original()
                        // a field left empty shows as the bundle's word for it, not as 表单是“”的“”
                        : value instanceof String text && text.isBlank() && plain.containsKey(BLANK) ? plain.get(BLANK)
                        : "label".equals(slot.style()) ? label(plain, value, language)
                        : format(value, slot.style(), language));
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /** A field's name as the form writes it ({@code label.<field>}); a list of fields, each so. */
    private static String label(Map<String, String> plain, Object value, String language) {
        if (value instanceof Collection<?> items) {
            return String.join(ZH.equals(language) ? "、" : ", ",
                    items.stream().map(i -> plain.getOrDefault("label." + i, String.valueOf(i))).toList());
        }
        return plain.getOrDefault("label." + value, String.valueOf(value));
    }

    public static String format(Object value, String style, String language) {
        if (value instanceof Collection<?> items) {
            return String.join(ZH.equals(language) ? "、" : ", ", items.stream().map(String::valueOf).toList());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ("percent".equals(style)) {
                return number(d * 100, true, "#,##0.#") + "%";
            }
            return "amount".equals(style) ? number(d, true, "#,##0.##") : number(d, false, "0.##########");
        }
        return String.valueOf(value);
    }

    /**
     * A whole number as {@code pattern} writes it, without DecimalFormat (most amounts, counts and
     * percentages are whole, and DecimalFormat was most of the cost of rendering a finding); others,
     * and -0, through DecimalFormat.
     */
    static String number(double d, boolean grouped, String pattern) {
        if (d != Math.rint(d) || Math.abs(d) >= 1e15 || Double.doubleToRawLongBits(d) == Long.MIN_VALUE) {
            return decimal(pattern).format(d);
        }
        String digits = Long.toString(Math.abs((long) d));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (d < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (grouped && i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** DecimalFormat is costly to build and not thread-safe: one per pattern and thread. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(java.util.HashMap::new);

    private static DecimalFormat decimal(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
}
