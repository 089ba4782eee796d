package io.shiftleft.notifier.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent an event is, in increasing order; a subscription's minimum compares on this order. */
public enum Severity {
    INFO,
    WARNING,
    ERROR,
    CRITICAL;

    /** Whether this severity is at least the other. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** The severity of that name, in any case. */
    public static Optional<Severity> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }
}
