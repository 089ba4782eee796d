package io.shiftleft.monitor.alerting;

/**
 * What a condition reads on a target at one evaluation.
 *
 * @param level where the value stands
 * @param value the observed value, as the alert shows it (a phase, a time, a count, a ratio)
 */
public record Reading(Level level, String value) {

    /** Where a value stands against a condition's two thresholds. */
    public enum Level {
        /** The condition holds: an alert goes pending, and fires once it held for {@code for}. */
        FIRE,
        /**
         * Between the resolve threshold and the fire threshold: a pending alert drops back (the
         * condition no longer holds), a firing one keeps firing (hysteresis).
         */
        BAND,
        /** Clear: a firing alert resolves (after {@code keep_firing_for}). */
        CLEAR,
        /** Nothing to read yet (no sample since start, pool not observed): nothing changes. */
        NO_DATA
    }

    static Reading fire(String value) {
        return new Reading(Level.FIRE, value);
    }

    static Reading clear(String value) {
        return new Reading(Level.CLEAR, value);
    }
}
