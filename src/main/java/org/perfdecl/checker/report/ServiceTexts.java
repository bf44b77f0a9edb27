package org.perfdecl.checker.report;

import org.perfdecl.checker.declaration.Location;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's own texts in Chinese and English (service-texts_zh/en.properties beside this class):
 * why an input cannot be read and why a check is INCOMPLETE. Users are Chinese reviewers, so these are
 * worded like findings, a key and its arguments in both languages; the English stays for machines.
 */
public final class ServiceTexts {

    private static final Properties ZH = load("zh");
    private static final Properties EN = load("en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private ServiceTexts() {
    }

    /** The text of a key in both languages, its {@code {name}} placeholders filled from the arguments. */
    public static LocalizedText text(String key, Map<String, ?> arguments) {
        return new LocalizedText(fill(ZH, key, arguments), fill(EN, key, arguments));
    }

    /**
     * Why an input cannot be read: in Chinese, the place and the words for its code; in English, the
     * reader's own detail (it names the limit or the byte), as the API has always given it.
     *
     * @param code   the stable code (empty, image … checker-failed), or null: then the detail is quoted
     * @param detail the English detail
     */
    public static LocalizedText unreadable(String code, String detail, Location location) {
        return unreadable(code, detail, location, null);
    }

    /**
     * As {@link #unreadable(String, String, Location)}, but a problem worded from one key ({@code text}, its
     * place included) is given as that key says it in each language.
     */
    public static LocalizedText unreadable(String code, String detail, Location location, LocalizedText text) {
        if (text != null) {
            return text;
        }
        String zh = ZH.getProperty("unreadable." + code);
        if (code == null || zh == null) {
            zh = fill(ZH, "unreadable.other", Map.of("detail", detail == null ? "" : detail));
            return new LocalizedText(zh, detail);
        }
        return new LocalizedText(where(location) + zh, detail == null ? EN.getProperty("unreadable." + code) : detail);
    }

    /** {@code 第 3 行：}, {@code 第 2 页：}, {@code 绩效目标表!B8：}, or nothing. */
    private static String where(Location location) {
        if (location == null) {
            return "";
        }
        if (location.page() != null) {
            return location.line() == null ? fill(ZH, "at.page", Map.of("page", location.page()))
                    : fill(ZH, "at.pageLine", Map.of("page", location.page(), "line", location.line()));
        }
        if (location.cell() != null) {
            return fill(ZH, "at.cell", Map.of("cell", location.text()));
        }
        if (location.table() != null) {
            return fill(ZH, "at.table", Map.of("table", location.table()));
        }
        return location.line() == null ? "" : fill(ZH, "at.line", Map.of("line", location.line()));
    }

    private static String fill(Properties bundle, String key, Map<String, ?> arguments) {
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text for '" + key + "' in service-texts");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = arguments.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value instanceof LocalizedText t
                    ? (bundle == ZH ? t.zh() : t.en()) : String.valueOf(value)));
        }
        return m.appendTail(out).toString();
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String name = "service-texts_" + language + ".properties";
        try (var in = ServiceTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + ServiceTexts.class.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
