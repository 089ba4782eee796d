package io.shiftleft.monitor.metrics;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.tracking.Announcements;
import io.shiftleft.monitor.tracking.EventType;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches compute pools: POOL_SATURATED once when a pool's used CFUs reach {@code
 * monitor.pools.saturated} of its maximum, and clear again (silently, so it may be reported again)
 * below {@code monitor.pools.recovered}. Keeps each environment's latest pool observations.
 */
@Component
public class PoolWatch {

    private final MetricsStore store;
    private final Announcements announcements;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final MonitorProperties.Pools thresholds;
    private final Map<String, List<PoolPoint>> latest = new ConcurrentHashMap<>();

    PoolWatch(
            MetricsStore store,
            Announcements announcements,
            TransactionTemplate transactions,
            ApplicationEventPublisher publisher,
            MonitorProperties properties) {
        this.store = store;
        this.announcements = announcements;
        this.transactions = transactions;
        this.publisher = publisher;
        this.thresholds = properties.pools();
    }

    /** The environment's pools as last observed. */
    public List<PoolPoint> latest(String environment) {
        return latest.getOrDefault(environment, List.of());
    }

    /** Takes an observation of the environment's pools in. */
    synchronized void observed(String environment, List<PoolPoint> pools) {
        latest.put(environment, List.copyOf(pools));
        store.savePoolSamples(environment, pools);
        var saturated = store.saturatedPools(environment);
        for (PoolPoint pool : pools) {
            boolean was = saturated.contains(pool.poolId());
            if (!was && pool.usage() >= thresholds.saturated()) {
                MonitorEvent event = event(environment, pool);
                Boolean announced =
                        transactions.execute(
                                tx -> {
                                    if (!store.markSaturated(
                                            environment, pool.poolId(), true, pool.at())) {
                                        return false;
                                    }
                                    announcements.event(event);
                                    return true;
                                });
                if (Boolean.TRUE.equals(announced)) {
                    publisher.publishEvent(event);
                }
            } else if (was && pool.usage() < thresholds.recovered()) {
                transactions.executeWithoutResult(
                        tx -> store.markSaturated(environment, pool.poolId(), false, pool.at()));
            }
        }
    }

    private MonitorEvent event(String environment, PoolPoint pool) {
        long percent = Math.round(pool.usage() * 100);
        return new MonitorEvent(
                UUID.nameUUIDFromBytes(
                        (environment + "\n" + pool.poolId() + "\nPOOL_SATURATED\n" + pool.at())
                                .getBytes(StandardCharsets.UTF_8)),
                pool.at(),
                EventType.POOL_SATURATED,
                Severity.WARNING,
                environment,
                null,
                null,
                null,
                pool.poolId(),
                null,
                null,
                "Compute pool "
                        + pool.poolId()
                        + " uses "
                        + pool.currentCfu()
                        + " of its "
                        + pool.maxCfu()
                        + " CFUs ("
                        + percent
                        + " %, threshold "
                        + Math.round(thresholds.saturated() * 100)
                        + " %)",
                Map.of(
                        "currentCfu", Integer.toString(pool.currentCfu()),
                        "maxCfu", Integer.toString(pool.maxCfu()),
                        "usage", Double.toString(pool.usage())),
                null,
                null);
    }
}
