package io.shiftleft.platform.apache;

import java.util.Objects;

/**
 * A gateway operation: the session it runs in and its own handle.
 *
 * @param session the session handle
 * @param operation the operation handle
 */
record OperationRef(String session, String operation) {

    OperationRef {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(operation, "operation");
    }

    /** {@code /sessions/{s}/operations/{o}}. */
    String path() {
        return "/sessions/" + session + "/operations/" + operation;
    }
}
