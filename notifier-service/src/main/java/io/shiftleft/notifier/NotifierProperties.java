package io.shiftleft.notifier;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notifier's settings ({@code notifier.*}); docs/notifier.md explains each.
 *
 * @param secrets how subscription secrets are encrypted at rest
 * @param targets where deliveries may go
 * @param delivery timeouts, retries, workers
 * @param alerts grouping, timing and automatic silences for chat, incident and email channels
 * @param email the sender of email notifications (the SMTP server is {@code spring.mail.*})
 * @param pagerduty the PagerDuty Events API v2 endpoint subscriptions use unless they name one
 * @param retention how long finished deliveries and inbox events are kept
 */
@ConfigurationProperties("notifier")
public record NotifierProperties(
        @DefaultValue Secrets secrets,
        @DefaultValue Targets targets,
        @DefaultValue Delivery delivery,
        @DefaultValue Alerts alerts,
        @DefaultValue Email email,
        @DefaultValue Pagerduty pagerduty,
        @DefaultValue("14d") Duration retention) {

    /**
     * Encryption at rest ({@code notifier.secrets.*}).
     *
     * @param key the AES-256 key, base64 (32 bytes); from the environment ({@code
     *     NOTIFIER_SECRETS_KEY}) or a secret file, never from a committed file
     * @param keyFile a file holding the key instead (base64, one line)
     * @param previousKeys keys secrets may still be encrypted with (key rotation); decrypt only
     * @param rotationOverlap how long the previous signing secret keeps signing after a rotation
     */
    public record Secrets(
            String key,
            String keyFile,
            List<String> previousKeys,
            @DefaultValue("24h") Duration rotationOverlap) {

        public Secrets {
            previousKeys = previousKeys == null ? List.of() : List.copyOf(previousKeys);
        }

        @Override
        public String toString() {
            return "Secrets[key=***, keyFile="
                    + keyFile
                    + ", previousKeys="
                    + previousKeys.size()
                    + ", rotationOverlap="
                    + rotationOverlap
                    + "]";
        }
    }

    /**
     * Target checks ({@code notifier.targets.*}).
     *
     * @param allowedNetworks CIDR blocks deliveries may reach although they are loopback, private
     *     or link-local (the local stack allows {@code 127.0.0.0/8} and {@code ::1/128}); plain
     *     http is allowed to them too
     * @param requireHttps whether targets outside the allowed networks must use https
     */
    public record Targets(
            List<String> allowedNetworks, @DefaultValue("true") boolean requireHttps) {

        public Targets {
            allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
        }
    }

    /**
     * Delivery ({@code notifier.delivery.*}).
     *
     * @param connectTimeout connect timeout of one attempt
     * @param timeout whole-attempt timeout (connect, send, wait for the answer)
     * @param retrySchedule delays between attempts; one attempt more than delays, then dead letter
     * @param jitter each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
     * @param maxRetryAfter the longest {@code Retry-After} honoured
     * @param disableAfter an endpoint failing without a success this long is disabled
     * @param concurrency attempts in flight at once per instance
     * @param batchSize deliveries claimed per query
     * @param pollInterval how often due deliveries are looked for when nothing wakes the workers
     * @param lease how long a claimed delivery stays with its instance before another may take it
     *     (a crashed instance's deliveries are retried after it); longer than {@code timeout}
     * @param enabled whether this instance sends (an instance may only take events in)
     */
    public record Delivery(
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration timeout,
            @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"})
                    List<Duration> retrySchedule,
            @DefaultValue("0.2") double jitter,
            @DefaultValue("24h") Duration maxRetryAfter,
            @DefaultValue("5d") Duration disableAfter,
            @DefaultValue("64") int concurrency,
            @DefaultValue("200") int batchSize,
            @DefaultValue("250ms") Duration pollInterval,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("true") boolean enabled) {

        public Delivery {
            retrySchedule = List.copyOf(retrySchedule);
            if (jitter < 0 || jitter >= 1) {
                throw new IllegalArgumentException(
                        "notifier.delivery.jitter must be in [0, 1), was " + jitter);
            }
            if (concurrency < 1 || batchSize < 1) {
                throw new IllegalArgumentException(
                        "notifier.delivery.concurrency and batch-size must be at least 1");
            }
            if (lease.compareTo(timeout.plusSeconds(1)) <= 0) {
                throw new IllegalArgumentException(
                        "notifier.delivery.lease ("
                                + lease
                                + ") must be longer than notifier.delivery.timeout ("
                                + timeout
                                + ") plus 1s, or a slow attempt would be sent twice");
            }
            if (retrySchedule.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException(
                        "notifier.delivery.retry-schedule must hold positive durations, was "
                                + retrySchedule);
            }
        }
    }

    /**
     * Alerts ({@code notifier.alerts.*}), Alertmanager's model and defaults.
     *
     * @param groupBy labels whose values make a group; each subscription may override
     * @param groupWait how long a new group waits for more alerts before its first notification
     * @param groupInterval how long a group waits before notifying about changes after a
     *     notification
     * @param repeatInterval how long before a still-firing group is notified again
     * @param pollInterval how often due groups are looked for
     * @param deploymentSilence silences created from planned deployments
     */
    public record Alerts(
            @DefaultValue({"environment", "alertname"}) List<String> groupBy,
            @DefaultValue("30s") Duration groupWait,
            @DefaultValue("5m") Duration groupInterval,
            @DefaultValue("4h") Duration repeatInterval,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue DeploymentSilence deploymentSilence) {

        public Alerts {
            groupBy = List.copyOf(groupBy);
        }
    }

    /**
     * Silences from deployments ({@code notifier.alerts.deployment-silence.*}): from
     * DEPLOYMENT_STARTED until the deployment ends plus {@code grace}, on the plan's tables.
     *
     * @param enabled whether deployments silence alerts
     * @param grace how long the silence lasts after the deployment ended
     * @param maxDuration how long the silence lasts if the end never arrives
     */
    public record DeploymentSilence(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5m") Duration grace,
            @DefaultValue("6h") Duration maxDuration) {}

    /**
     * Email ({@code notifier.email.*}).
     *
     * @param from the From address
     */
    public record Email(@DefaultValue("shift-left@localhost") String from) {}

    /**
     * PagerDuty ({@code notifier.pagerduty.*}).
     *
     * @param url the Events API v2 enqueue endpoint
     */
    public record Pagerduty(@DefaultValue("https://events.pagerduty.com/v2/enqueue") String url) {}
}
