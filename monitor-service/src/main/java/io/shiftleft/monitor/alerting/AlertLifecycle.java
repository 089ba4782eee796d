package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.EventType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of one alert from one reading to the next: inactive → pending → firing → resolved.
 *
 * <ul>
 *   <li>Inactive (no record, or resolved): a reading that fires makes it pending (firing at once
 *       when {@code for} is 0), unless a deployment step works on the statement's table.
 *   <li>Pending: it fires once the condition held for {@code for}; a reading that does not fire (a
 *       flap), or a deployment step on the table, makes it inactive again, so {@code for} starts
 *       over when the condition holds again.
 *   <li>Firing: stays firing while the value is above the resolve threshold; resolves once the
 *       condition has been clear for {@code keep_firing_for} (a value back above the resolve
 *       threshold in that time keeps it firing, and nothing is announced). A deployment step does
 *       not stop a firing alert from resolving.
 *   <li>No data (no metrics sample since start, pool not observed): nothing changes.
 * </ul>
 */
final class AlertLifecycle {

    private AlertLifecycle() {}

    /**
     * What the reading does to the alert.
     *
     * @param current the alert as it is (null: none)
     * @param suppressed whether a running deployment step works on the statement's table
     */
    static Optional<AlertTransition> next(
            String environment,
            InstanceKey key,
            AlertInstance current,
            AlertRule rule,
            AlertTarget target,
            Reading reading,
            boolean suppressed,
            Instant now) {
        Objects.requireNonNull(rule, "rule");
        if (reading.level() == Reading.Level.NO_DATA) {
            return Optional.empty();
        }
        if (current == null || current.state() == AlertState.RESOLVED) {
            if (reading.level() != Reading.Level.FIRE || suppressed) {
                return Optional.empty();
            }
            AlertInstance base =
                    current != null ? current : AlertInstance.blank(environment, key, rule, now);
            if (rule.forDuration().isZero()) {
                return fired(current, base, rule, target, now, now, reading);
            }
            AlertInstance pending =
                    base.next(
                            rule,
                            target,
                            AlertState.PENDING,
                            now,
                            null,
                            null,
                            null,
                            reading.value(),
                            now);
            return Optional.of(new AlertTransition(current, pending, true, null));
        }
        if (current.state() == AlertState.PENDING) {
            if (suppressed || reading.level() != Reading.Level.FIRE) {
                return Optional.of(new AlertTransition(current, null, true, null));
            }
            if (!now.isBefore(current.activeSince().plus(rule.forDuration()))) {
                return fired(current, current, rule, target, current.activeSince(), now, reading);
            }
            return shown(current, reading);
        }
        // firing
        if (reading.level() != Reading.Level.CLEAR) {
            if (current.clearSince() == null) {
                return shown(current, reading);
            }
            AlertInstance back =
                    current.next(
                            rule,
                            target,
                            AlertState.FIRING,
                            current.activeSince(),
                            current.firedAt(),
                            null,
                            null,
                            reading.value(),
                            now);
            return Optional.of(new AlertTransition(current, back, true, null));
        }
        Instant clearSince = current.clearSince() == null ? now : current.clearSince();
        if (!now.isBefore(clearSince.plus(rule.keepFiringFor()))) {
            return Optional.of(resolved(current, rule, target, clearSince, reading.value(), now));
        }
        if (current.clearSince() != null) {
            return shown(current, reading);
        }
        AlertInstance clearing =
                current.next(
                        rule,
                        target,
                        AlertState.FIRING,
                        current.activeSince(),
                        current.firedAt(),
                        clearSince,
                        null,
                        reading.value(),
                        now);
        return Optional.of(new AlertTransition(current, clearing, true, null));
    }

    /**
     * A firing alert whose rule no longer exists resolves at once; a pending one is dropped. A
     * resolved one stays as it is.
     */
    static Optional<AlertTransition> ruleGone(AlertInstance current, Instant now) {
        return switch (current.state()) {
            case PENDING -> Optional.of(new AlertTransition(current, null, true, null));
            case FIRING -> Optional.of(resolved(current, null, null, now, current.value(), now));
            case RESOLVED -> Optional.empty();
        };
    }

    private static Optional<AlertTransition> fired(
            AlertInstance current,
            AlertInstance base,
            AlertRule rule,
            AlertTarget target,
            Instant since,
            Instant now,
            Reading reading) {
        AlertInstance firing =
                base.next(
                        rule,
                        target,
                        AlertState.FIRING,
                        since,
                        now,
                        null,
                        null,
                        reading.value(),
                        now);
        return Optional.of(
                new AlertTransition(
                        current,
                        firing,
                        true,
                        AlertEvents.of(EventType.ALERT_FIRING, firing, rule, target, now)));
    }

    private static AlertTransition resolved(
            AlertInstance current,
            AlertRule rule,
            AlertTarget target,
            Instant clearSince,
            String value,
            Instant now) {
        AlertInstance resolved =
                current.next(
                        rule,
                        target,
                        AlertState.RESOLVED,
                        current.activeSince(),
                        current.firedAt(),
                        clearSince,
                        now,
                        value,
                        now);
        return new AlertTransition(
                current,
                resolved,
                true,
                AlertEvents.of(EventType.ALERT_RESOLVED, resolved, rule, target, now));
    }

    private static Optional<AlertTransition> shown(AlertInstance current, Reading reading) {
        if (Objects.equals(current.value(), reading.value())) {
            return Optional.empty();
        }
        return Optional.of(
                new AlertTransition(current, current.showing(reading.value()), false, null));
    }
}
