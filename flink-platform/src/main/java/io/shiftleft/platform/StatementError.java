package io.shiftleft.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One error a statement met (CCF {@code /exceptions}; a Flink job's exception history or a gateway
 * operation's error).
 *
 * @param timestamp when it happened, when the platform says
 * @param name the exception's name or class
 * @param message the platform's message, verbatim
 */
public record StatementError(Optional<Instant> timestamp, String name, String message) {

    public StatementError {
        Objects.requireNonNull(timestamp, "timestamp");
        name = name == null ? "" : name;
        message = message == null ? "" : message;
    }
}
