package io.shiftleft.cli;

/** The exit codes of every command, documented in {@code docs/cli.md}. */
final class ExitCodes {

    /** Done. */
    static final int OK = 0;

    /** The project has errors, or validation found some; nothing was written. */
    static final int PROJECT_ERRORS = 1;

    /** Bad command-line input: unknown option, table, product or folder. */
    static final int USAGE = 2;

    /** A request got no answer in time (or a followed plan did not end in time). */
    static final int NO_ANSWER = 3;

    /** A followed deployment failed or was cancelled. */
    static final int DEPLOYMENT_FAILED = 4;

    private ExitCodes() {}
}
