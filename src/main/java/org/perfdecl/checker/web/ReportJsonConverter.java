package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.Report;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;

/**
 * Reports and batches leave the service written by the same mapper as the command line's
 * ({@link DeclarationJson#MAPPER}), so the two doors cannot drift apart: one form gives the same
 * report JSON through both.
 */
@Configuration(proxyBeanMethods = false)
class ReportJsonConverter implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new Converter());
    }

    private static final class Converter extends AbstractHttpMessageConverter<Object> {

        Converter() {
            super(MediaType.APPLICATION_JSON);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return Report.class.isAssignableFrom(type) || Batch.class.isAssignableFrom(type);
        }

        @Override
        protected boolean canRead(MediaType mediaType) {
            return false;
        }

        @Override
        protected Object readInternal(Class<?> type, HttpInputMessage input) {
            throw new HttpMessageNotReadableException("a report is an answer, not a request body", input);
        }

        @Override
        protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
            DeclarationJson.MAPPER.writeValue(output.getBody(), body);
        }
    }
}
