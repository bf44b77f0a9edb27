package org.perfdecl.checker.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One error in a rule set, as {@code file:line: message}; line 0 when the file as a whole is wrong.
 * In a decision table the place is a cell: {@code file} names the workbook and sheet, {@code cell}
 * the cell ({@code review-tables.xlsx!指标!C12: message}) and {@code line} its spreadsheet row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(String file, int line, String message, String cell) {

    public RuleProblem(String file, int line, String message) {
        this(file, line, message, null);
    }

    @Override
    public String toString() {
        return cell == null ? file + ":" + line + ": " + message : file + "!" + cell + ": " + message;
    }
}
