package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.CycleCompleted;
import io.shiftleft.monitor.tracking.MetricsObserved;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates an environment's rules after each successful poll cycle ({@link CycleCompleted}) and
 * after each metrics sample ({@link MetricsObserved}), on a thread of its own: a poll cycle never
 * waits for the rules. Requests for an environment already waiting are merged into one.
 */
@Component
class AlertScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);

    private final AlertEvaluator evaluator;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;

    AlertScheduler(AlertEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @EventListener
    void cycled(CycleCompleted cycle) {
        if (cycle.succeeded()) {
            request(cycle.environment());
        }
    }

    @EventListener
    void sampled(MetricsObserved observed) {
        request(observed.environment());
    }

    private void request(String environment) {
        ExecutorService e = executor;
        if (e != null && waiting.add(environment)) {
            e.execute(() -> evaluate(environment));
        }
    }

    private void evaluate(String environment) {
        waiting.remove(environment);
        try {
            evaluator.evaluate(environment);
        } catch (RuntimeException e) {
            // The next cycle evaluates again; nothing was written for this one.
            log.warn("Evaluating the alert rules of environment {} failed", environment, e);
        }
    }

    @Override
    public void start() {
        executor =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "monitor-alerts");
                            t.setDaemon(true);
                            return t;
                        });
    }

    @Override
    public void stop() {
        ExecutorService e = executor;
        executor = null;
        if (e != null) {
            e.shutdown();
            try {
                if (!e.awaitTermination(10, TimeUnit.SECONDS)) {
                    e.shutdownNow();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                e.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // Starts before the poll and metrics schedulers and stops after them, so no request of a
        // cycle is lost and a running evaluation finishes while the database is still there.
        return DEFAULT_PHASE - 1;
    }
}
