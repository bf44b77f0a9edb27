package org.perfdecl.checker.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of an API request without holding a thread while it arrives (Servlet non-blocking
 * I/O): a client that trickles its body costs a buffer, not one of the container's threads, so a
 * few hundred slow clients cannot starve everyone else. When the whole body is in, the request is
 * dispatched again with the body in memory, and a check goes through {@link CheckAdmission}.
 * A body over its limit gets 413 as soon as it passes it (or at once, by its Content-Length); one
 * that has not arrived within {@code checker.http.body-read-timeout} gets 408.
 */
final class BufferedBodyFilter implements Filter {

    static final String BODY = BufferedBodyFilter.class.getName() + ".body";
    private static final String CHECKS = "/api/v1/checks";

    private final CheckerProperties properties;
    private final CheckAdmission admission;

    BufferedBodyFilter(CheckerProperties properties, CheckAdmission admission) {
        this.properties = properties;
        this.admission = admission;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        byte[] body = (byte[]) request.getAttribute(BODY);
        if (body != null) { // the dispatch after the body came in
            admitted(new BufferedRequest(request, body), response, chain);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            // no body is decoded: a gzipped form was read as binary of no known format, and a body marked br but
            // sent plain was checked as if the header were not there
            Problems.send(request, response, Problems.said(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    org.perfdecl.checker.report.ServiceTexts.text("problem.content-encoding", java.util.Map.of("encoding", encoding.strip()))));
            return;
        }
        long limit = path(request).startsWith(CHECKS + "/batch") ? properties.maxBatchBodyBytes() : properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            Problems.send(request, response, tooLarge(request, request.getContentLengthLong(), limit));
            return;
        }
        if (!nonBlockingIo(request)) { // MockMvc: the body is in memory already
            byte[] all = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (all.length > limit) {
                Problems.send(request, response, tooLarge(request, all.length, limit));
            } else {
                admitted(new BufferedRequest(request, all), response, chain);
            }
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(properties.http().bodyReadTimeout().toMillis());
        Collector collector = new Collector(async, request, response, limit);
        async.addListener(collector);
        request.getInputStream().setReadListener(collector);
    }

    private void admitted(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!path(request).startsWith(CHECKS)) {
            chain.doFilter(request, response);
            return;
        }
        boolean ran;
        try {
            ran = admission.run(() -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (!ran) {
            response.setHeader("Retry-After", String.valueOf(properties.http().retryAfter().toSeconds()));
            Problems.send(request, response, Problems.said(request, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    java.util.Map.of("seconds", properties.http().retryAfter().toSeconds())));
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Every servlet container has it; Spring's MockMvc does not (and needs none). */
    private static boolean nonBlockingIo(HttpServletRequest request) {
        return request.isAsyncSupported() && !request.getServletContext().getServerInfo().startsWith("MockServletContext");
    }

    private static ProblemDetail tooLarge(HttpServletRequest request, long size, long limit) {
        return Problems.said(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", BodyReader.tooLarge(size, limit));
    }

    /** Collects the body as it arrives; answers 413 or 408 itself, or dispatches with the body. */
    static final class Collector implements ReadListener, AsyncListener {
        private final AsyncContext async;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final long limit;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private boolean done;

        Collector(AsyncContext async, HttpServletRequest request, HttpServletResponse response, long limit) {
            this.async = async;
            this.request = request;
            this.response = response;
            this.limit = limit;
        }

        @Override
        public synchronized void onDataAvailable() throws IOException {
            ServletInputStream in = request.getInputStream();
            while (!done && in.isReady() && !in.isFinished()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                if (body.size() + n > limit) {
                    answer(tooLarge(request, body.size() + n, limit));
                    return;
                }
                body.write(buffer, 0, n);
            }
        }

        @Override
        public synchronized void onAllDataRead() {
            if (done) {
                return;
            }
            done = true;
            request.setAttribute(BODY, body.toByteArray());
            async.dispatch();
        }

        @Override
        public synchronized void onError(Throwable t) {
            // a body that stops arriving for Tomcat's connection timeout (shorter than the body-read
            // timeout, which a trickle meets) is the client's, as the body-read timeout is: a 408
            if (stalled(t)) {
                try {
                    onTimeout(null);
                    return;
                } catch (IOException | RuntimeException answering) {
                    // the connection is gone after all: nothing to answer
                }
            }
            if (malformed(t)) {
                // a chunk-size line that is no number (or too large): the client's mistake, a 400 that says so (Tomcat
                // would end the request as its own error, a 500)
                try {
                    answer(Problems.said(request, HttpStatus.BAD_REQUEST, "bad-chunked-body", java.util.Map.of()));
                    return;
                } catch (IOException | RuntimeException answering) {
                    // the connection is gone after all: nothing to answer
                }
            }
            if (!done) { // the client went away or broke the stream: nothing to answer
                done = true;
                async.complete();
            }
        }

        /** Tomcat's reading of a body whose chunked framing is broken (org.apache.coyote.BadRequestException). */
        private static boolean malformed(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof org.apache.coyote.BadRequestException) {
                    return true;
                }
            }
            return false;
        }

        private static boolean stalled(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof java.net.SocketTimeoutException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) throws IOException {
            answer(Problems.said(request, HttpStatus.REQUEST_TIMEOUT, "body-timeout", java.util.Map.of()));
        }

        private void answer(ProblemDetail problem) throws IOException {
            if (done) {
                return;
            }
            done = true;
            response.setHeader("Connection", "close");
            Problems.send(request, response, problem);
            async.complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** The request with its body in memory. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset;
            try {
                charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException e) { // an unknown charset= is the reader's to report, not a crash here
                charset = StandardCharsets.UTF_8;
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
