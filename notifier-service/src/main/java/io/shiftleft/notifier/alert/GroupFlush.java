package io.shiftleft.notifier.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The decision of one group flush, Alertmanager's way: notify when an alert started firing or
 * resolved since the last notification, or when the repeat interval has passed with alerts still
 * firing; silenced alerts count as absent. Afterwards resolved and one-shot alerts leave the group;
 * the group is checked again after the group interval while a silenced alert waits, after the
 * repeat interval while alerts fire, and is dropped when empty.
 *
 * @param notification what to notify, or null
 * @param notifiedFiring fingerprints now notified as firing
 * @param removed fingerprints that leave the group
 * @param nextFlushAt the group's next check, or null to drop the group
 * @param lastNotifiedAt the group's last notification after this flush
 */
public record GroupFlush(
        Notification notification,
        List<String> notifiedFiring,
        List<String> removed,
        Instant nextFlushAt,
        Instant lastNotifiedAt) {

    /** Decides the flush of a group at {@code now}. */
    public static GroupFlush decide(
            DueGroup group,
            List<StoredAlert> alerts,
            Predicate<StoredAlert> silenced,
            Timing timing,
            Instant now) {
        List<StoredAlert> firing = new ArrayList<>();
        List<StoredAlert> newlyFiring = new ArrayList<>();
        List<StoredAlert> resolved = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        boolean waiting = false;
        for (StoredAlert a : alerts) {
            boolean muted = silenced.test(a);
            if (a.state() == AlertState.RESOLVED) {
                if (!muted && a.notifiedState() == AlertState.FIRING) {
                    resolved.add(a);
                }
                removed.add(a.fingerprint());
            } else if (muted) {
                if (a.oneShot()) {
                    removed.add(a.fingerprint());
                } else {
                    waiting |= a.notifiedState() != AlertState.FIRING;
                }
            } else {
                firing.add(a);
                if (a.notifiedState() != AlertState.FIRING) {
                    newlyFiring.add(a);
                }
                if (a.oneShot()) {
                    removed.add(a.fingerprint());
                }
            }
        }
        Instant last = group.lastNotifiedAt();
        boolean repeat =
                !firing.isEmpty()
                        && last != null
                        && !now.isBefore(last.plus(timing.repeatInterval()));
        boolean notify = !newlyFiring.isEmpty() || !resolved.isEmpty() || repeat;
        Notification notification =
                notify
                        ? new Notification(
                                group.groupKey(),
                                group.labels(),
                                firing,
                                newlyFiring,
                                resolved,
                                now)
                        : null;
        Instant lastNotified = notify ? now : last;
        boolean remaining = alerts.size() > removed.size();
        Instant next;
        if (!remaining) {
            next = null;
        } else if (waiting || lastNotified == null) {
            next = now.plus(timing.groupInterval());
        } else {
            next = lastNotified.plus(timing.repeatInterval());
        }
        List<String> notifiedFiring =
                notify ? firing.stream().map(StoredAlert::fingerprint).toList() : List.of();
        return new GroupFlush(notification, notifiedFiring, removed, next, lastNotified);
    }
}
