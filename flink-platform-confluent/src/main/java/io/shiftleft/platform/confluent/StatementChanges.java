package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stop, resume and delete. Stop and resume read the statement and PUT it back with {@code
 * spec.stopped} changed and the {@code resource_version} read; a 409 (someone changed it in
 * between) reads it again and retries. A change that is already in place sends nothing.
 */
final class StatementChanges {

    private final ConfluentHttp http;
    private final StatementsClient statements;
    private final StatementJson json;
    private final Duration deleteTimeout;

    StatementChanges(
            ConfluentHttp http,
            StatementsClient statements,
            StatementJson json,
            Duration deleteTimeout) {
        this.http = http;
        this.statements = statements;
        this.json = json;
        this.deleteTimeout = deleteTimeout;
    }

    StatementStatus stop(String name) {
        return update(
                name,
                "Stopping statement",
                current -> {
                    if (current.path("spec").path("stopped").asBoolean(false)) {
                        return Optional.empty();
                    }
                    ObjectNode body = StatementJson.updateBody(current);
                    ((ObjectNode) body.get("spec")).put("stopped", true);
                    return Optional.of(body);
                });
    }

    /** Sets {@code spec.stopped=false}, and the pool and principal asked for, in one PUT. */
    StatementStatus resume(String name, ResumeOptions options) {
        return update(name, "Resuming statement", current -> resumed(name, current, options));
    }

    /** DELETE, then reads until the platform answers 404, polling with backoff. */
    void delete(String name) {
        statements.delete(name);
        Pacing pacing = http.pacing();
        Instant deadline = pacing.clock().instant().plus(deleteTimeout);
        for (int attempt = 0; ; attempt++) {
            Optional<JsonNode> current = statements.get(name);
            if (current.isEmpty()) {
                return;
            }
            Duration left = Duration.between(pacing.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new PlatformException(
                        Reason.TIMEOUT,
                        name,
                        "The statement is still there (phase "
                                + json.status(current.get()).rawPhase()
                                + ") "
                                + deleteTimeout
                                + " after it was deleted");
            }
            Duration wait = pacing.polling().delay(attempt, pacing.random());
            try {
                pacing.sleeper().sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(
                        Reason.TIMEOUT, name, "Interrupted while waiting for the delete", null, e);
            }
        }
    }

    private Optional<ObjectNode> resumed(String name, JsonNode current, ResumeOptions options) {
        JsonNode spec = current.path("spec");
        // An auto-stopped statement (its pool deleted) may be STOPPED with spec.stopped unset.
        boolean stopped =
                spec.path("stopped").asBoolean(false)
                        || json.status(current).phase() == StatementPhase.STOPPED;
        Optional<String> pool =
                options.computePoolId()
                        .filter(p -> !Json.text(spec, "compute_pool_id").equals(Optional.of(p)));
        Optional<String> principal =
                options.principal()
                        .filter(p -> !Json.text(spec, "principal").equals(Optional.of(p)));
        boolean moves = pool.isPresent() || principal.isPresent();
        if (!stopped && !moves) {
            return Optional.empty();
        }
        if (!stopped) {
            throw new PlatformException(
                    Reason.INVALID_REQUEST,
                    name,
                    "The statement is not stopped (phase "
                            + Json.text(current.path("status"), "phase").orElse("unknown")
                            + "): stop it before resuming it on another compute pool or principal");
        }
        ObjectNode body = StatementJson.updateBody(current);
        ObjectNode newSpec = (ObjectNode) body.get("spec");
        newSpec.put("stopped", false);
        pool.ifPresent(p -> newSpec.put("compute_pool_id", p));
        principal.ifPresent(p -> newSpec.put("principal", p));
        return Optional.of(body);
    }

    private StatementStatus update(
            String name, String action, Function<JsonNode, Optional<ObjectNode>> change) {
        Retries retries = http.retries(name);
        while (true) {
            JsonNode current = statements.get(name).orElseThrow(() -> notFound(name, action));
            Optional<ObjectNode> body = change.apply(current);
            if (body.isEmpty()) {
                return json.status(current);
            }
            HttpResult r = statements.put(name, body.get(), action);
            if (r.isSuccess()) {
                // 202 without a body: the status right after is what the caller wants.
                return statements
                        .get(name)
                        .map(json::status)
                        .orElseThrow(() -> notFound(name, action));
            }
            if (r.status() != 409) {
                throw ApiErrors.toException(r, name);
            }
            retries.afterConflict(r);
        }
    }

    private static PlatformException notFound(String name, String action) {
        return new PlatformException(
                Reason.NOT_FOUND, name, action + ": the statement does not exist");
    }
}
