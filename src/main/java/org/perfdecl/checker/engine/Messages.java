package org.perfdecl.checker.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)(?:,(percent|amount|label))?}");

    private final Map<String, Properties> bundles;

    Messages(Map<String, Properties> bundles) {
        this.bundles = Map.copyOf(bundles);
    }

    public boolean has(String language, String key) {
        Properties p = bundles.get(language);
        return p != null && p.getProperty(key) != null;
    }

    public java.util.Set<String> keys(String language) {
        Properties p = bundles.get(language);
        return p == null ? java.util.Set.of() : p.stringPropertyNames();
    }

    /** The text for {@code key}, or the key itself in brackets so a missing text shows, not breaks. */
    public String render(String language, String key, Map<String, ?> args) {
        Properties p = bundles.get(language);
        String template = p == null ? null : p.getProperty(key);
        if (template == null) {
            return "[" + key + "]";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args == null ? null : args.get(m.group(1));
            String text = value == null ? m.group()
                    : "label".equals(m.group(2)) ? p.getProperty("label." + value, String.valueOf(value))
                    : format(value, m.group(2), language);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String format(Object value, String style, String language) {
        if (value instanceof Collection<?> items) {
            return String.join(ZH.equals(language) ? "、" : ", ", items.stream().map(String::valueOf).toList());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ("percent".equals(style)) {
                return decimal("#,##0.#").format(d * 100) + "%";
            }
            return decimal("amount".equals(style) ? "#,##0.##" : "0.##########").format(d);
        }
        return String.valueOf(value);
    }

    private static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
