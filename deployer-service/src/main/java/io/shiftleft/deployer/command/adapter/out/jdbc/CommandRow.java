package io.shiftleft.deployer.command.adapter.out.jdbc;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code deployer.command}. */
@Table("command")
record CommandRow(
        @Id Long id,
        String commandId,
        String requestId,
        String planId,
        String stepId,
        String environment,
        String action,
        String statementName,
        String outcome,
        String detail,
        Instant startedAt,
        Instant finishedAt) {}
