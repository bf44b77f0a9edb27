package org.perfdecl.checker.cli;

import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceTexts;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Map;

/**
 * {@code --lang zh|en}: the language the rules commands tell problems in. Without it, the system's
 * language (LANG / LC_ALL, or Windows' display language): Chinese on a Chinese system, else English,
 * so a script on a server keeps the English it matched before.
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "zh|en", converter = Name.class,
            description = {"language of problems and messages: zh (中文) or en, or a tag of either (zh-CN, en-GB)",
                    "(default: the system's language, zh when it is Chinese, else en)"})
    Language language;

    Language language() {
        return language != null ? language : ofLocale(Locale.getDefault());
    }

    static Language ofLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Language.ZH : Language.EN;
    }

    /** A text of service-texts ({@code KEY}) in the language chosen. */
    String say(String key, Map<String, ?> arguments) {
        return in(ServiceTexts.text(key, arguments));
    }

    String in(LocalizedText text) {
        return text.in(language());
    }

    /** zh or en, or a language tag of either; anything else is told in both languages. */
    static final class Name implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            String primary = value.strip();
            int end = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
            Language language = Language.of(end >= 0 ? primary.substring(0, end) : primary);
            if (language == null) {
                LocalizedText text = ServiceTexts.text("cli.lang.unknown", Map.of("value", value));
                throw new picocli.CommandLine.TypeConversionException(text.zh() + "\n" + text.en());
            }
            return language;
        }
    }
}
