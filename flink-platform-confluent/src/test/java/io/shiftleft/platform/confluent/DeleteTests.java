package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A delete waits through DELETING until the platform answers 404. */
class DeleteTests {

    @BeforeEach
    void reset() {
        Fixture.reset();
    }

    @Test
    void waitsUntilTheStatementIsGone() {
        ConfluentCloudPlatform platform = Fixture.platform();
        platform.submit(Fixture.dml("dml"));
        CLOUD.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));

        platform.delete("dml");

        assertThat(platform.get("dml")).isEmpty();
        assertThat(CLOUD.count("DELETE", ".*")).isEqualTo(1);
        assertThat(CLOUD.count("GET", ".*/statements/dml")).isGreaterThan(2);
    }

    @Test
    void deletingWhatIsNotThereIsFine() {
        Fixture.platform().delete("never-was");

        assertThat(CLOUD.count("DELETE", ".*")).isEqualTo(1);
    }

    @Test
    void reportsATimeoutWhenTheStatementStays() {
        ConfluentCloudPlatform platform =
                Fixture.platform(Fixture.settings().deleteTimeout(Duration.ofSeconds(10)));
        platform.submit(Fixture.dml("sticky"));
        CLOUD.statements().delays(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(10));

        assertThatThrownBy(() -> platform.delete("sticky"))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                            assertThat(e.getMessage()).contains("DELETING").contains("PT10S");
                        });
    }
}
