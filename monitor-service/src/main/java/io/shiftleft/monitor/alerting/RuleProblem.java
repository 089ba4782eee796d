package io.shiftleft.monitor.alerting;

/**
 * One thing wrong with a rule: where (a file and line, when the source has lines), which field (a
 * path such as {@code rules[2].condition.lag_above}) and what.
 *
 * @param at the file and line, or empty
 * @param field the field's path
 * @param message what is wrong and what is expected
 */
public record RuleProblem(String at, String field, String message) {

    @Override
    public String toString() {
        return (at.isEmpty() ? "" : at + ": ") + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
