package org.perfdecl.checker.web;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests Tomcat refuses before the application sees them (a URL with {@code %} not followed by
 * hex, an encoded slash or NUL, a malformed header) get a problem+json answer too, instead of
 * Tomcat's HTML error page: the host's error report valve is replaced by one that writes JSON.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    TomcatServletWebServerFactory tomcatServletWebServerFactory() {
        return new TomcatServletWebServerFactory() {
            @Override
            protected void prepareContext(Host host, ServletContextInitializer[] initializers) {
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
                super.prepareContext(host, initializers);
            }
        };
    }

    /** Tomcat's error report as an RFC 9457 problem; no server details, no stack trace. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

        /** The language of the answer: the zh or en Accept-Language prefers, else English (the URL may be too broken to read lang=). */
        private static org.perfdecl.checker.report.LocalizedText.Language language(Request request) {
            try {
                var preferred = ReportJsonConverter.acceptLanguage(request.getHeader("Accept-Language"));
                return preferred == null ? org.perfdecl.checker.report.LocalizedText.Language.EN : preferred;
            } catch (RuntimeException e) {
                return org.perfdecl.checker.report.LocalizedText.Language.EN;
            }
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String type = "http-" + status;
            org.perfdecl.checker.report.LocalizedText title = org.perfdecl.checker.report.ServiceTexts.text(
                    status == 400 ? "problem.http-400.title" : "problem.http.title", java.util.Map.of());
            org.perfdecl.checker.report.LocalizedText detail = status == 400
                    ? org.perfdecl.checker.report.ServiceTexts.text("problem.http-400", java.util.Map.of())
                    : org.perfdecl.checker.report.ServiceTexts.text("problem.http", java.util.Map.of("status", status,
                    "reason", org.springframework.http.HttpStatus.resolve(status) == null ? "HTTP"
                            : org.springframework.http.HttpStatus.resolve(status).getReasonPhrase()));
            org.perfdecl.checker.report.LocalizedText.Language language = language(request);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", "urn:declaration-checker:problem:" + type);
            body.put("title", title.in(language));
            body.put("status", status);
            body.put("detail", detail.in(language));
            body.put("code", type);
            body.put("message", Problems.both(detail));
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already committed: nothing more to say
            }
        }
    }
}
