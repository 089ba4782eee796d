package io.shiftleft.platform.apache;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway operation of each statement this adapter ran last, kept open so its results can be
 * paged ({@code fetchResults}) and a query's status read. Operations are transient: they live in
 * the gateway session, and are gone with it.
 */
final class HeldOperations {

    /**
     * One held operation and the status last seen.
     *
     * @param op the operation
     * @param lastStatus its status word when last read
     */
    record Held(OperationRef op, String lastStatus) {

        Held {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(lastStatus, "lastStatus");
        }
    }

    private final Map<String, Held> byName = new ConcurrentHashMap<>();

    /** Holds the statement's new operation; answers the one it replaces, to be closed. */
    Optional<Held> hold(String name, OperationRef op, String status) {
        return Optional.ofNullable(byName.put(name, new Held(op, status)));
    }

    Optional<Held> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Records a newly read status of the statement's operation. */
    void seen(String name, OperationRef op, String status) {
        byName.computeIfPresent(
                name, (n, held) -> held.op().equals(op) ? new Held(op, status) : held);
    }

    /** Stops holding the statement's operation; answers it, to be closed. */
    Optional<Held> release(String name) {
        return Optional.ofNullable(byName.remove(name));
    }
}
