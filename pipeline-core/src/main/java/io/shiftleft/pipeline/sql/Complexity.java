package io.shiftleft.pipeline.sql;

import io.shiftleft.pipeline.model.StateForm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Join counts of a statement, as shift_left's {@code extract_statement_complexity} defines them: a
 * plain {@code JOIN} is regular, {@code INNER JOIN} is inner, {@code LEFT|RIGHT [OUTER] JOIN} left
 * or right, {@code FULL [OUTER] JOIN} outer. {@code CROSS JOIN}, comma joins and table-function
 * joins ({@code UNNEST}, {@code LATERAL TABLE}) are not counted. A temporal or lookup join counts
 * by its keyword like any other.
 */
public record Complexity(
        int regularJoins, int leftJoins, int rightJoins, int innerJoins, int outerJoins) {

    /** No join at all. */
    public static final Complexity NONE = new Complexity(0, 0, 0, 0, 0);

    /** shift_left's {@code complexity_type}. */
    public enum Type {
        SIMPLE("Simple"),
        MEDIUM("Medium"),
        COMPLEX("Complex");

        private final String jsonName;

        Type(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The value shift_left writes. */
        public String jsonName() {
            return jsonName;
        }

        /** Simple up to 2 joins, Medium up to 4, Complex above. */
        public static Type ofTotal(int joins) {
            return joins <= 2 ? SIMPLE : joins <= 4 ? MEDIUM : COMPLEX;
        }
    }

    public Complexity {
        if (regularJoins < 0
                || leftJoins < 0
                || rightJoins < 0
                || innerJoins < 0
                || outerJoins < 0) {
            throw new IllegalArgumentException("negative join count");
        }
    }

    /** The sum of the five counts. */
    public int totalJoins() {
        return regularJoins + leftJoins + rightJoins + innerJoins + outerJoins;
    }

    /** Simple, Medium or Complex. */
    public Type type() {
        return Type.ofTotal(totalJoins());
    }

    /** The sum of two complexities (two statements of one file). */
    public Complexity plus(Complexity other) {
        return new Complexity(
                regularJoins + other.regularJoins,
                leftJoins + other.leftJoins,
                rightJoins + other.rightJoins,
                innerJoins + other.innerJoins,
                outerJoins + other.outerJoins);
    }

    /**
     * The {@code complexity} object of shift_left's {@code pipeline_definition.json}, fields in
     * shift_left's order: {@code number_of_regular_joins}, {@code number_of_left_joins}, {@code
     * number_of_right_joins}, {@code number_of_inner_joins}, {@code number_of_outer_joins}, {@code
     * complexity_type}, {@code state_form}.
     */
    public Map<String, Object> toShiftLeftJson(StateForm stateForm) {
        Objects.requireNonNull(stateForm, "stateForm");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number_of_regular_joins", regularJoins);
        json.put("number_of_left_joins", leftJoins);
        json.put("number_of_right_joins", rightJoins);
        json.put("number_of_inner_joins", innerJoins);
        json.put("number_of_outer_joins", outerJoins);
        json.put("complexity_type", type().jsonName());
        json.put("state_form", stateForm.jsonName());
        return json;
    }
}
