package io.shiftleft.notifier.subscription;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.event.EventCatalog;
import io.shiftleft.notifier.event.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the fields of a subscription request, naming the first bad one. */
final class SubscriptionRequests {

    private static final int MAX_DESCRIPTION = 500;

    private final EventCatalog catalog;
    private final TargetPolicy targets;
    private final NotifierProperties properties;

    SubscriptionRequests(
            EventCatalog catalog, TargetPolicy targets, NotifierProperties properties) {
        this.catalog = catalog;
        this.targets = targets;
        this.properties = properties;
    }

    Channel channel(String given) {
        if (given == null || given.isBlank()) {
            throw NotifierException.invalid(
                    "channel", "channel is required: one of " + Channel.names());
        }
        return Channel.parse(given)
                .orElseThrow(
                        () ->
                                NotifierException.invalid(
                                        "channel",
                                        "channel: '"
                                                + given
                                                + "' is not one of "
                                                + Channel.names()));
    }

    /** The checked target; PagerDuty's defaults to the configured Events API endpoint. */
    String target(Channel channel, String url) {
        String target =
                channel == Channel.PAGERDUTY && (url == null || url.isBlank())
                        ? properties.pagerduty().url()
                        : url;
        targets.check(channel, target, "url");
        return target;
    }

    String routingKey(Channel channel, String routingKey) {
        if (channel == Channel.PAGERDUTY) {
            if (routingKey == null || routingKey.isBlank()) {
                throw NotifierException.invalid(
                        "routing_key",
                        "routing_key is required for pagerduty: the integration key of the service");
            }
            return routingKey.trim();
        }
        if (routingKey != null) {
            throw NotifierException.invalid(
                    "routing_key", "routing_key is only for pagerduty, not " + channel.label());
        }
        return null;
    }

    String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw NotifierException.invalid(
                    "description",
                    "description is " + description.length() + " characters, at most 500");
        }
        return description;
    }

    SubscriptionFilter filter(Channel channel, NewSubscription r, SubscriptionFilter before) {
        Severity min =
                r.minSeverity() != null
                        ? severity(r.minSeverity())
                        : before != null
                                ? before.minSeverity()
                                : channel.alerting() ? Severity.WARNING : Severity.INFO;
        return new SubscriptionFilter(
                r.eventTypes() != null ? eventTypes(r.eventTypes()) : keep(before, "types"),
                r.environments() != null
                        ? names("environments", r.environments())
                        : keep(before, "environments"),
                r.products() != null ? names("products", r.products()) : keep(before, "products"),
                r.tables() != null ? names("tables", r.tables()) : keep(before, "tables"),
                min);
    }

    Grouping grouping(NewSubscription r, Grouping before) {
        Grouping base = before == null ? Grouping.DEFAULTS : before;
        List<String> groupBy = base.groupBy();
        if (r.groupBy() != null) {
            groupBy = new ArrayList<>(names("group_by", r.groupBy()).stream().sorted().toList());
        }
        return new Grouping(
                groupBy,
                positive("group_wait", r.groupWait(), base.groupWait(), true),
                positive("group_interval", r.groupInterval(), base.groupInterval(), false),
                positive("repeat_interval", r.repeatInterval(), base.repeatInterval(), false));
    }

    private Set<String> eventTypes(List<String> given) {
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String g = given.get(i);
            int index = i;
            types.add(
                    catalog.canonical(g)
                            .orElseThrow(
                                    () ->
                                            NotifierException.invalid(
                                                    "event_types",
                                                    "event_types["
                                                            + index
                                                            + "]: '"
                                                            + g
                                                            + "' is not an event type; known: "
                                                            + known())));
        }
        return types;
    }

    private String known() {
        return catalog.types().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(
                        e ->
                                e.getKey().label()
                                        + ": "
                                        + String.join(
                                                ", ", e.getValue().stream().sorted().toList()))
                .collect(Collectors.joining("; "));
    }

    private static Severity severity(String given) {
        return Severity.parse(given)
                .orElseThrow(
                        () ->
                                NotifierException.invalid(
                                        "min_severity",
                                        "min_severity: '"
                                                + given
                                                + "' is not one of INFO, WARNING, ERROR, CRITICAL"));
    }

    private static Set<String> names(String field, List<String> given) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String n = given.get(i);
            if (n == null || n.isBlank()) {
                throw NotifierException.invalid(
                        field, field + "[" + i + "] is empty: give a name or leave it out");
            }
            names.add(n.trim());
        }
        return names;
    }

    private static Duration positive(
            String field, Duration given, Duration before, boolean zeroOk) {
        if (given == null) {
            return before;
        }
        if (given.isNegative() || (!zeroOk && given.isZero())) {
            throw NotifierException.invalid(
                    field,
                    field
                            + " must be "
                            + (zeroOk ? "zero or more" : "positive")
                            + ", was "
                            + given);
        }
        return given;
    }

    private static Set<String> keep(SubscriptionFilter before, String which) {
        if (before == null) {
            return Set.of();
        }
        return switch (which) {
            case "types" -> before.eventTypes();
            case "environments" -> before.environments();
            case "products" -> before.products();
            default -> before.tables();
        };
    }
}
