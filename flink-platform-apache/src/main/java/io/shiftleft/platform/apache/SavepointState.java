package io.shiftleft.platform.apache;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a stop-with-savepoint request is: still running, done with a path, or failed.
 *
 * @param inProgress whether Flink is still writing it
 * @param location the savepoint's path once written
 * @param failure Flink's explanation when it failed
 */
record SavepointState(boolean inProgress, Optional<String> location, Optional<FlinkError> failure) {

    SavepointState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(failure, "failure");
    }
}
