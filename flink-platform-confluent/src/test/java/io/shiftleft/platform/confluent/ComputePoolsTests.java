package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.ComputePool;
import io.shiftleft.platform.ComputePools;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compute pools over {@code fcpm/v2}, with the Cloud API key. */
class ComputePoolsTests {

    private ComputePools pools;

    @BeforeEach
    void reset() {
        Fixture.reset();
        pools = Fixture.platform(Fixture.settings().pageSize(3)).computePools().orElseThrow();
    }

    @Test
    void listsEveryPageOfTheEnvironmentAndFiltersByRegion() {
        for (int i = 0; i < 7; i++) {
            CLOUD.pools().add("pool-" + i, i, 10, i % 2 == 0 ? "us-east-1" : "eu-west-1");
        }

        assertThat(pools.list(Optional.empty())).hasSize(7);
        assertThat(pools.list(Optional.of("us-east-1")))
                .extracting(ComputePool::name)
                .containsExactly("pool-0", "pool-2", "pool-4", "pool-6");
        assertThat(CLOUD.requests())
                .allMatch(r -> r.query().get("environment").equals(FakeEnv.ENV));
    }

    @Test
    void readsAPoolAndItsUsage() {
        String id = CLOUD.pools().add("busy", 8, 10, "us-east-1");

        ComputePool pool = pools.get(id).orElseThrow();

        assertThat(pool.phase()).isEqualTo("PROVISIONED");
        assertThat(pool.usage()).isEqualTo(0.8);
        assertThat(pools.get("lfcp-none")).isEmpty();
    }

    @Test
    void createsUpdatesAndDeletesAPool() {
        ComputePool created = pools.create("new-pool", 10, "AWS", "us-east-1");
        ComputePool bigger = pools.updateMaxCfu(created.id(), 20);
        pools.delete(created.id());
        pools.delete(created.id());

        assertThat(created.phase()).isEqualTo("PROVISIONING");
        assertThat(created.maxCfu()).isEqualTo(10);
        assertThat(bigger.maxCfu()).isEqualTo(20);
        assertThat(CLOUD.pools().count()).isZero();
    }

    @Test
    void createsOneWhenTheAnswerIsLostAndAnswersTheExistingOneOnAConflict() {
        CLOUD.faults().loseResponse("POST", "/compute-pools$", 1);

        ComputePool created = pools.create("lost", 10, "AWS", "us-east-1");
        ComputePool again = pools.create("lost", 10, "AWS", "us-east-1");

        assertThat(created.name()).isEqualTo("lost");
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(CLOUD.pools().count()).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidPoolBeforeAnyCall() {
        assertThatThrownBy(() -> pools.create("bad name!", 10, "AWS", "us-east-1"))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_REQUEST);
        assertThat(CLOUD.requests()).isEmpty();
    }

    @Test
    void reportsAnUpdateOfAMissingPoolAsNotFound() {
        assertThatThrownBy(() -> pools.updateMaxCfu("lfcp-none", 20))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                            assertThat(e.getMessage())
                                    .contains("Compute pool 'lfcp-none' was not found");
                        });
    }

    /** The fake's environment id. */
    private static final class FakeEnv {
        static final String ENV = io.shiftleft.platform.confluent.fake.FakeConfluentCloud.ENV;
    }
}
