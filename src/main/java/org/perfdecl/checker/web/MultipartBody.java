package org.perfdecl.checker.web;

import org.perfdecl.checker.report.ServiceTexts;
import java.util.Map;

import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.intake.PreviousFormException;
import org.perfdecl.checker.intake.Source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of a {@code multipart/form-data} body that is already in memory (the body is read with
 * a size limit before anything parses it): every part named {@code file}, one {@link Source} each,
 * with the part's file name, media type and charset, and at most one part named {@code previous}
 * (last year's form). A file sent in a part of any other name is refused, naming the part: a mistyped
 * {@code -F prevous=@…} was ignored, and the check ran without last year's form while the sender thought
 * it had one. Other fields without a file (a note a web form adds) are ignored.
 */
final class MultipartBody {

    static final String PART = "file";
    static final String PREVIOUS = "previous";

    /** The form files, and last year's form file or null. */
    record Parts(List<Source> files, Source previous) {
    }

    private MultipartBody() {
    }

    static Parts parts(byte[] body, String contentType) {
        List<Source> files = new ArrayList<>();
        Source previous = null;
        try {
            FileItemInputIterator parts = new Upload().getItemIterator(context(body, contentType));
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                boolean isPrevious = PREVIOUS.equals(part.getFieldName());
                if (!PART.equals(part.getFieldName()) && !isPrevious) {
                    if (part.getName() == null) {
                        continue; // a plain field, no file: nothing of the form is lost
                    }
                    throw InputException.told("multipart", ServiceTexts.text("unreadable.multipart.unknown-part",
                            Map.of("name", String.valueOf(part.getFieldName()), "part", PART, "previous", PREVIOUS)), null);
                }
                if (isPrevious && previous != null) {
                    throw PreviousFormException.said("previous.several-parts", java.util.Map.of());
                }
                byte[] bytes;
                try (InputStream in = part.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                String name = part.getName() == null || part.getName().isBlank()
                        ? (isPrevious ? PREVIOUS : "file " + (files.size() + 1)) : asNamed(part.getName());
                String type = part.getContentType();
                Source source = new Source(name, bytes, type, Requests.charset(type));
                if (isPrevious) {
                    previous = source;
                } else {
                    files.add(source);
                }
            }
        } catch (IOException e) { // FileUploadException too: a malformed body
            // the parser's own words (FileUploadException …) say nothing to a declaring unit
            throw InputException.told("multipart", ServiceTexts.text("unreadable.multipart", Map.of()), null);
        }
        if (files.isEmpty()) {
            throw InputException.told("multipart", ServiceTexts.text("unreadable.multipart.no-file", Map.of("part", PART)), null);
        }
        return new Parts(files, previous);
    }

    private static RequestContext context(byte[] body, String contentType) {
        return new RequestContext() {
            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name(); // of the part headers (file names); parts declare their own
            }

            @Override
            public long getContentLength() {
                return body.length;
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public boolean isMultipartRelated() {
                return false;
            }
        };
    }

    /** The streaming parser of commons-fileupload, over a body in memory: nothing goes to disk. */
    private static final class Upload extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(RequestContext request) throws IOException {
            return super.getItemIterator(request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) {
            throw new UnsupportedOperationException("files are streamed, not stored");
        }

        @Override
        public List<DiskFileItem> parseRequest(RequestContext request) {
            throw new UnsupportedOperationException("files are streamed, not stored");
        }
    }

    /**
     * A file name as its owner named it: a browser sends a double quote in it as %22 (the HTML standard's escape in a
     * part's header), which the report and the page then showed. Nothing else is decoded: a name with %20 in it was
     * written so, and a line break (%0A) has no place in a name shown on one line.
     */
    static String asNamed(String sent) {
        return sent.contains("%22") ? sent.replace("%22", "\"") : sent;
    }
}
