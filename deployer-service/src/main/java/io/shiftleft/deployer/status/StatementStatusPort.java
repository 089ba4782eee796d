package io.shiftleft.deployer.status;

import io.shiftleft.platform.StatementStatus;

/** Publishes what a platform says about a statement. */
public interface StatementStatusPort {

    /**
     * Records the status for publication, keyed by statement name, in the caller's transaction.
     *
     * @param environment the environment whose platform reported it
     * @param status the statement's status
     */
    void publish(String environment, StatementStatus status);
}
