package org.perfdecl.checker.declaration;

import java.util.List;

/** Reads any supported input (canonical JSON, or the form as exported to text) into declarations. */
public final class DeclarationReader {

    /** A declaration with where it came from: the form's index and first line in a text file. */
    public record Input(String name, Integer form, Integer line, Declaration declaration) {
    }

    private DeclarationReader() {
    }

    /** JSON when the content looks like JSON (or the name ends with .json), else the form text layout. */
    public static List<Input> read(String name, String content) {
        String trimmed = content.replace("\uFEFF", "").stripLeading();
        boolean json = name.toLowerCase().endsWith(".json") || trimmed.startsWith("{") || trimmed.startsWith("[");
        if (json) {
            return List.of(new Input(name, null, null, DeclarationJson.read(content.replace("\uFEFF", ""))));
        }
        var forms = new FormTextImporter().read(content);
        if (forms.size() == 1) {
            return List.of(new Input(name, null, forms.get(0).line(), forms.get(0).declaration()));
        }
        return java.util.stream.IntStream.range(0, forms.size())
                .mapToObj(i -> new Input(name, i + 1, forms.get(i).line(), forms.get(i).declaration()))
                .toList();
    }
}
