package io.shiftleft.planner.status;

import java.util.Objects;

/** What one {@code statement-status} record says: a statement's state, or that it is gone. */
public sealed interface StatusChange {

    /** The statement's latest state as the monitor reported it. */
    record Observed(ObservedStatement statement) implements StatusChange {

        public Observed {
            Objects.requireNonNull(statement, "statement");
        }
    }

    /** The statement no longer exists (a tombstone on the compacted topic). */
    record Deleted(String statementName) implements StatusChange {

        public Deleted {
            Objects.requireNonNull(statementName, "statementName");
        }
    }
}
