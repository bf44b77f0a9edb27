package org.perfdecl.checker.report;

import org.perfdecl.checker.report.LocalizedText.Language;

import java.util.Locale;

/**
 * The language the service tells what it writes for people outside an answer in (the box a start that fails
 * prints, the audit log's lines): {@code checker.lang} (zh or en, or a tag of either: zh-CN, en-GB) when set,
 * else the system's language, Chinese on a Chinese system (LANG, LC_ALL, Windows' display language) and
 * English otherwise, as before. The command line's {@code --lang} falls back the same way.
 */
public final class ServiceLanguage {

    /** The property that names it. */
    public static final String PROPERTY = "checker.lang";

    private ServiceLanguage() {
    }

    /** The language a setting names, else (unset, or naming neither zh nor en) the system's. */
    public static Language of(String setting) {
        Language named = tag(setting);
        return named != null ? named : system();
    }

    /** Chinese on a Chinese system, else English. */
    public static Language system() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Language.ZH : Language.EN;
    }

    /** The language a tag names by its primary subtag (zh, zh-CN, zh_Hans, EN-gb), or null. */
    public static Language tag(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip();
        int end = 0;
        while (end < primary.length() && primary.charAt(end) != '-' && primary.charAt(end) != '_') {
            end++;
        }
        return Language.of(primary.substring(0, end));
    }
}
