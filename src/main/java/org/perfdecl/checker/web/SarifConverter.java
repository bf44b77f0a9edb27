package org.perfdecl.checker.web;

import org.perfdecl.checker.Version;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.SarifWriter;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;

/**
 * Answers the check endpoints in SARIF 2.1.0 when the client asks for {@code application/sarif+json}
 * (the page's "download SARIF", a CI job with curl): the same {@link SarifWriter} as the command line.
 */
@Configuration(proxyBeanMethods = false)
class SarifConverter implements WebMvcConfigurer {

    static final String SARIF = "application/sarif+json";

    private final RuleSetHolder rules;

    SarifConverter(RuleSetHolder rules) {
        this.rules = rules;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new ReportAnswerConverter(MediaType.parseMediaType(SARIF), this::write));
    }

    /** This service's rules page, as the client reached the service: each rule's help link in SARIF. */
    private static String rulesPage() {
        try {
            return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/rules.html").toUriString();
        } catch (IllegalStateException e) { // not in a request
            return SarifWriter.DEFAULT_RULES_PAGE;
        }
    }

    /** A report, or the reports of a batch, as one SARIF log. */
    private void write(Object body, java.io.OutputStream out) throws IOException {
        Batch batch = body instanceof Report report
                ? Batch.of(List.of(Batch.Item.report(null, null, null, report))) : (Batch) body;
        DeclarationJson.MAPPER.writeValue(out, SarifWriter.write(batch, rules.current(), Version.current(),
                new SarifWriter.Context(null, rulesPage())));
    }
}
