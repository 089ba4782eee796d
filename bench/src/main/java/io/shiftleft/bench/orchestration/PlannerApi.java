package io.shiftleft.bench.orchestration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's side of the planner: a deploy request through {@code POST /api/v1/deployments} (its
 * answer comes once the plan is computed and stored), and the plan's status, read from the
 * planner's table every few milliseconds (one indexed row; nothing that would load the planner).
 */
final class PlannerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FINAL = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    PlannerApi(URI base) {
        this.base = base;
    }

    /**
     * Sends a deploy request for every table under {@code pipelines/}.
     *
     * @return the plan id
     */
    String deployAll(String requestId, String environment, int maxParallel) {
        return post("/api/v1/deployments", requestId, environment, maxParallel, 202)
                .path("planId")
                .asString();
    }

    /**
     * The same request as a dry run (nothing stored or sent), so that the environment's project is
     * scanned before the measured request, as it is in a planner that has been running a while.
     *
     * @return how many steps the plan would have
     */
    int preview(String environment, int maxParallel) {
        return post("/api/v1/plans", null, environment, maxParallel, 200).path("steps").size();
    }

    private JsonNode post(
            String path, String requestId, String environment, int maxParallel, int expected) {
        String body =
                JSON.createObjectNode()
                        .put("requestId", requestId)
                        .put("environment", environment)
                        .put("requestedBy", "orchestration-bench")
                        .put("directory", "pipelines")
                        .put("maxParallel", maxParallel)
                        .toString();
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        "The planner answered "
                                + response.statusCode()
                                + " to "
                                + path
                                + ": "
                                + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The deploy request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the deploy request", e);
        }
    }

    /**
     * Polls the plan's status until it is final; answers it. Fails when no result was applied for
     * {@code stalled} (a command waits for its timeout: the fake and the SQL disagree).
     */
    static String awaitEnd(Connection planner, String planId, Duration stalled)
            throws SQLException {
        long answered = -1;
        Instant progress = Instant.now();
        for (int poll = 0; ; poll++) {
            String status = status(planner, planId);
            if (FINAL.contains(status)) {
                return status;
            }
            if (poll % 20 == 0) {
                long now = answered(planner, planId);
                if (now != answered) {
                    answered = now;
                    progress = Instant.now();
                } else if (Instant.now().isAfter(progress.plus(stalled))) {
                    throw new IllegalStateException(
                            "Plan "
                                    + planId
                                    + " is still "
                                    + status
                                    + " and no result was applied for "
                                    + stalled
                                    + "; see the services' logs");
                }
            }
            sleep(50);
        }
    }

    private static long answered(Connection planner, String planId) throws SQLException {
        try (PreparedStatement s =
                planner.prepareStatement(
                        "SELECT COUNT(*) FROM planner.command_emission WHERE plan_id = ? AND"
                                + " outcome IS NOT NULL")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Waits until the planner's outbox has published everything after {@code mark}. */
    static void awaitOutboxDrained(Connection planner, long mark, Duration timeout)
            throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        try (PreparedStatement s =
                planner.prepareStatement(
                        "SELECT COUNT(*) FROM planner.outbox_message WHERE id > ? AND sent_at IS"
                                + " NULL AND NOT dead")) {
            s.setLong(1, mark);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                sleep(50);
            }
        }
        throw new IllegalStateException("The planner's outbox was not drained within " + timeout);
    }

    /** The plan's status; "MISSING" when there is no such plan. */
    static String status(Connection planner, String planId) throws SQLException {
        try (PreparedStatement s =
                planner.prepareStatement("SELECT status FROM planner.plan WHERE plan_id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "MISSING";
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
