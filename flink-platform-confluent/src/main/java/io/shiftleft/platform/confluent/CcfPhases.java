package io.shiftleft.platform.confluent;

import io.shiftleft.platform.StatementPhase;
import java.util.Locale;

/**
 * Confluent Cloud's {@code status.phase} to the unified phase (platform-apis C.2). The platform
 * declares the phase an extensible enum, so a word this adapter does not know is {@link
 * StatementPhase#UNKNOWN}, never an exception; the caller keeps the raw word.
 */
final class CcfPhases {

    private CcfPhases() {}

    static StatementPhase of(String raw) {
        if (raw == null) {
            return StatementPhase.UNKNOWN;
        }
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "PENDING" -> StatementPhase.PENDING;
            case "RUNNING" -> StatementPhase.RUNNING;
            case "COMPLETED" -> StatementPhase.COMPLETED;
            case "DEGRADED" -> StatementPhase.DEGRADED;
            case "FAILING" -> StatementPhase.FAILING;
            case "FAILED" -> StatementPhase.FAILED;
            case "STOPPING" -> StatementPhase.STOPPING;
            case "STOPPED" -> StatementPhase.STOPPED;
            case "DELETING" -> StatementPhase.DELETING;
            default -> StatementPhase.UNKNOWN;
        };
    }
}
