package io.shiftleft.deployer.status.adapter.out.kafka;

import io.shiftleft.deployer.status.StatementStatusPort;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.support.outbox.Outbox;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts statement states into the outbox for {@code statement-status}, keyed by statement name. */
@Component
class OutboxStatementStatus implements StatementStatusPort {

    private final Outbox outbox;
    private final Topics topics;

    OutboxStatementStatus(Outbox outbox, Topics topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    @Override
    public void publish(String environment, io.shiftleft.platform.StatementStatus s) {
        StatementStatus record =
                StatementStatus.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(s.observedAt())
                        .setEnvironment(environment)
                        .setStatementName(s.name())
                        .setPhase(
                                Arrays.stream(StatementPhase.values())
                                        .filter(p -> p.name().equals(s.phase().name()))
                                        .findFirst()
                                        .orElse(StatementPhase.values()[0]))
                        .setDetail(s.detail().isEmpty() ? null : s.detail())
                        .setPlatformId(s.platformId().orElse(null))
                        .setComputePoolId(s.computePoolId().orElse(null))
                        .setSqlHash(s.sqlHash().orElse(null))
                        .setCreatedAt(s.createdAt().orElse(null))
                        .setObservedAt(s.observedAt())
                        .build();
        outbox.enqueue(topics.statementStatus(), s.name(), record);
    }
}
