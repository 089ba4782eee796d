package io.shiftleft.monitor;

import io.shiftleft.support.platform.PlatformProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitor's settings ({@code monitor.*}).
 *
 * @param environments the environments to watch, by name (the names requests and commands use)
 * @param pollInterval how often each environment is listed (one paged list call per cycle)
 * @param unknownAfter how many cycles in a row a statement must show UNKNOWN before the monitor
 *     says so (a platform hiccup is not a change)
 * @param failureErrorWait how long a new failure is held back, at least {@code unknownAfter}
 *     cycles, while the platform cannot tell its error yet (Flink's REST API caches a job's
 *     exceptions for {@code web.refresh-interval}, 3 s by default)
 * @param historyRetention how long changes are kept for {@code GET /api/v1/statements/{name}}
 * @param projectRefresh how often the projects of environments that name one are scanned again
 * @param lag when pending records count as high lag
 * @param pools when a compute pool counts as saturated
 * @param metrics how metrics are sampled, kept and exported
 */
@ConfigurationProperties("monitor")
public record MonitorProperties(
        Map<String, Environment> environments,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("2") int unknownAfter,
        @DefaultValue("5s") Duration failureErrorWait,
        @DefaultValue("7d") Duration historyRetention,
        @DefaultValue("5m") Duration projectRefresh,
        @DefaultValue Lag lag,
        @DefaultValue Pools pools,
        @DefaultValue Metrics metrics) {

    public MonitorProperties {
        environments = environments == null ? Map.of() : Map.copyOf(environments);
        if (pollInterval == null || pollInterval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException(
                    "monitor.poll-interval must be at least 100ms, was " + pollInterval);
        }
        if (unknownAfter < 1) {
            throw new IllegalArgumentException(
                    "monitor.unknown-after must be at least 1, was " + unknownAfter);
        }
        if (lag.recovered() > lag.high()) {
            throw new IllegalArgumentException(
                    "monitor.lag.recovered ("
                            + lag.recovered()
                            + ") must not be above monitor.lag.high ("
                            + lag.high()
                            + ")");
        }
    }

    /**
     * One environment ({@code monitor.environments.<name>.*}).
     *
     * @param platform its Flink platform, configured as the deployer's ({@code
     *     deployer.platforms.<name>.*}): {@code kind} and {@code apache.*} or {@code confluent.*}
     * @param labels labels a managed statement carries (sent to the platform as a selector)
     * @param namePrefixes name prefixes of managed statements; empty: every statement listed
     * @param projectPath the folder that contains the project's {@code pipelines/}, optional: it
     *     gives statements their table, product and parents (for OUT_OF_ORDER and product health)
     * @param clusterType first segment of statement names (default: the environment's name)
     * @param region region abbreviated in statement names
     * @param productInStatementNames whether statement names carry the table's product
     */
    public record Environment(
            PlatformProperties platform,
            Map<String, String> labels,
            List<String> namePrefixes,
            Path projectPath,
            String clusterType,
            @DefaultValue("us-west-2") String region,
            @DefaultValue("true") boolean productInStatementNames) {

        public Environment {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            namePrefixes = namePrefixes == null ? List.of() : List.copyOf(namePrefixes);
        }
    }

    /**
     * Lag thresholds, on the current pending records of a statement ({@code monitor.lag.*}).
     *
     * @param high LAG_HIGH when pending records reach this
     * @param recovered LAG_RECOVERED when a lagging statement's pending records fall to this (below
     *     {@code high}, so a value hovering at the threshold does not flap)
     */
    public record Lag(@DefaultValue("100000") long high, @DefaultValue("10000") long recovered) {}

    /**
     * Compute pool saturation ({@code monitor.pools.*}).
     *
     * @param saturated POOL_SATURATED when used CFUs over the pool's maximum reach this ratio
     * @param recovered a saturated pool is clear again (and may be reported again) below this
     */
    public record Pools(
            @DefaultValue("0.9") double saturated, @DefaultValue("0.8") double recovered) {}

    /**
     * Metrics ({@code monitor.metrics.*}).
     *
     * @param interval how often metrics are sampled
     * @param statementsPerSweep how many statements of an environment are sampled per sweep, in
     *     turn (a platform's metrics API is rate-limited: Confluent Cloud's allows about 60
     *     requests a minute, four per statement)
     * @param window how long samples are kept for the API
     * @param topStatements how many statements, those with most pending records, get their own
     *     Prometheus series (the rest count only in their product's sums)
     * @param maxProducts how many products get their own Prometheus series (the rest are summed as
     *     {@code product="other"})
     */
    public record Metrics(
            @DefaultValue("30s") Duration interval,
            @DefaultValue("25") int statementsPerSweep,
            @DefaultValue("1h") Duration window,
            @DefaultValue("20") int topStatements,
            @DefaultValue("50") int maxProducts) {}
}
