package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.StatementPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phase table (platform-apis C.2) for jobs and gateway operations. */
class JobPhasesTests {

    @ParameterizedTest
    @CsvSource({
        "INITIALIZING,false,PENDING",
        "CREATED,false,PENDING",
        "RECONCILING,false,PENDING",
        "RUNNING,false,RUNNING",
        "RUNNING,true,STOPPING",
        "RESTARTING,false,DEGRADED",
        "FAILING,false,FAILING",
        "FAILED,true,FAILED",
        "CANCELLING,false,STOPPING",
        "CANCELED,false,STOPPED",
        "FINISHED,false,COMPLETED",
        "FINISHED,true,STOPPED",
        "SUSPENDED,false,UNKNOWN",
        "MIGRATING,false,UNKNOWN",
        "'',false,UNKNOWN"
    })
    void mapsJobStates(String state, boolean stopRequested, StatementPhase phase) {
        assertThat(JobPhases.ofJob(state, stopRequested)).isEqualTo(phase);
    }

    @ParameterizedTest
    @CsvSource({
        "INITIALIZED,PENDING",
        "PENDING,PENDING",
        "RUNNING,RUNNING",
        "FINISHED,COMPLETED",
        "ERROR,FAILED",
        "TIMEOUT,FAILED",
        "CANCELED,STOPPED",
        "CLOSED,STOPPED",
        "PAUSED,UNKNOWN"
    })
    void mapsOperationStatuses(String status, StatementPhase phase) {
        assertThat(JobPhases.ofOperation(status)).isEqualTo(phase);
    }

    @Test
    void holdsARunningJobWhoseTasksStillDeployAsPending() {
        JobOverview deploying = new JobOverview("j", "n", "RUNNING", 0, 2, 1, 0);
        JobOverview up = new JobOverview("j", "n", "RUNNING", 0, 3, 2, 1);

        assertThat(JobPhases.of(deploying, false)).isEqualTo(StatementPhase.PENDING);
        assertThat(JobPhases.of(up, false)).isEqualTo(StatementPhase.RUNNING);
        assertThat(JobPhases.of(deploying, true)).isEqualTo(StatementPhase.STOPPING);
    }

    @Test
    void knowsWhichJobStatesAreFinal() {
        assertThat(JobPhases.isTerminalJob("FINISHED")).isTrue();
        assertThat(JobPhases.isTerminalJob("CANCELED")).isTrue();
        assertThat(JobPhases.isTerminalJob("FAILED")).isTrue();
        assertThat(JobPhases.isTerminalJob("SUSPENDED")).isFalse();
        assertThat(JobPhases.isTerminalJob("RUNNING")).isFalse();
    }
}
