package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of {@code provision} that need no gateway: which files start jobs, how their jobs are
 * named and recognised, the endpoints written into the SQL, and a wrong folder (the run on a real
 * gateway is in the end-to-end suite of {@code deploy/local-stack}).
 */
class ProvisionCommandTests {

    @TempDir Path dir;

    @Test
    void tellsJobsFromDeclarationsByTheirFirstKeywordAfterComments() {
        assertThat(ProvisionCommand.isDml("-- feed\n/* all */ EXECUTE STATEMENT SET BEGIN END;"))
                .isTrue();
        assertThat(ProvisionCommand.isDml("insert into t select 1")).isTrue();
        assertThat(ProvisionCommand.isDml("-- INSERT INTO t\nCREATE TABLE t (x INT)")).isFalse();
    }

    @Test
    void namesEachFeederJobAfterItsFile() {
        assertThat(ProvisionCommand.jobName("11_Feed.sql"))
                .isEqualTo("shift-left-provisioning-11-feed");
    }

    @Test
    void recognisesAFeederThatStillRunsAndNotOneThatEnded() {
        var overview =
                JsonMapper.builder()
                        .build()
                        .readTree(
                                "{\"jobs\":[{\"jid\":\"a\",\"name\":\"feed\",\"state\":\"RUNNING\"},"
                                        + "{\"jid\":\"b\",\"name\":\"old\",\"state\":\"CANCELED\"}]}");

        assertThat(ProvisionCommand.runningJobs(overview)).containsExactly("feed");
    }

    @Test
    void writesTheStacksKafkaAndRegistryIntoTheSql() {
        String sql =
                "'properties.bootstrap.servers' = '127.0.0.1:19092', 'value.avro-confluent.url' ="
                        + " 'http://127.0.0.1:18085/apis/ccompat/v7'";

        assertThat(
                        ProvisionCommand.endpoints(
                                sql, "127.0.0.1:29092", "http://127.0.0.1:28085/apis/ccompat/v7"))
                .contains("'127.0.0.1:29092'")
                .contains("'http://127.0.0.1:28085/apis/ccompat/v7'")
                .doesNotContain("19092")
                .doesNotContain("18085");
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        CliRun.Result result =
                CliRun.run(
                        new ShiftLeftCli(), "provision", "--dir", dir.resolve("none").toString());

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("is not a folder").contains("none");
    }
}
