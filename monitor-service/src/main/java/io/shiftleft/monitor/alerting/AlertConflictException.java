package io.shiftleft.monitor.alerting;

/**
 * Another monitor instance wrote an alert since it was read: the evaluation's transaction rolls
 * back and the environment's alerts are read again, so nothing is announced twice.
 */
public class AlertConflictException extends RuntimeException {

    public AlertConflictException(String fingerprint, long expectedVersion) {
        super(
                "Alert "
                        + fingerprint
                        + " is no longer at version "
                        + expectedVersion
                        + ": another monitor instance wrote it first");
    }
}
