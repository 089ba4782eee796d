package io.shiftleft.notifier.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.boot.convert.DurationStyle;

/** Parses request values with errors that name the field. */
public final class Params {

    private Params() {}

    /** A UUID, or null for null. */
    public static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw NotifierException.invalid(field, field + ": '" + value + "' is not a UUID");
        }
    }

    /** An ISO-8601 instant ({@code 2026-11-27T10:00:00Z}), or null for null. */
    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw NotifierException.invalid(
                    field,
                    field
                            + ": '"
                            + value
                            + "' is not an ISO-8601 instant such as 2026-11-27T10:00:00Z");
        }
    }

    /**
     * A duration such as {@code 30s}, {@code 5m}, {@code 4h} or {@code PT30S}, or null for null.
     */
    public static Duration duration(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return DurationStyle.detectAndParse(value.trim());
        } catch (IllegalArgumentException e) {
            throw NotifierException.invalid(
                    field, field + ": '" + value + "' is not a duration such as 30s, 5m or 4h");
        }
    }
}
