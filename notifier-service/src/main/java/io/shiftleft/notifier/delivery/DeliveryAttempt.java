package io.shiftleft.notifier.delivery;

import java.time.Instant;

/**
 * One attempt of a delivery.
 *
 * @param attempt its number, from 1
 * @param startedAt when it started
 * @param latencyMs how long it took
 * @param statusCode the HTTP status (250 for SMTP), or null without an answer
 * @param outcome what it meant
 * @param error why it failed, or null
 */
public record DeliveryAttempt(
        int attempt,
        Instant startedAt,
        int latencyMs,
        Integer statusCode,
        AttemptOutcome outcome,
        String error) {}
