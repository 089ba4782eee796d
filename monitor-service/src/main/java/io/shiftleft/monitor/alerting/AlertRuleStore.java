package io.shiftleft.monitor.alerting;

import java.time.Instant;
import java.util.List;

/** Where the rules made through the API are kept. */
public interface AlertRuleStore {

    /**
     * A stored rule.
     *
     * @param rule the rule
     * @param createdAt when it was made
     * @param updatedAt when it was last replaced
     */
    record Stored(AlertRule rule, Instant createdAt, Instant updatedAt) {}

    /** Every stored rule, by name. */
    List<Stored> all();

    /**
     * A value that changes whenever a rule is added, replaced or deleted (by any monitor instance),
     * so rules are read again only then.
     */
    String revision();

    /** Stores a new rule; false when one of that name exists. */
    boolean insert(AlertRule rule, Instant now);

    /** Replaces a rule; false when none of that name exists. */
    boolean replace(AlertRule rule, Instant now);

    /** Deletes a rule; false when none of that name exists. */
    boolean delete(String name);
}
