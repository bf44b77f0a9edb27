package org.perfdecl.checker.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used; the old one, if any, keeps serving. */
public class RuleSetException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule set:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String file, String message) {
        this(List.of(new RuleProblem(file, 0, message)));
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** The message in a language: in English, {@link #getMessage()}; in Chinese, each problem as {@code rules validate --lang zh} tells it. */
    public String describe(org.perfdecl.checker.report.LocalizedText.Language language) {
        if (language != org.perfdecl.checker.report.LocalizedText.Language.ZH) {
            return getMessage();
        }
        return org.perfdecl.checker.report.ServiceTexts.text("ruleset.problems", java.util.Map.of("count", problems.size())).zh()
                + "\n" + problems.stream().map(p -> p.toString(language)).collect(Collectors.joining("\n"));
    }
}
