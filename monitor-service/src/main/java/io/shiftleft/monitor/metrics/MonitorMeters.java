package io.shiftleft.monitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.monitor.tracking.CycleCompleted;
import io.shiftleft.monitor.tracking.MetricsObserved;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The monitor's Prometheus series, with label sets bounded by configuration, never by the number of
 * statements: statements by environment and phase; records, pending records and backpressure summed
 * (or maxed) by product, at most {@code max-products} products (the rest as {@code other}); pending
 * records of the {@code top-statements} statements that lag most; each tracked pool's CFUs; cycle
 * durations, events by type and failed listings.
 */
@Component
class MonitorMeters {

    private final MeterRegistry registry;
    private final TrackedStatements statements;
    private final PoolWatch pools;
    private final MonitorProperties.Metrics settings;
    private final MultiGauge byPhase;
    private final MultiGauge pending;
    private final MultiGauge recordsIn;
    private final MultiGauge recordsOut;
    private final MultiGauge backpressure;
    private final MultiGauge topPending;
    private final MultiGauge poolCfu;
    private final MultiGauge poolMaxCfu;

    MonitorMeters(
            MeterRegistry registry,
            TrackedStatements statements,
            PoolWatch pools,
            MonitorProperties properties) {
        this.registry = registry;
        this.statements = statements;
        this.pools = pools;
        this.settings = properties.metrics();
        this.byPhase = gauge("shiftleft.monitor.statements", "Managed statements by phase");
        this.pending =
                gauge("shiftleft.monitor.product.pending.records", "Pending records (lag) summed");
        this.recordsIn = gauge("shiftleft.monitor.product.records.in", "Records in summed");
        this.recordsOut = gauge("shiftleft.monitor.product.records.out", "Records out summed");
        this.backpressure =
                gauge("shiftleft.monitor.product.backpressure.max", "Highest backpressure ratio");
        this.topPending =
                gauge(
                        "shiftleft.monitor.statement.pending.records",
                        "Pending records of the statements that lag most");
        this.poolCfu = gauge("shiftleft.monitor.pool.cfu.used", "CFUs in use");
        this.poolMaxCfu = gauge("shiftleft.monitor.pool.cfu.max", "The pool's maximum CFUs");
    }

    @EventListener
    void cycled(CycleCompleted cycle) {
        Timer.builder("shiftleft.monitor.cycle")
                .description("Duration of a poll cycle, listing included")
                .tag("environment", cycle.environment())
                .tag("outcome", cycle.succeeded() ? "ok" : "failed")
                .register(registry)
                .record(cycle.elapsed());
        if (cycle.succeeded()) {
            refreshStatements();
        }
    }

    @EventListener
    void sampled(MetricsObserved observed) {
        refreshStatements();
        refreshPools();
    }

    @EventListener
    void announced(MonitorEvent event) {
        Counter.builder("shiftleft.monitor.events")
                .description("Pipeline events announced, by type")
                .tag("type", event.type().name())
                .tag("severity", event.severity().name())
                .register(registry)
                .increment();
    }

    /** Recomputes every statement series from tracking's state (bounded work, bounded labels). */
    synchronized void refreshStatements() {
        List<MultiGauge.Row<?>> phases = new ArrayList<>();
        ProductSums sums = new ProductSums(settings.maxProducts(), settings.topStatements());
        for (String env : statements.environments()) {
            sums.add(env, statements, phases);
        }
        byPhase.register(phases, true);
        pending.register(sums.rows(ProductSums.Value.PENDING), true);
        recordsIn.register(sums.rows(ProductSums.Value.RECORDS_IN), true);
        recordsOut.register(sums.rows(ProductSums.Value.RECORDS_OUT), true);
        backpressure.register(sums.rows(ProductSums.Value.BACKPRESSURE), true);
        topPending.register(sums.topRows(), true);
    }

    synchronized void refreshPools() {
        List<MultiGauge.Row<?>> used = new ArrayList<>();
        List<MultiGauge.Row<?>> max = new ArrayList<>();
        for (String env : statements.environments()) {
            for (PoolPoint p : pools.latest(env)) {
                Tags tags = Tags.of("environment", env, "pool", p.poolId());
                used.add(MultiGauge.Row.of(tags, p.currentCfu()));
                max.add(MultiGauge.Row.of(tags, p.maxCfu()));
            }
        }
        poolCfu.register(used, true);
        poolMaxCfu.register(max, true);
    }

    private MultiGauge gauge(String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }
}
