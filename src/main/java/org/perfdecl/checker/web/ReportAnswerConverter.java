package org.perfdecl.checker.web;

import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.Report;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report or a batch in one media type; never reads (a report is an answer, not a request body). */
final class ReportAnswerConverter extends AbstractHttpMessageConverter<Object> {

    /** How the answer is written. */
    @FunctionalInterface
    interface Writer {
        void write(Object reportOrBatch, OutputStream out) throws IOException;
    }

    private final Writer writer;

    ReportAnswerConverter(MediaType type, Writer writer) {
        super(type);
        this.writer = writer;
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
        writer.write(body, output.getBody());
    }
}
