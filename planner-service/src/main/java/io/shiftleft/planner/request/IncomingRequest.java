package io.shiftleft.planner.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A deploy or undeploy request as the planner sees it, whatever way it came in.
 *
 * @param eventId id of the message that carried it
 * @param requestId the request's correlation id
 * @param kind deploy or undeploy
 * @param environment target environment
 * @param requestedBy who asked, if known
 * @param tables target tables
 * @param product target data product, or null
 * @param directory target folder of the project, or null
 * @param options the request's flags
 * @param occurredAt when the request was made
 */
public record IncomingRequest(
        UUID eventId,
        String requestId,
        RequestKind kind,
        String environment,
        String requestedBy,
        List<String> tables,
        String product,
        String directory,
        RequestOptions options,
        Instant occurredAt) {

    public IncomingRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(occurredAt, "occurredAt");
        tables = tables == null ? List.of() : List.copyOf(tables);
        options = options == null ? RequestOptions.none() : options;
    }
}
