package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.InputException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical JSON: one declaration as an object, or several as an array (or {@code {"declarations": [...]}}).
 * An element of an array that is not a declaration is unusable on its own; the others are still read.
 * A declaration may carry last year's form of its project as a member {@code "previous"}.
 */
final class JsonFormatReader implements FormatReader {

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public List<Form> read(Source source) {
        TextDecoding.Decoded decoded = TextDecoding.decode(source);
        return DamagedLines.told(read(decoded.text()), decoded);
    }

    private static List<Form> read(String json) {
        DeclarationJson.Parsed parsed = DeclarationJson.parseWithLines(json);
        JsonNode root = parsed.root();
        JsonNode list = root != null && root.isObject() && root.path("declarations").isArray()
                ? root.path("declarations") : root;
        if (list == null || !list.isArray()) {
            return List.of(withPrevious(root, Form.of(DeclarationJson.read(parsed), null)));
        }
        if (list.isEmpty()) {
            throw InputException.told("not-a-form", org.perfdecl.checker.report.ServiceTexts.text(
                    "unreadable.not-a-form.json-empty", java.util.Map.of()), null);
        }
        List<Form> forms = new ArrayList<>(list.size());
        for (JsonNode element : list) {
            try {
                forms.add(withPrevious(element, Form.of(DeclarationJson.read(element), null)));
            } catch (InputException e) {
                forms.add(Form.unusable(e));
            }
        }
        return forms;
    }

    /** The form with last year's form of the project, when the declaration carries it as {@code "previous"}. */
    private static Form withPrevious(JsonNode declaration, Form form) {
        JsonNode previous = declaration == null ? null : declaration.get(DeclarationJson.PREVIOUS);
        if (previous == null || previous.isNull()) {
            return form;
        }
        if (!previous.isObject()) {
            throw PreviousFormException.said("previous.member.not-object",
                    java.util.Map.of("kind", previous.getNodeType().name().toLowerCase()));
        }
        try {
            return form.withPrevious(DeclarationJson.read(previous));
        } catch (InputException e) {
            throw PreviousFormException.said("previous.member.unusable", java.util.Map.of("reason", PreviousFormException.reason(e)));
        }
    }
}
