package io.shiftleft.monitor.tracking;

/**
 * Another writer changed a tracked statement since it was read: the cycle's transaction is rolled
 * back and the environment's state read again, so nothing is announced twice.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String environment, String statement, long expectedVersion) {
        super(
                "Statement "
                        + statement
                        + " of environment "
                        + environment
                        + " is no longer at version "
                        + expectedVersion
                        + ": another monitor instance wrote it first");
    }
}
