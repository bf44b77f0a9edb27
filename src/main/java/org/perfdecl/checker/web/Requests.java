package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.InputException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** What a request (or a part of one) declares about its body. */
final class Requests {

    private Requests() {
    }

    /**
     * The {@code charset=} of a Content-Type, or null. Read from the header itself: the servlet's
     * character encoding is forced to UTF-8 by Spring's encoding filter, which would hide a declared GBK.
     */
    static Charset charset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String name;
        try {
            name = MediaType.parseMediaType(contentType).getParameter("charset");
        } catch (InvalidMediaTypeException e) {
            return null;
        }
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.replace("\"", "").strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException("unknown charset \"" + name + "\" in the Content-Type", null);
        }
    }

    static boolean isMultipart(String contentType) {
        try {
            return contentType != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
