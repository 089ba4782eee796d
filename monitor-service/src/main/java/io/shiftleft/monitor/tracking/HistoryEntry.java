package io.shiftleft.monitor.tracking;

import java.time.Instant;

/**
 * One recorded change of a statement, for its history.
 *
 * @param version the statement's version after the change
 * @param at when it was observed
 * @param previousPhase the phase before (null at first sight)
 * @param phase the phase after
 * @param detail the platform's detail (or the event's)
 * @param eventType the event it caused, or null
 * @param severity that event's severity, or null
 */
public record HistoryEntry(
        long version,
        Instant at,
        Phase previousPhase,
        Phase phase,
        String detail,
        EventType eventType,
        Severity severity) {}
