package io.shiftleft.monitor.alerting;

import java.util.List;

/**
 * An evaluation of an environment's rules, done (published in the application after its changes
 * committed).
 *
 * @param environment the environment
 * @param transitions what changed
 */
public record AlertsEvaluated(String environment, List<AlertTransition> transitions) {

    public AlertsEvaluated {
        transitions = List.copyOf(transitions);
    }
}
