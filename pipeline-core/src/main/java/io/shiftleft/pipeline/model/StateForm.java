package io.shiftleft.pipeline.model;

import java.util.Optional;

/**
 * Whether a table's statement keeps state (joins, aggregations, windows, an upsert or retract
 * changelog). Restarting a stateful statement re-creates its output, so its consumers must restart
 * too. JSON names are shift_left's {@code complexity.state_form} values.
 */
public enum StateForm {
    STATEFUL("Stateful"),
    STATELESS("Stateless");

    private final String jsonName;

    StateForm(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<StateForm> fromJsonName(String name) {
        for (StateForm form : values()) {
            if (form.jsonName.equals(name)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
