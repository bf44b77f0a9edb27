package org.perfdecl.checker.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A multipart/form-data body as a browser or curl sends it. MockMvc's own multipart support hands
 * the parts over as objects and leaves the body empty, but the endpoints parse the body's bytes.
 */
final class MultipartBuilder {

    static final String BOUNDARY = "----declaration-checker-test-boundary";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** @param contentType the part's media type, or null to send none */
    MultipartBuilder part(String field, String fileName, String contentType, byte[] bytes) {
        StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName).append('"');
        }
        head.append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartBuilder file(String fileName, String contentType, byte[] bytes) {
        return part("file", fileName, contentType, bytes);
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
