package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * What an event says about an alert.
 *
 * @param name the alert's name (the {@code alertname} label)
 * @param fingerprint the alert instance's stable id: its firing and resolving events share it
 * @param state firing or resolved
 * @param oneShot an alert with no resolving event (pool saturated, out of order): notified once
 * @param severity its severity
 * @param labels its labels (alertname, environment, severity, table, product, statement and the
 *     rule's labels)
 * @param summary one line for people
 */
public record AlertSignal(
        String name,
        String fingerprint,
        AlertState state,
        boolean oneShot,
        Severity severity,
        Map<String, String> labels,
        String summary) {

    public AlertSignal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        labels = Map.copyOf(labels);
    }
}
