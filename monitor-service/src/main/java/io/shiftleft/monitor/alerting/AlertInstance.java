package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * One alert: a rule on one statement (or pool) of an environment, as last written. The severity and
 * labels are the rule's when it was written, so an alert whose rule was removed can still be
 * resolved with them.
 *
 * @param key the rule and the statement or pool
 * @param environment the environment
 * @param fingerprint a stable id of rule, environment and statement or pool
 * @param tableName the statement's table
 * @param productName the statement's product
 * @param poolId the pool (of a pool alert, or the statement's)
 * @param state pending, firing or resolved
 * @param activeSince when the condition began to hold (this occurrence)
 * @param firedAt when it fired, or null
 * @param clearSince since when a firing alert's condition is clear, or null
 * @param resolvedAt when it resolved, or null
 * @param value the observed value
 * @param threshold the rule's threshold
 * @param severity the rule's severity
 * @param labels the rule's labels
 * @param updatedAt when it was written
 * @param version how many times it was written (the write guard)
 */
public record AlertInstance(
        InstanceKey key,
        String environment,
        String fingerprint,
        String tableName,
        String productName,
        String poolId,
        AlertState state,
        Instant activeSince,
        Instant firedAt,
        Instant clearSince,
        Instant resolvedAt,
        String value,
        String threshold,
        Severity severity,
        Map<String, String> labels,
        Instant updatedAt,
        long version) {

    public AlertInstance {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(activeSince, "activeSince");
        Objects.requireNonNull(severity, "severity");
        labels = Map.copyOf(labels);
    }

    /** The statement's name, or null for a pool alert. */
    public String statementName() {
        return key.kind() == AlertTarget.Kind.STATEMENT ? key.target() : null;
    }

    /** Whether the alert is pending or firing. */
    public boolean active() {
        return state != AlertState.RESOLVED;
    }

    /**
     * The fingerprint of an alert: 16 hex digits of a hash of rule, environment and statement (or
     * pool), the same on every monitor and across restarts.
     */
    public static String fingerprint(String environment, InstanceKey key) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    String.join(
                                                    "\n",
                                                    key.rule(),
                                                    environment,
                                                    key.kind().name(),
                                                    key.target())
                                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * This alert in another state, written now: the rule's current threshold, severity and labels
     * (when the rule is given) and the target's table, product and pool (when given) are taken in.
     */
    AlertInstance next(
            AlertRule rule,
            AlertTarget target,
            AlertState state,
            Instant activeSince,
            Instant firedAt,
            Instant clearSince,
            Instant resolvedAt,
            String value,
            Instant now) {
        return new AlertInstance(
                key,
                environment,
                fingerprint,
                target == null ? tableName : target.tableName(),
                target == null ? productName : target.productName(),
                target == null ? poolId : target.poolId(),
                state,
                activeSince,
                firedAt,
                clearSince,
                resolvedAt,
                value,
                rule == null ? threshold : rule.condition().threshold(),
                rule == null ? severity : rule.severity(),
                rule == null ? labels : rule.labels(),
                now,
                version + 1);
    }

    /** This alert showing another observed value (nothing is written for it). */
    AlertInstance showing(String observed) {
        return new AlertInstance(
                key,
                environment,
                fingerprint,
                tableName,
                productName,
                poolId,
                state,
                activeSince,
                firedAt,
                clearSince,
                resolvedAt,
                observed,
                threshold,
                severity,
                labels,
                updatedAt,
                version);
    }

    /** A new alert (version 1), before it is anything: {@link #next} makes it pending or firing. */
    static AlertInstance blank(String environment, InstanceKey key, AlertRule rule, Instant now) {
        return new AlertInstance(
                key,
                environment,
                fingerprint(environment, key),
                null,
                null,
                null,
                AlertState.RESOLVED,
                now,
                null,
                null,
                null,
                "",
                rule.condition().threshold(),
                rule.severity(),
                rule.labels(),
                now,
                0);
    }
}
