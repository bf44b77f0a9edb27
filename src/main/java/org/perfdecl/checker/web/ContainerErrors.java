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

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String detail = status == 400
                    ? "the request could not be understood (its URL, headers or body are malformed)"
                    : "the server could not answer this request (HTTP " + status + ")";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:declaration-checker:problem:http-" + status + "\",\"title\":\"HTTP "
                            + status + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already committed: nothing more to say
            }
        }
    }
}
