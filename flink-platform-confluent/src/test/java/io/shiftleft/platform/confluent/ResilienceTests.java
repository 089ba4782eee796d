package io.shiftleft.platform.confluent;

import static io.shiftleft.platform.confluent.Fixture.CLOCK;
import static io.shiftleft.platform.confluent.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling, lost answers and server errors, each scripted on the fake: what is retried, how long
 * it waits, and that a create lost on the way back never makes a second statement.
 */
class ResilienceTests {

    private static final String COLLECTION = "/statements$";
    private static final String ONE = "/statements/[^/]+$";

    private ConfluentCloudPlatform platform;

    @BeforeEach
    void reset() {
        Fixture.reset();
        platform = Fixture.platform(Fixture.settings().callDeadline(Duration.ofSeconds(30)));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOnA429() {
        CLOUD.faults().throttle("POST", COLLECTION, 2, 3);

        StatementStatus status = platform.submit(Fixture.dml("throttled"));

        assertThat(status.phase()).isEqualTo(StatementPhase.PENDING);
        assertThat(CLOCK.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
    }

    @Test
    void backsOffExponentiallyWithJitterOnA429WithoutRetryAfter() {
        CLOUD.faults().throttle("GET", ONE, 4, null);
        platform.submit(Fixture.ddl("throttled-get"));

        assertThat(platform.get("throttled-get")).isPresent();

        assertThat(CLOCK.sleeps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            double base = 250 * Math.pow(2, i);
            assertThat(CLOCK.sleeps().get(i).toMillis())
                    .isBetween((long) (base * 0.75), (long) (base * 1.25));
        }
    }

    @Test
    void givesUpThrottledAtTheCallDeadlineWithThePlatformsWords() {
        CLOUD.faults().throttle("GET", ONE, 1000, 7);

        assertThatThrownBy(() -> platform.get("always-throttled"))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.THROTTLED);
                            assertThat(e.reason().isTransient()).isTrue();
                            assertThat(e.getMessage())
                                    .contains("HTTP 429")
                                    .contains("Too Many Requests")
                                    .contains("PT30S");
                            assertThat(e.requestId()).isPresent();
                        });
        // 7 s waits within a 30 s deadline: four of them, then the fifth would pass it.
        assertThat(CLOCK.sleeps()).hasSize(4).allMatch(d -> d.equals(Duration.ofSeconds(7)));
    }

    @Test
    void createsOnceWhenTheAnswerToThePostIsLost() {
        CLOUD.faults().loseResponse("POST", COLLECTION, 1);

        StatementStatus status = platform.submit(Fixture.dml("lost-answer"));

        assertThat(status.name()).isEqualTo("lost-answer");
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
        assertThat(CLOUD.statements().count()).isEqualTo(1);
        assertThat(CLOUD.count("POST", ".*/statements")).isEqualTo(1);
        assertThat(CLOUD.count("GET", ".*/statements/lost-answer")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void treatsA409AfterALostAnswerAsSuccess() {
        // The answer is lost and the read after it does not see the new statement yet: the
        // adapter posts again, meets the statement its first POST made, and recognises it.
        CLOUD.faults().loseResponse("POST", COLLECTION, 1);
        CLOUD.faults().staleRead("GET", ONE, 1);

        StatementStatus status = platform.submit(Fixture.dml("lost-then-conflict"));

        assertThat(status.name()).isEqualTo("lost-then-conflict");
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
        assertThat(CLOUD.requests())
                .extracting(r -> r.method() + (r.path().endsWith("/statements") ? " all" : " one"))
                .containsExactly("POST all", "GET one", "POST all", "GET one");
    }

    @Test
    void reconcilesALostAnswerEvenWhenTheReadFailsFirst() {
        CLOUD.faults().loseResponse("POST", COLLECTION, 1);
        CLOUD.faults().serverError("GET", ONE, 1, 503);
        CLOUD.faults().drop("GET", ONE, 1);

        StatementStatus status = platform.submit(Fixture.dml("lost-then-5xx"));

        assertThat(status.name()).isEqualTo("lost-then-5xx");
        assertThat(CLOUD.statements().creates()).isEqualTo(1);
        assertThat(CLOUD.count("POST", ".*")).isEqualTo(1);
    }

    @Test
    void postsAgainOnlyAfterAReadShowsNothingWasCreated() {
        CLOUD.faults().serverError("POST", COLLECTION, 2, 503);

        platform.submit(Fixture.dml("after-5xx"));

        assertThat(CLOUD.statements().creates()).isEqualTo(1);
        assertThat(CLOUD.requests())
                .extracting(r -> r.method() + (r.path().endsWith("/statements") ? " all" : " one"))
                .containsExactly("POST all", "GET one", "POST all", "GET one", "POST all");
    }

    @Test
    void retriesReadsThroughA5xxBurstAndDroppedConnections() {
        platform.submit(Fixture.ddl("burst"));
        CLOUD.faults().serverError("GET", ONE, 3, 502);
        CLOUD.faults().drop("GET", ONE, 2);
        CLOUD.faults().serverError("GET", ONE, 1, 504);

        assertThat(platform.get("burst")).isPresent();
        assertThat(CLOUD.statements().count()).isEqualTo(1);
    }

    @Test
    void reportsUnavailableWithTheLastFailureWhenTheDeadlinePasses() {
        CLOUD.faults().serverError("GET", ONE, 1000, 503);

        assertThatThrownBy(() -> platform.get("down"))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                            assertThat(e.getMessage())
                                    .contains("HTTP 503")
                                    .contains("Something went wrong on our side")
                                    .contains("Reading statement (GET " + CLOUD.baseUrl());
                        });
        Duration waited = CLOCK.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void neverRetriesARefusal() {
        CLOUD.faults().serverError("GET", ONE, 0, 503);

        assertThatThrownBy(
                        () ->
                                platform.submit(
                                        Fixture.dml("x")
                                                .withProperties(java.util.Map.of("bad", "1"))))
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(Reason.INVALID_REQUEST);
        assertThat(CLOUD.count("POST", ".*")).isEqualTo(1);
        assertThat(CLOCK.sleeps()).isEmpty();
    }
}
