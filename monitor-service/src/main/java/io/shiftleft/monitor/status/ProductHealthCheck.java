package io.shiftleft.monitor.status;

import io.shiftleft.monitor.catalog.ProjectTopology;
import io.shiftleft.monitor.catalog.StatementCatalog;
import io.shiftleft.monitor.metrics.PoolPoint;
import io.shiftleft.monitor.metrics.PoolWatch;
import io.shiftleft.monitor.tracking.OutOfOrderPair;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Computes a product's health as shift_left's healthcheck does (domain §3.13), from tracking's
 * state: only DML statements count (a DDL statement is done once it ran), and a DML statement the
 * project expects but the platform does not list counts as UNKNOWN.
 */
@Component
class ProductHealthCheck {

    private static final Set<Phase> RUNNING = Set.of(Phase.RUNNING, Phase.PENDING, Phase.COMPLETED);

    private final TrackedStatements tracked;
    private final StatementCatalog catalog;
    private final PoolWatch pools;
    private final Clock clock;

    ProductHealthCheck(
            TrackedStatements tracked, StatementCatalog catalog, PoolWatch pools, Clock clock) {
        this.tracked = tracked;
        this.catalog = catalog;
        this.pools = pools;
        this.clock = clock;
    }

    ProductHealth of(String product, String environment) {
        ProjectTopology topology = catalog.topology(environment);
        Map<String, Phase> inScope = new TreeMap<>();
        Map<String, TrackedStatement> found = new HashMap<>();
        String scope;
        if (!topology.isEmpty() && !topology.healthScope(product).isEmpty()) {
            scope = "project";
            for (String table : topology.healthScope(product)) {
                Optional<String> dml = topology.dmlStatement(table);
                if (dml.isEmpty()) {
                    continue;
                }
                Optional<TrackedStatement> s = tracked.statement(environment, dml.get());
                s.ifPresent(t -> found.put(t.name(), t));
                inScope.put(dml.get(), s.map(TrackedStatement::phase).orElse(Phase.UNKNOWN));
            }
        } else {
            scope = "product";
            for (TrackedStatement s : tracked.statements(environment)) {
                if (product.equals(s.productName()) && isDml(environment, s)) {
                    found.put(s.name(), s);
                    inScope.put(s.name(), s.phase());
                }
            }
        }
        Map<Phase, Integer> phases = new EnumMap<>(Phase.class);
        Map<String, Phase> notRunning = new LinkedHashMap<>();
        inScope.forEach(
                (name, phase) -> {
                    phases.merge(phase, 1, Integer::sum);
                    if (!RUNNING.contains(phase)) {
                        notRunning.put(name, phase);
                    }
                });
        List<ProductHealth.PoolUse> uses = pools(environment, found);
        List<OutOfOrderPair> outOfOrder =
                tracked.outOfOrder(environment).stream()
                        .filter(
                                p ->
                                        inScope.containsKey(p.childStatement())
                                                || inScope.containsKey(p.parentStatement()))
                        .sorted(Comparator.comparing(OutOfOrderPair::childStatement))
                        .toList();
        return new ProductHealth(
                environment,
                product,
                scope,
                inScope.size(),
                phases,
                uses,
                summary(uses),
                outOfOrder,
                notRunning,
                clock.instant());
    }

    private boolean isDml(String environment, TrackedStatement s) {
        Optional<String> action =
                catalog.find(environment, s.name())
                        .map(e -> e.lastAction() == null ? "" : e.lastAction());
        if (action.isPresent() && !action.get().isEmpty()) {
            return !action.get().equals("RUN_DDL");
        }
        return !s.name().contains("-ddl-") && !s.name().startsWith("ddl-");
    }

    private List<ProductHealth.PoolUse> pools(
            String environment, Map<String, TrackedStatement> statements) {
        Map<String, Long> counts =
                statements.values().stream()
                        .map(TrackedStatement::computePoolId)
                        .filter(id -> id != null)
                        .collect(
                                Collectors.groupingBy(
                                        id -> id, TreeMap::new, Collectors.counting()));
        Map<String, PoolPoint> latest =
                pools.latest(environment).stream()
                        .collect(Collectors.toMap(PoolPoint::poolId, p -> p, (a, b) -> b));
        List<ProductHealth.PoolUse> uses = new ArrayList<>();
        counts.forEach(
                (id, n) -> uses.add(new ProductHealth.PoolUse(id, n.intValue(), latest.get(id))));
        return uses;
    }

    private static ProductHealth.PoolSummary summary(List<ProductHealth.PoolUse> uses) {
        int current = 0;
        int overOne = 0;
        String busiest = null;
        int most = -1;
        for (ProductHealth.PoolUse use : uses) {
            int cfu = use.pool() == null ? 0 : use.pool().currentCfu();
            current += cfu;
            overOne += cfu > 1 ? 1 : 0;
            if (cfu > most) {
                most = cfu;
                busiest = use.poolId();
            }
        }
        return new ProductHealth.PoolSummary(uses.size(), current, overOne, busiest);
    }
}
