package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * An alert of a group as stored.
 *
 * @param fingerprint its id
 * @param name its name
 * @param state firing or resolved
 * @param oneShot notified once, never resolved
 * @param severity its severity when it fired
 * @param labels its labels
 * @param summary one line for people
 * @param startsAt when it (last) started firing
 * @param endsAt when it resolved, or null
 * @param notifiedState what was last notified about it, or null
 */
public record StoredAlert(
        String fingerprint,
        String name,
        AlertState state,
        boolean oneShot,
        Severity severity,
        Map<String, String> labels,
        String summary,
        Instant startsAt,
        Instant endsAt,
        AlertState notifiedState) {

    public StoredAlert {
        labels = Map.copyOf(labels);
    }
}
