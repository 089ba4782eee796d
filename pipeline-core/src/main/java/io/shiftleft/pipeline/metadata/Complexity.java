package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.StateForm;
import java.util.Objects;

/**
 * The {@code complexity} object of a pipeline definition (shift_left's {@code
 * FlinkStatementComplexity}): join counts of the DML, a rough class and the state form.
 *
 * @param complexityType {@code Simple} (≤ 2 joins), {@code Medium} (≤ 4) or {@code Complex}
 * @param stateForm whether the DML keeps state; {@code null} when the file says {@code null}
 */
public record Complexity(
        int numberOfRegularJoins,
        int numberOfLeftJoins,
        int numberOfRightJoins,
        int numberOfInnerJoins,
        int numberOfOuterJoins,
        String complexityType,
        StateForm stateForm) {

    public static final String SIMPLE = "Simple";
    public static final String MEDIUM = "Medium";
    public static final String COMPLEX = "Complex";

    public Complexity {
        Objects.requireNonNull(complexityType, "complexityType");
    }

    /** No joins, {@code Simple}, with the given state form. */
    public static Complexity of(StateForm stateForm) {
        return new Complexity(0, 0, 0, 0, 0, SIMPLE, stateForm);
    }

    /**
     * shift_left's class of a join count: ≤ 2 {@code Simple}, ≤ 4 {@code Medium}, else {@code
     * Complex}.
     */
    public static String typeFor(int totalJoins) {
        if (totalJoins <= 2) {
            return SIMPLE;
        }
        return totalJoins <= 4 ? MEDIUM : COMPLEX;
    }
}
