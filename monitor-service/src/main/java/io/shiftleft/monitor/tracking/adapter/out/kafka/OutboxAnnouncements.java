package io.shiftleft.monitor.tracking.adapter.out.kafka;

import io.shiftleft.monitor.tracking.Announcements;
import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link Announcements} through the transactional outbox: published after the change commits, never
 * for one that rolls back. The status record's id is derived from the statement's name and version,
 * and an event keeps its own name-based id, so a repeat is recognisable downstream.
 */
@Component
class OutboxAnnouncements implements Announcements {

    private final Outbox outbox;
    private final Topics topics;

    OutboxAnnouncements(Outbox outbox, Topics topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    @Override
    public void status(TrackedStatement s, Gauges gauges) {
        StatementStatus.Builder record =
                StatementStatus.newBuilder()
                        .setEventId(
                                UUID.nameUUIDFromBytes(
                                        ("status\n"
                                                        + s.environment()
                                                        + "\n"
                                                        + s.name()
                                                        + "\n"
                                                        + s.version())
                                                .getBytes(StandardCharsets.UTF_8)))
                        .setOccurredAt(s.changedAt())
                        .setEnvironment(s.environment())
                        .setStatementName(s.name())
                        .setTableName(s.tableName())
                        .setProductName(s.productName())
                        .setPhase(phase(s.phase()))
                        .setDetail(s.detail().isEmpty() ? null : s.detail())
                        .setPlatformId(s.platformId())
                        .setComputePoolId(s.computePoolId())
                        .setSqlHash(s.sqlHash())
                        .setCreatedAt(s.createdAt())
                        .setObservedAt(s.changedAt());
        if (gauges != null) {
            record.setRecordsIn(gauges.recordsIn())
                    .setRecordsOut(gauges.recordsOut())
                    .setPendingRecords(gauges.pendingRecords());
        }
        outbox.enqueue(topics.statementStatus(), s.name(), record.build());
    }

    @Override
    public void event(MonitorEvent e) {
        PipelineEvent record =
                PipelineEvent.newBuilder()
                        .setEventId(e.eventId())
                        .setOccurredAt(e.occurredAt())
                        .setRequestId(e.requestId())
                        .setPlanId(e.planId())
                        .setEnvironment(e.environment())
                        .setType(PipelineEventType.valueOf(e.type().name()))
                        .setSeverity(Severity.valueOf(e.severity().name()))
                        .setTableName(e.tableName())
                        .setProductName(e.productName())
                        .setStatementName(e.statementName())
                        .setComputePoolId(e.computePoolId())
                        .setPreviousPhase(
                                e.previousPhase() == null ? null : phase(e.previousPhase()))
                        .setPhase(e.phase() == null ? null : phase(e.phase()))
                        .setDetail(e.detail() == null || e.detail().isEmpty() ? null : e.detail())
                        .setAttributes(e.attributes())
                        .build();
        outbox.enqueue(topics.pipelineEvents(), e.key(), record);
    }

    private static StatementPhase phase(Phase phase) {
        return StatementPhase.valueOf(phase.name());
    }
}
