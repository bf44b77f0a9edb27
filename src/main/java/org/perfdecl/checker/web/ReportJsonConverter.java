package org.perfdecl.checker.web;

import org.perfdecl.checker.report.ServiceLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
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

    /**
     * Notes the {@code lang} parameter for the answer. A language tag counts by its primary subtag (zh-CN,
     * zh-Hans, en-GB); one that names no language the service writes is a 400 naming the parameter, the
     * same kind of problem as any other bad parameter.
     */
    static void language(HttpServletRequest request, String lang) {
        // ?lang=zh&lang=zh arrives bound as "zh,zh": the query's values are read one by one (the same language twice
        // is no conflict, two are told as a conflict), not refused as the language "zh,zh"
        Language language = lang != null && lang.indexOf(',') >= 0 && !LanguageParameter.queryParameters(request, LanguageParameter.NAME).isEmpty()
                ? LanguageParameter.ofQuery(request) : LanguageParameter.of(lang);
        if (language != null) {
            request.setAttribute(LANGUAGE, language);
        }
    }

    /**
     * Every API endpoint takes {@code lang} for the language of its problems: one naming no language the
     * service writes is refused before the controller runs, as the check endpoints refuse it, rather than
     * silently answered in the Accept-Language's or in English. A flag or choice given twice with values that
     * mean different things is refused there too ({@link RepeatedParameters}).
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                LanguageParameter.ofQuery(request);
                if (handler instanceof org.springframework.web.method.HandlerMethod method) {
                    RepeatedParameters.refuseConflicts(request, method); // ?explain=true&explain=false, as ?lang=zh&lang=en
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }


    /**
     * The language to answer a problem in: the {@code lang} parameter when given (and usable), else the
     * zh or en the Accept-Language header prefers (by q, then order), else English (the text machines
     * have always matched). Never throws: a header no parser takes (non-ASCII bytes, which the firewall
     * refuses to hand out) is no preference.
     */
    static Language problemLanguage(HttpServletRequest request) {
        if (request.getAttribute(LANGUAGE) instanceof Language asked) {
            return asked;
        }
        Language asked = ServiceLanguage.tag(LanguageParameter.queryParameter(request, LanguageParameter.NAME));
        if (asked != null) {
            return asked;
        }
        String header;
        try {
            header = request.getHeader("Accept-Language");
        } catch (RuntimeException refused) {
            return Language.EN;
        }
        Language preferred = acceptLanguage(header);
        return preferred == null ? Language.EN : preferred;
    }

    /** The supported language an Accept-Language value prefers most (q=0 excluded), or null. Never throws. */
    static Language acceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return null;
        }
        Language best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            if (parts.length == 0) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                    try {
                        q = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0; // a range with an unreadable weight is not counted on
                    }
                }
            }
            Language language = ServiceLanguage.tag(parts[0]);
            if (language != null && q > bestQ && q <= 1) {
                best = language;
                bestQ = q;
            }
        }
        return best;
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
