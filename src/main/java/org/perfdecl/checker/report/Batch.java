package org.perfdecl.checker.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfdecl.checker.declaration.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of checking many forms, the same from every door (web, CLI): a summary, then one item
 * per form in input order, each with its report or, in its place, why it could not be checked.
 */
public record Batch(BatchSummary summary, List<Item> items) {

    /** How many of the worst forms the summary names. */
    private static final int WORST = 10;

    /**
     * @param index    0-based position in the batch
     * @param name     the file it came from, or null for a request body
     * @param form     1-based index of the form in its file when the file holds several
     * @param location where the form starts in its file, or where reading it went wrong
     * @param error    why there is no report (the item's {@code name} says which file)
     * @param code     the kind of that problem, a stable word a client can act on (see InputException.coded)
     * @param message  the error in Chinese and English (the English as {@code error}); null for an error of no code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String name, Integer form, Location location, Report report, String error, String code,
                       LocalizedText message) {

        public static Item report(String name, Integer form, Location location, Report report) {
            return new Item(0, name, form, location, report, null, null, null);
        }

        public static Item error(String name, Integer form, Location location, String error) {
            return error(name, form, location, error, null);
        }

        public static Item error(String name, Integer form, Location location, String error, String code) {
            return error(name, form, location, error, code, null);
        }

        /** @param text the error in both languages from one key (place included), or null: then its code's text */
        public static Item error(String name, Integer form, Location location, String error, String code, LocalizedText text) {
            return new Item(0, name, form, location, null, error, code,
                    code == null ? null : ServiceTexts.unreadable(code, error, location, text));
        }

        /** A display name: the file and the form's index in it. */
        @JsonIgnore
        public String label() {
            return (name == null ? "request body" : name) + (form == null ? "" : " #" + form);
        }

        /** The error with the file it is about, for a message that stands alone. */
        @JsonIgnore
        public String describe() {
            return error == null ? null : label() + ": " + error;
        }

        /** The error in Chinese, then in English, each with the file it is about (a terminal's two lines). */
        @JsonIgnore
        public String describeBoth() {
            String english = describe().replace('\n', ' ');
            return message == null ? english : label() + ": " + message.zh().replace('\n', ' ') + "\n" + english;
        }
    }

    /** The items numbered in order, with their summary. */
    public static Batch of(List<Item> items) {
        List<Item> numbered = new ArrayList<>(items.size());
        for (Item i : items) {
            numbered.add(new Item(numbered.size(), i.name(), i.form(), i.location(), i.report(), i.error(), i.code(),
                    i.message()));
        }
        List<Report> reports = numbered.stream().filter(i -> i.report() != null).map(Item::report).toList();
        return new Batch(BatchSummary.of(reports, numbered.size() - reports.size(), WORST), List.copyOf(numbered));
    }

    @JsonIgnore
    public List<Report> reports() {
        return items.stream().filter(i -> i.report() != null).map(Item::report).toList();
    }

    /** The items that could not be checked. */
    @JsonIgnore
    public List<Item> errors() {
        return items.stream().filter(i -> i.error() != null).toList();
    }
}
