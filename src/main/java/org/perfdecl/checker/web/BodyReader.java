package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, so a huge body is refused without being held in memory. */
final class BodyReader {

    private BodyReader() {
    }

    /** The body's bytes; what they mean (format, charset) is the input pipeline's to find out. */
    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw new BodyTooLargeException(declared, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), limit));
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new BodyTooLargeException(total, limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** More bytes than {@code checker.max-body-bytes}. */
    static final class BodyTooLargeException extends RuntimeException {
        private final long size;
        private final long limit;

        BodyTooLargeException(long size, long limit) {
            super(tooLarge(size, limit).en());
            this.size = size;
            this.limit = limit;
        }

        long size() {
            return size;
        }

        long limit() {
            return limit;
        }
    }

    /** Why a body of {@code size} bytes (0: not known) is refused under {@code limit}, in both languages. */
    static org.perfdecl.checker.report.LocalizedText tooLarge(long size, long limit) {
        return org.perfdecl.checker.report.ServiceTexts.text(size > 0 ? "problem.too-large.size" : "problem.too-large",
                java.util.Map.of("size", size, "limit", limit));
    }
}
