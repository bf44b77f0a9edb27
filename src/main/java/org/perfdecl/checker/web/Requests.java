package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.InputException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a request (or a part of one) declares about its body. */
final class Requests {

    /** Parsed by hand: Spring's MediaType refuses a type with an unknown charset without naming it. */
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

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
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InputException.told("charset", org.perfdecl.checker.report.ServiceTexts.text("unreadable.charset.unknown",
                    java.util.Map.of("name", name)), null);
        }
    }

    /** The name a Content-Type gives as its charset, or "" (for a message). */
    static String charsetName(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        return m != null && m.find() ? m.group(1) : "";
    }

    static boolean isMultipart(String contentType) {
        try {
            return contentType != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
