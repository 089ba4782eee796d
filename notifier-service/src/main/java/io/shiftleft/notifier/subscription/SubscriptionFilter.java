package io.shiftleft.notifier.subscription;

import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.event.Severity;
import java.util.Objects;
import java.util.Set;

/**
 * Which events a subscription takes; an empty set takes any value. Tables match the event's table
 * or, for plan-level deployment events, any of the plan's tables.
 *
 * @param eventTypes canonical type names ({@code STATEMENT_FAILED})
 * @param environments environment names
 * @param products data product names
 * @param tables table names
 * @param minSeverity the least severity taken
 */
public record SubscriptionFilter(
        Set<String> eventTypes,
        Set<String> environments,
        Set<String> products,
        Set<String> tables,
        Severity minSeverity) {

    public SubscriptionFilter {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
        environments = environments == null ? Set.of() : Set.copyOf(environments);
        products = products == null ? Set.of() : Set.copyOf(products);
        tables = tables == null ? Set.of() : Set.copyOf(tables);
        Objects.requireNonNull(minSeverity, "minSeverity");
    }

    /** Whether the event passes every filter. */
    public boolean matches(NotifierEvent event) {
        return (eventTypes.isEmpty() || eventTypes.contains(event.type()))
                && (environments.isEmpty() || environments.contains(event.environment()))
                && (products.isEmpty() || products.contains(event.productName()))
                && tableMatches(event)
                && event.severity().atLeast(minSeverity);
    }

    /**
     * Whether the event is in the subscription's scope (environments, products, tables), whatever
     * its type and severity: a resolving event (often INFO, of another type than the one that
     * fired) must reach the alert it resolves.
     */
    public boolean inScope(NotifierEvent event) {
        return (environments.isEmpty() || environments.contains(event.environment()))
                && (products.isEmpty() || products.contains(event.productName()))
                && tableMatches(event);
    }

    private boolean tableMatches(NotifierEvent event) {
        if (tables.isEmpty()) {
            return true;
        }
        if (event.tableName() != null && tables.contains(event.tableName())) {
            return true;
        }
        return event.tables().stream().anyMatch(tables::contains);
    }
}
