package io.shiftleft.monitor.metrics;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.shiftleft.monitor.tracking.Gauges;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The product-level sums of the latest gauges and the statements that lag most, with at most {@code
 * maxProducts} products per environment (the rest summed as {@code other}) and {@code top}
 * statements overall: the labels stay bounded whatever the number of statements.
 */
final class ProductSums {

    /** Which value a series carries. */
    enum Value {
        PENDING,
        RECORDS_IN,
        RECORDS_OUT,
        BACKPRESSURE
    }

    /** One statement's pending records, for the top list. */
    private record Lagging(String environment, String statement, String product, long pending) {}

    static final String OTHER = "other";
    private static final String NONE = "none";

    private final int maxProducts;
    private final int top;
    private final Map<String, Map<String, double[]>> sums = new HashMap<>();
    private final PriorityQueue<Lagging> lagging =
            new PriorityQueue<>(Comparator.comparingLong(Lagging::pending));

    ProductSums(int maxProducts, int top) {
        this.maxProducts = maxProducts;
        this.top = top;
    }

    /** Adds an environment's statements; adds its phase counts to {@code phases}. */
    void add(String env, TrackedStatements statements, List<MultiGauge.Row<?>> phases) {
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        Map<String, double[]> byProduct = sums.computeIfAbsent(env, e -> new HashMap<>());
        for (TrackedStatement s : statements.statements(env)) {
            counts.merge(s.phase(), 1, Integer::sum);
            Gauges g = statements.gauges(env, s.name()).orElse(null);
            if (g == null || !s.phase().isActive()) {
                continue;
            }
            String product = product(byProduct, s.productName());
            double[] v = byProduct.computeIfAbsent(product, p -> new double[Value.values().length]);
            v[Value.PENDING.ordinal()] += g.pendingRecords() == null ? 0 : g.pendingRecords();
            v[Value.RECORDS_IN.ordinal()] += g.recordsIn() == null ? 0 : g.recordsIn();
            v[Value.RECORDS_OUT.ordinal()] += g.recordsOut() == null ? 0 : g.recordsOut();
            double bp = g.backpressure() == null ? 0 : g.backpressure();
            v[Value.BACKPRESSURE.ordinal()] = Math.max(v[Value.BACKPRESSURE.ordinal()], bp);
            if (g.pendingRecords() != null && top > 0) {
                lagging.add(new Lagging(env, s.name(), product, g.pendingRecords()));
                if (lagging.size() > top) {
                    lagging.poll();
                }
            }
        }
        for (Phase phase : Phase.values()) {
            phases.add(
                    MultiGauge.Row.of(
                            Tags.of("environment", env, "phase", phase.name()),
                            counts.getOrDefault(phase, 0)));
        }
    }

    List<MultiGauge.Row<?>> rows(Value value) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        sums.forEach(
                (env, byProduct) ->
                        byProduct.forEach(
                                (product, v) ->
                                        rows.add(
                                                MultiGauge.Row.of(
                                                        Tags.of(
                                                                "environment", env,
                                                                "product", product),
                                                        v[value.ordinal()]))));
        return rows;
    }

    List<MultiGauge.Row<?>> topRows() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Lagging l : lagging) {
            rows.add(
                    MultiGauge.Row.of(
                            Tags.of(
                                    "environment", l.environment(),
                                    "statement", l.statement(),
                                    "product", l.product()),
                            l.pending()));
        }
        return rows;
    }

    /** The product's label: itself while fewer than the maximum are labelled, else other. */
    private String product(Map<String, double[]> byProduct, String product) {
        String name = product == null ? NONE : product;
        if (byProduct.containsKey(name) || byProduct.size() < maxProducts) {
            return name;
        }
        return OTHER;
    }
}
