package io.shiftleft.notifier.testing;

import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.avro.StatementPhase;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as the monitor and the planner publish them. */
public final class TestEvents {

    /** The clock events are stamped with: the notifier's, when a test moves it. */
    public static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private TestEvents() {}

    /** A pipeline event on a table's statement. */
    public static PipelineEvent pipeline(
            String environment, PipelineEventType type, Severity severity, String table) {
        return PipelineEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setEnvironment(environment)
                .setType(type)
                .setSeverity(severity)
                .setTableName(table)
                .setProductName("shop")
                .setStatementName("dev-usw2-shop-dml-" + table)
                .setPhase(
                        type == PipelineEventType.STATEMENT_FAILED
                                ? StatementPhase.FAILED
                                : StatementPhase.RUNNING)
                .setDetail(type + " on " + table)
                .build();
    }

    /** An alert rule's event, as the monitor's rules emit them. */
    public static PipelineEvent alert(
            String environment, boolean firing, String rule, String table, Severity severity) {
        String statement = "dev-usw2-shop-dml-" + table;
        return PipelineEvent.newBuilder(
                        pipeline(
                                environment,
                                firing
                                        ? PipelineEventType.ALERT_FIRING
                                        : PipelineEventType.ALERT_RESOLVED,
                                severity,
                                table))
                .setAttributes(
                        Map.of(
                                "alert_rule",
                                rule,
                                "alert_fingerprint",
                                rule + "/" + statement,
                                "team",
                                "data-platform"))
                .build();
    }

    /** A deployment event of a plan. */
    public static DeploymentEvent deployment(
            String environment, DeploymentEventType type, String plan, List<String> tables) {
        return DeploymentEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("req-" + plan)
                .setPlanId(plan)
                .setEnvironment(environment)
                .setType(type)
                .setSeverity(
                        type == DeploymentEventType.DEPLOYMENT_FAILED
                                ? Severity.ERROR
                                : Severity.INFO)
                .setTables(tables)
                .build();
    }
}
