package io.shiftleft.monitor.alerting;

import static io.shiftleft.monitor.alerting.Rules.T0;
import static io.shiftleft.monitor.alerting.Rules.failed;
import static io.shiftleft.monitor.alerting.Rules.pool;
import static io.shiftleft.monitor.alerting.Rules.rule;
import static io.shiftleft.monitor.alerting.Rules.statement;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.monitor.tracking.EventType;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.Severity;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The alert lifecycle over successive evaluations at a clock the test moves: {@code for}, flapping,
 * hysteresis, {@code keep_firing_for}, deployment steps, resolving, and the events announced.
 */
class AlertEvaluationTests {

    private static final AlertTarget FAILED_A = statement("a", Phase.FAILED, null);
    private static final AlertTarget RUNNING_A = statement("a", Phase.RUNNING, null);

    @Test
    void firesOnceTheConditionHeldForItsForAndAnnouncesItOnceWithTheRulesAttributes() {
        Evaluations e = new Evaluations(rule("failed", failed(), ofMinutes(5), Duration.ZERO));

        assertThat(e.statements(FAILED_A)).isEmpty();
        assertThat(e.state("failed", "a")).isEqualTo(AlertState.PENDING);
        assertThat(e.after(ofMinutes(4)).statements(FAILED_A)).isEmpty();
        MonitorEvent fired = single(e.after(ofMinutes(1)).statements(FAILED_A));
        assertThat(e.after(ofMinutes(1)).statements(FAILED_A)).isEmpty();

        String fingerprint =
                AlertInstance.fingerprint(
                        Rules.ENV, new InstanceKey("failed", AlertTarget.Kind.STATEMENT, "a"));
        assertThat(e.state("failed", "a")).isEqualTo(AlertState.FIRING);
        assertThat(fired.type()).isEqualTo(EventType.ALERT_FIRING);
        assertThat(fired.severity()).isEqualTo(Severity.ERROR);
        assertThat(fired.statementName()).isEqualTo("a");
        assertThat(fired.tableName()).isEqualTo("t-a");
        assertThat(fired.productName()).isEqualTo("shop");
        assertThat(fired.phase()).isEqualTo(Phase.FAILED);
        assertThat(fired.detail()).isEqualTo("a is FAILED");
        assertThat(fired.occurredAt()).isEqualTo(T0.plus(ofMinutes(5)));
        assertThat(fired.attributes())
                .containsEntry("alert_rule", "failed")
                .containsEntry("alert_fingerprint", fingerprint)
                .containsEntry("alert_state", "firing")
                .containsEntry("alert_since", T0.toString())
                .containsEntry("team", "data")
                .containsEntry("value", "FAILED")
                .containsEntry("threshold", "FAILED");
        assertThat(fingerprint).hasSize(16);
        assertThat(fired.eventId())
                .as("the same firing always has the same id")
                .isEqualTo(AlertEvents.id(fingerprint, EventType.ALERT_FIRING, T0));
    }

    @Test
    void aConditionThatFlapsDuringForDoesNotFireAndForStartsOverWhenItHoldsAgain() {
        Evaluations e = new Evaluations(rule("failed", failed(), ofMinutes(5), Duration.ZERO));

        e.statements(FAILED_A);
        e.after(ofMinutes(3)).statements(RUNNING_A);
        assertThat(e.state("failed", "a")).as("a flap drops the pending alert").isNull();
        e.after(ofMinutes(1)).statements(FAILED_A);
        assertThat(e.after(ofMinutes(4)).statements(FAILED_A))
                .as("5 minutes since the first FAILED, but only 4 since the flap")
                .isEmpty();
        MonitorEvent fired = single(e.after(ofMinutes(1)).statements(FAILED_A));

        assertThat(fired.attributes())
                .containsEntry("alert_since", T0.plus(ofMinutes(4)).toString());
        assertThat(e.events()).hasSize(1);
    }

    @Test
    void lagFiresAboveItsThresholdAndResolvesOnlyBelowTheResolveThreshold() {
        Evaluations e =
                new Evaluations(
                        rule(
                                "lag",
                                new AlertCondition.LagAbove(1000, 100),
                                Duration.ZERO,
                                Duration.ZERO));

        assertThat(e.statements(statement("a", Phase.RUNNING, null)))
                .as("no sample yet: nothing to say")
                .isEmpty();
        MonitorEvent fired = single(e.after(ofSeconds(10)).statements(lag(1500)));
        assertThat(e.after(ofSeconds(10)).statements(lag(500))).as("in the band").isEmpty();
        assertThat(e.after(ofSeconds(10)).statements(lag(1200))).isEmpty();
        assertThat(e.after(ofSeconds(10)).statements(lag(5000)).size()).isZero();
        MonitorEvent resolved = single(e.after(ofSeconds(10)).statements(lag(99)));
        assertThat(e.after(ofSeconds(10)).statements(lag(500)))
                .as("the band does not fire an inactive alert")
                .isEmpty();
        MonitorEvent again = single(e.after(ofSeconds(10)).statements(lag(1001)));

        assertThat(fired.attributes())
                .containsEntry("value", "1500")
                .containsEntry("threshold", "1000");
        assertThat(fired.detail()).isEqualTo("a has 1500 pending records (threshold 1000)");
        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.attributes())
                .containsEntry("value", "99")
                .containsEntry("alert_state", "resolved")
                .containsEntry("alert_fingerprint", fired.attributes().get("alert_fingerprint"));
        assertThat(resolved.detail()).startsWith("Resolved: a has 99 pending records");
        assertThat(again.type()).isEqualTo(EventType.ALERT_FIRING);
        assertThat(again.eventId())
                .as("a new occurrence is a new event")
                .isNotEqualTo(fired.eventId());
        assertThat(e.events()).hasSize(3);
    }

    @Test
    void lagOfAStatementThatNoLongerRunsIsClear() {
        Evaluations e =
                new Evaluations(
                        rule(
                                "lag",
                                new AlertCondition.LagAbove(1000, 100),
                                Duration.ZERO,
                                Duration.ZERO));

        e.statements(lag(5000));
        MonitorEvent resolved =
                single(e.after(ofSeconds(10)).statements(statement("a", Phase.STOPPED, 5000L)));

        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(e.after(ofSeconds(10)).statements(statement("a", Phase.STOPPED, 5000L)))
                .isEmpty();
    }

    @Test
    void aFiringAlertThatClearsAndComesBackWithinKeepFiringForStaysFiringWithoutAWord() {
        Evaluations e = new Evaluations(rule("failed", failed(), Duration.ZERO, ofMinutes(2)));

        assertThat(single(e.statements(FAILED_A)).type()).isEqualTo(EventType.ALERT_FIRING);
        assertThat(e.after(ofSeconds(10)).statements(RUNNING_A)).isEmpty();
        assertThat(e.alert("failed", AlertTarget.Kind.STATEMENT, "a").clearSince())
                .isEqualTo(T0.plusSeconds(10));
        assertThat(e.after(ofSeconds(30)).statements(FAILED_A)).isEmpty();
        assertThat(e.alert("failed", AlertTarget.Kind.STATEMENT, "a").clearSince()).isNull();
        assertThat(e.after(ofSeconds(10)).statements(RUNNING_A)).isEmpty();
        assertThat(e.after(ofMinutes(1)).statements(RUNNING_A)).isEmpty();
        MonitorEvent resolved = single(e.after(ofMinutes(1)).statements(RUNNING_A));

        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.occurredAt()).isEqualTo(T0.plusSeconds(50).plus(ofMinutes(2)));
        assertThat(e.state("failed", "a")).isEqualTo(AlertState.RESOLVED);
        assertThat(e.events())
                .extracting(MonitorEvent::type)
                .containsExactly(EventType.ALERT_FIRING, EventType.ALERT_RESOLVED);
    }

    @Test
    void timeInAPhaseFiresOnlyOnceTheStatementWasInItLongerThanTheLimit() {
        Evaluations e =
                new Evaluations(
                        rule(
                                "stuck",
                                new AlertCondition.TimeInPhase(
                                        Set.of(Phase.PENDING), ofMinutes(10)),
                                Duration.ZERO,
                                Duration.ZERO));
        AlertTarget pending = statement("a", Phase.PENDING, T0, null);

        assertThat(e.after(ofMinutes(10)).statements(pending)).isEmpty();
        MonitorEvent fired = single(e.after(ofSeconds(1)).statements(pending));
        MonitorEvent resolved =
                single(
                        e.after(ofMinutes(1))
                                .statements(statement("a", Phase.RUNNING, e.now(), null)));

        assertThat(fired.attributes())
                .containsEntry("value", "PENDING for 10m1s")
                .containsEntry("threshold", "PENDING longer than 10m");
        assertThat(fired.detail())
                .isEqualTo("a has been PENDING for 10m1s (limit PENDING longer than 10m)");
        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
    }

    @Test
    void aDeploymentStepOnTheTableHoldsAlertsBackAndForStartsOverWhenTheStepEnds() {
        Evaluations e = new Evaluations(rule("failed", failed(), ofMinutes(1), Duration.ZERO));
        AlertTarget failedB = statement("b", Phase.FAILED, null);
        Set<String> deploying = Set.of("t-a");

        e.statements(deploying, FAILED_A, failedB);
        e.after(ofMinutes(5)).statements(deploying, FAILED_A, failedB);
        assertThat(e.state("failed", "a")).as("held back during the step").isNull();
        assertThat(e.state("failed", "b")).as("another table is not").isEqualTo(AlertState.FIRING);

        e.after(ofSeconds(10)).statements(Set.of(), FAILED_A, failedB);
        assertThat(e.state("failed", "a")).isEqualTo(AlertState.PENDING);
        assertThat(e.after(ofSeconds(50)).statements(Set.of(), FAILED_A, failedB)).isEmpty();
        MonitorEvent fired = single(e.after(ofSeconds(10)).statements(Set.of(), FAILED_A, failedB));

        assertThat(fired.statementName()).isEqualTo("a");
        assertThat(fired.attributes())
                .as("for counts from the first evaluation after the step")
                .containsEntry("alert_since", T0.plus(ofMinutes(5)).plusSeconds(10).toString());
    }

    @Test
    void aStepDropsAPendingAlertButDoesNotKeepAFiringOneFromResolving() {
        Evaluations e =
                new Evaluations(
                        rule("failed", failed(), ofMinutes(1), Duration.ZERO),
                        rule("failed-now", failed(), Duration.ZERO, Duration.ZERO));
        Set<String> deploying = Set.of("t-a");

        e.statements(FAILED_A);
        e.after(ofSeconds(10)).statements(deploying, FAILED_A);
        assertThat(e.state("failed", "a")).isNull();
        assertThat(e.state("failed-now", "a")).isEqualTo(AlertState.FIRING);
        MonitorEvent resolved = single(e.after(ofSeconds(10)).statements(deploying, RUNNING_A));

        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.attributes()).containsEntry("alert_rule", "failed-now");
    }

    @Test
    void poolUsageFiresAboveTheRatioKeepsItsStateWhileThePoolIsNotObservedAndResolvesBelow() {
        Evaluations e =
                new Evaluations(
                        rule(
                                "pool",
                                new AlertCondition.PoolUsageAbove(0.9, 0.8),
                                Duration.ZERO,
                                Duration.ZERO));

        MonitorEvent fired = single(e.pools(pool("lfcp-1", 0.95)));
        assertThat(e.after(ofSeconds(10)).pools()).as("not observed: nothing changes").isEmpty();
        assertThat(e.after(ofSeconds(10)).pools(pool("lfcp-1", 0.85))).isEmpty();
        MonitorEvent resolved = single(e.after(ofSeconds(10)).pools(pool("lfcp-1", 0.5)));

        assertThat(fired.computePoolId()).isEqualTo("lfcp-1");
        assertThat(fired.statementName()).isNull();
        assertThat(fired.key()).isEqualTo("lfcp-1");
        assertThat(fired.attributes())
                .containsEntry("value", "0.95")
                .containsEntry("threshold", "0.9");
        assertThat(fired.detail())
                .isEqualTo("Compute pool lfcp-1 uses 0.95 of its CFUs (threshold 0.9)");
        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(e.events()).hasSize(2);
    }

    @Test
    void removingARuleResolvesItsFiringAlertsWithTheirOwnSeverityAndLabelsAndDropsPendingOnes() {
        Evaluations e =
                new Evaluations(
                        rule("now", failed(), Duration.ZERO, ofMinutes(5)),
                        rule("later", failed(), ofMinutes(5), Duration.ZERO));
        e.statements(FAILED_A);

        e.rules();
        MonitorEvent resolved = single(e.after(ofSeconds(10)).statements(FAILED_A));

        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.severity()).isEqualTo(Severity.ERROR);
        assertThat(resolved.attributes())
                .containsEntry("team", "data")
                .containsEntry("alert_rule", "now");
        assertThat(resolved.detail()).contains("Alert rule now was removed");
        assertThat(e.state("later", "a")).isNull();
    }

    @Test
    void aStatementThatNoLongerMatchesOrIsGoneIsClear() {
        Evaluations e = new Evaluations(rule("failed", failed(), Duration.ZERO, Duration.ZERO));
        e.statements(FAILED_A);

        MonitorEvent resolved = single(e.after(ofSeconds(10)).statements());

        assertThat(resolved.type()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.statementName()).isEqualTo("a");
    }

    private static AlertTarget lag(long pending) {
        return statement("a", Phase.RUNNING, pending);
    }

    private static MonitorEvent single(java.util.List<MonitorEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
