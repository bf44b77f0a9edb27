package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import java.util.EnumMap;
import java.util.Map;

/**
 * Reports and batches leave the service written by the same mapper as the command line's
 * ({@link DeclarationJson#MAPPER}), so the two doors cannot drift apart: one form gives the same
 * report JSON through both. With {@code ?lang=zh} or {@code ?lang=en} the report is compact: every
 * text in that language alone, without indentation (about half the bytes of the bilingual report).
 */
@Configuration(proxyBeanMethods = false)
class ReportJsonConverter implements WebMvcConfigurer {

    /** Request attribute: the {@link Language} the answer is written in, when the client asked for one. */
    private static final String LANGUAGE = ReportJsonConverter.class.getName() + ".language";

    private static final ObjectWriter BILINGUAL = DeclarationJson.MAPPER.writer();
    private static final Map<Language, ObjectWriter> COMPACT = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            COMPACT.put(language, BILINGUAL.without(SerializationFeature.INDENT_OUTPUT)
                    .withAttribute(LocalizedText.LANGUAGE, language));
        }
    }

    /** Notes the {@code lang} parameter for the answer; a value other than zh or en is a 400 naming it. */
    static void language(HttpServletRequest request, String lang) {
        if (lang == null || lang.isEmpty()) {
            return;
        }
        Language language = Language.of(lang);
        if (language == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Bad parameter",
                    "parameter", "parameter lang: \"" + lang + "\" is not a report language; use zh or en (or leave it out for both)"),
                    null);
        }
        request.setAttribute(LANGUAGE, language);
    }

    /**
     * The language to answer a problem in: the {@code lang} parameter when given, else the first of zh and
     * en the Accept-Language header asks for, else English (the text machines have always matched).
     */
    static Language problemLanguage(HttpServletRequest request) {
        if (request.getAttribute(LANGUAGE) instanceof Language asked) {
            return asked;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (var locales = request.getLocales(); locales.hasMoreElements(); ) {
                Language language = Language.of(locales.nextElement().getLanguage());
                if (language != null) {
                    return language;
                }
            }
        }
        return Language.EN;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new ReportAnswerConverter(MediaType.APPLICATION_JSON,
                (body, out) -> writer().writeValue(out, body)));
    }

    private static ObjectWriter writer() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object language = request == null ? null : request.getAttribute(LANGUAGE, RequestAttributes.SCOPE_REQUEST);
        return language instanceof Language l ? COMPACT.get(l) : BILINGUAL;
    }
}
