package org.perfdecl.checker.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;

import java.util.Map;

/**
 * One error in a rule set, as {@code file:line: message}; line 0 when the file as a whole is wrong.
 * In a decision table the place is a cell: {@code file} names the workbook and sheet, {@code cell}
 * the cell ({@code review-tables.xlsx!指标!C12: message}) and {@code line} its spreadsheet row.
 * <p>
 * Our own problems are worded from a key of service-texts ({@code ruleset.*}, in {@code code}) and its
 * arguments, in Chinese and English ({@code text}); {@code message} is the English, as it always was.
 * What the rules engine or a parser says is theirs: kept as they wrote it, after a Chinese lead-in
 * ({@value #FOREIGN}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(String file, int line, String message, String cell, String code, LocalizedText text) {

    /** The key of a text that is not ours (Drools', a parser's): a Chinese lead-in, the text as written. */
    public static final String FOREIGN = "ruleset.compiler";

    public RuleProblem {
        if (text == null) {
            text = ServiceTexts.text(FOREIGN, Map.of("text", message));
            code = FOREIGN;
        }
    }

    /** A problem in the words of another program (Drools, a parser), given a Chinese lead-in. */
    public RuleProblem(String file, int line, String message, String cell) {
        this(file, line, message, cell, null, null);
    }

    /** A problem in the words of another program (Drools, a parser), given a Chinese lead-in. */
    public RuleProblem(String file, int line, String message) {
        this(file, line, message, null);
    }

    /** Our own problem: the text of {@code ruleset.KEY} in both languages. */
    static RuleProblem said(String file, int line, String key, Map<String, ?> arguments) {
        LocalizedText text = ServiceTexts.text("ruleset." + key, arguments);
        return new RuleProblem(file, line, text.en(), null, "ruleset." + key, text);
    }

    /** Our own problem told by a text already worded in both languages (a key's text). */
    static RuleProblem said(String file, int line, String code, LocalizedText text) {
        return new RuleProblem(file, line, text.en(), null, code, text);
    }

    /** A rule that failed its trial on a fixture ({@code rule "NAME": reason}), the reason in both languages. */
    public static RuleProblem ofTrial(String fixture, String rule, String reason, LocalizedText message) {
        LocalizedText text = rule == null ? message
                : ServiceTexts.text("ruleset.trial.rule", Map.of("rule", rule, "reason", message));
        return new RuleProblem(fixture, 0, (rule == null ? "" : "rule \"" + rule + "\": ") + reason, null, "ruleset.trial", text);
    }

    /**
     * A rule that failed its trial, told where the rule is written ({@code form.drl:137: rule "NAME", on FIXTURE:
     * reason}) when {@code place} ({@code file:line}) is known, else at the fixture as {@link #ofTrial(String, String, String, LocalizedText)}.
     */
    public static RuleProblem ofTrial(String fixture, String rule, String reason, LocalizedText message, String place) {
        int colon = place == null ? -1 : place.lastIndexOf(':');
        if (rule == null || colon <= 0) {
            return ofTrial(fixture, rule, reason, message);
        }
        int line;
        try {
            line = Integer.parseInt(place.substring(colon + 1));
        } catch (NumberFormatException e) {
            return ofTrial(fixture, rule, reason, message);
        }
        LocalizedText text = ServiceTexts.text("ruleset.trial.rule.at", Map.of("rule", rule, "fixture", fixture, "reason", message));
        return new RuleProblem(place.substring(0, colon), line, text.en(), null, "ruleset.trial", text);
    }

    /** The same problem at another place. */
    RuleProblem at(String file, int line, String cell) {
        return new RuleProblem(file, line, message, cell, code, text);
    }

    /** Whether the text is another program's (Drools', a parser's), not ours. */
    @JsonIgnore
    public boolean isForeign() {
        return FOREIGN.equals(code);
    }

    /** {@code file:line: message} (or {@code file!cell: message}) in one language. */
    public String toString(LocalizedText.Language language) {
        return place() + text.in(language);
    }

    /** {@code file:line: message} in each language. */
    public LocalizedText described() {
        return new LocalizedText(toString(LocalizedText.Language.ZH), toString(LocalizedText.Language.EN));
    }

    private String place() {
        // a problem of the folder as a whole names no file (nor a line 0 of none)
        return file.isEmpty() ? "" : cell == null ? file + ":" + line + ": " : file + "!" + cell + ": ";
    }

    @Override
    public String toString() {
        return place() + message;
    }
}
