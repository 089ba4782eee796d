package io.shiftleft.deployer.platform;

/** How a step ended (the symbols of the contract's CommandOutcome). */
public enum Outcome {
    /** The step did what it was asked. */
    SUCCEEDED,
    /** What the step asks was already so: nothing was done. */
    ALREADY_DONE,
    /** The platform refused or the statement failed; the detail says why. */
    FAILED,
    /** The deadline passed before the statement reached the phase awaited. */
    TIMED_OUT,
    /** The step cannot be executed as given (no platform, no SQL, unknown action, bad name). */
    REJECTED
}
