package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.confluent.fake.FakeRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One list call reads every page, and filters by label and pool on the platform. */
class ListTests {

    private static final Map<String, String> TEAM = Map.of("user.confluent.io/team-a", "true");

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform(Fixture.settings().pageSize(7));
    }

    @Test
    void followsMetadataNextThroughEveryPage() {
        for (int i = 0; i < 250; i++) {
            platform.submit(Fixture.ddl(String.format("s-%03d", i)));
        }

        Fixture.CLOCK.clearSleeps();
        long before = CLOUD.count("GET", ".*/statements");

        var all = platform.list(StatementFilter.all());

        assertThat(all).hasSize(250).extracting(StatementStatus::name).doesNotHaveDuplicates();
        assertThat(CLOUD.count("GET", ".*/statements") - before).isEqualTo(36);
        assertThat(CLOUD.requests().stream().filter(r -> r.method().equals("GET")))
                .allMatch(r -> r.query().get("page_size").equals("7"));
    }

    @Test
    void asksThePlatformForLabelsAndPoolAndFiltersTheNamePrefixItself() {
        platform.submit(Fixture.ddl("team-a-one").withLabels(TEAM).withComputePool("lfcp-1"));
        platform.submit(Fixture.ddl("team-a-two").withLabels(TEAM).withComputePool("lfcp-2"));
        platform.submit(Fixture.ddl("other-one").withLabels(TEAM).withComputePool("lfcp-1"));
        platform.submit(Fixture.ddl("team-b").withComputePool("lfcp-1"));

        var labelled = platform.list(StatementFilter.labelled(TEAM));
        var onPool =
                platform.list(
                        new StatementFilter(TEAM, Optional.of("team-a"), Optional.of("lfcp-1")));

        assertThat(labelled)
                .extracting(StatementStatus::name)
                .containsExactly("team-a-one", "team-a-two", "other-one");
        assertThat(onPool).extracting(StatementStatus::name).containsExactly("team-a-one");
        FakeRequest last = CLOUD.requests().get(CLOUD.requests().size() - 1);
        assertThat(last.query())
                .containsEntry("label_selector", "user.confluent.io/team-a=true")
                .containsEntry("spec.compute_pool_id", "lfcp-1");
    }

    @Test
    void retriesAThrottledPageWithoutStartingOver() {
        for (int i = 0; i < 20; i++) {
            platform.submit(Fixture.ddl("p-" + i));
        }
        platform.list(StatementFilter.all());
        long pages = CLOUD.count("GET", ".*/statements");
        CLOUD.faults().throttle("GET", "/statements$", 1, 1);

        assertThat(platform.list(StatementFilter.all())).hasSize(20);
        assertThat(CLOUD.count("GET", ".*/statements")).isEqualTo(2 * pages + 1);
    }

    @Test
    void listsNothingWhenNothingMatches() {
        assertThat(platform.list(StatementFilter.namePrefix("nothing"))).isEmpty();
    }
}
