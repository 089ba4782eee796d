package io.shiftleft.monitor.alerting;

import java.util.List;
import java.util.stream.Collectors;

/** A rule document that cannot be used, with every problem found in it. */
public class InvalidRuleException extends RuntimeException {

    private final List<RuleProblem> problems;

    public InvalidRuleException(String source, List<RuleProblem> problems) {
        super(
                (source.isEmpty() ? "" : source + " has invalid alert rules: ")
                        + problems.stream()
                                .map(RuleProblem::toString)
                                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
