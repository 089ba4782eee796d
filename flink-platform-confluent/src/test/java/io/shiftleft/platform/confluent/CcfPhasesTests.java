package io.shiftleft.platform.confluent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.StatementPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phase table of platform-apis C.2, and phases nobody has seen yet. */
class CcfPhasesTests {

    @ParameterizedTest
    @CsvSource({
        "PENDING, PENDING",
        "RUNNING, RUNNING",
        "COMPLETED, COMPLETED",
        "DEGRADED, DEGRADED",
        "FAILING, FAILING",
        "FAILED, FAILED",
        "STOPPING, STOPPING",
        "STOPPED, STOPPED",
        "DELETING, DELETING",
        "running, RUNNING"
    })
    void mapsEveryDocumentedPhase(String raw, StatementPhase expected) {
        assertThat(CcfPhases.of(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"WARMING_UP", "RESCALING", "''"})
    void mapsAnUnknownPhaseToUnknown(String raw) {
        assertThat(CcfPhases.of(raw)).isEqualTo(StatementPhase.UNKNOWN);
    }

    @Test
    void mapsAMissingPhaseToUnknown() {
        assertThat(CcfPhases.of(null)).isEqualTo(StatementPhase.UNKNOWN);
    }
}
