package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reports and batches leave the service written by the same mapper as the command line's
 * ({@link DeclarationJson#MAPPER}), so the two doors cannot drift apart: one form gives the same
 * report JSON through both.
 */
@Configuration(proxyBeanMethods = false)
class ReportJsonConverter implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new ReportAnswerConverter(MediaType.APPLICATION_JSON,
                (body, out) -> DeclarationJson.MAPPER.writeValue(out, body)));
    }
}
