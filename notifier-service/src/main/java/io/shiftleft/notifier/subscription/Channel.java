package io.shiftleft.notifier.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a subscription is told: a signed webhook with every event, or an alerting channel. */
public enum Channel {
    /** Generic webhook: every matching event, signed (Standard Webhooks). */
    WEBHOOK,
    /** Slack incoming webhook: grouped alerts as blocks. */
    SLACK,
    /** Microsoft Teams incoming webhook: grouped alerts as an adaptive card. */
    TEAMS,
    /** PagerDuty Events API v2: trigger and resolve per alert. */
    PAGERDUTY,
    /** Email over SMTP: grouped alerts as plain text. */
    EMAIL;

    /** Whether events go through alert grouping, deduplication and silences. */
    public boolean alerting() {
        return this != WEBHOOK;
    }

    /** Whether deliveries are HTTP requests (all but email). */
    public boolean http() {
        return this != EMAIL;
    }

    /** The lower-case name of the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of that name, in any case. */
    public static Optional<Channel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(upper)).findFirst();
    }

    /** The names of the API, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Channel::label).collect(Collectors.joining(", "));
    }
}
