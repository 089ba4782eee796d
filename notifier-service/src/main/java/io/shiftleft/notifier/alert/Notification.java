package io.shiftleft.notifier.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one flush of a group tells: the firing alerts (all of them, as Alertmanager does) and those
 * resolved since the last notification; {@code newlyFiring} are the firing ones not notified before
 * (PagerDuty triggers only those).
 *
 * @param groupKey the group's key
 * @param groupLabels the group-by labels and values
 * @param firing the firing alerts
 * @param newlyFiring the firing alerts not notified before
 * @param resolved the alerts resolved since the last notification
 * @param at when
 */
public record Notification(
        String groupKey,
        Map<String, String> groupLabels,
        List<StoredAlert> firing,
        List<StoredAlert> newlyFiring,
        List<StoredAlert> resolved,
        Instant at) {

    public Notification {
        groupLabels = Map.copyOf(groupLabels);
        firing = List.copyOf(firing);
        newlyFiring = List.copyOf(newlyFiring);
        resolved = List.copyOf(resolved);
    }

    /** FIRING while anything fires, RESOLVED otherwise. */
    public AlertState status() {
        return firing.isEmpty() ? AlertState.RESOLVED : AlertState.FIRING;
    }
}
