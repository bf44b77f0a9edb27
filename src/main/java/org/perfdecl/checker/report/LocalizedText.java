package org.perfdecl.checker.report;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A text in Simplified Chinese and in English. Written as {@code {"zh": …, "en": …}}, or as the one
 * string of a language when the writer carries {@link #LANGUAGE} (the compact report, {@code ?lang=zh}).
 */
@JsonSerialize(using = LocalizedText.Json.class)
public record LocalizedText(String zh, String en) {

    /** Writer attribute: the {@link Language} to write texts in; absent means both. */
    public static final String LANGUAGE = LocalizedText.class.getName() + ".language";

    /** A language a report can be written in alone. */
    public enum Language {
        ZH, EN;

        /** {@code zh} or {@code en} (any case); null for anything else. */
        public static Language of(String code) {
            for (Language l : values()) {
                if (l.name().equalsIgnoreCase(code)) {
                    return l;
                }
            }
            return null;
        }
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    static final class Json extends StdSerializer<LocalizedText> {
        Json() {
            super(LocalizedText.class);
        }

        @Override
        public void serialize(LocalizedText text, JsonGenerator out, SerializationContext context) {
            if (context.getAttribute(LANGUAGE) instanceof Language language) {
                out.writeString(text.in(language));
                return;
            }
            out.writeStartObject(text);
            out.writeStringProperty("zh", text.zh());
            out.writeStringProperty("en", text.en());
            out.writeEndObject();
        }
    }
}
