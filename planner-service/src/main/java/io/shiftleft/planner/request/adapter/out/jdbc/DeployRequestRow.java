package io.shiftleft.planner.request.adapter.out.jdbc;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code planner.deploy_request}. */
@Table("deploy_request")
record DeployRequestRow(
        @Id Long id,
        String requestId,
        UUID eventId,
        String kind,
        String environment,
        String requestedBy,
        String tables,
        String product,
        String directory,
        boolean accepted,
        String reason,
        String planId,
        String options,
        Instant occurredAt,
        Instant receivedAt) {}
