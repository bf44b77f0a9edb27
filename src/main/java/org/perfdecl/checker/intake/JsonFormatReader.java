package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.InputException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical JSON: one declaration as an object, or several as an array (or {@code {"declarations": [...]}}).
 * An element of an array that is not a declaration is unusable on its own; the others are still read.
 */
final class JsonFormatReader implements FormatReader {

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public List<Form> read(Source source) {
        String json = TextDecoding.decode(source);
        JsonNode root = DeclarationJson.parse(json);
        JsonNode list = root != null && root.isObject() && root.path("declarations").isArray()
                ? root.path("declarations") : root;
        if (list == null || !list.isArray()) {
            return List.of(Form.of(DeclarationJson.read(json), null));
        }
        if (list.isEmpty()) {
            throw new InputException("the JSON array holds no declarations", null);
        }
        List<Form> forms = new ArrayList<>(list.size());
        for (JsonNode element : list) {
            try {
                forms.add(Form.of(DeclarationJson.read(element), null));
            } catch (InputException e) {
                forms.add(Form.unusable(e));
            }
        }
        return forms;
    }
}
