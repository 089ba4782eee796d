package io.shiftleft.deployer.status;

import io.shiftleft.deployer.platform.PlatformRegistry;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists every statement of every environment when the deployer is ready and then every {@code
 * deployer.status-sweep-interval} (30 s; 0 turns it off, as does {@code
 * deployer.report-statement-status=false}), and publishes each statement whose phase changed since
 * the last sweep. A Flink cluster that restarted shows its jobs as UNKNOWN, so the planner deploys
 * them again instead of believing they run. A platform that cannot be listed is logged and tried at
 * the next sweep.
 */
@Component
class StatusSweep implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatusSweep.class);

    private final PlatformRegistry platforms;
    private final StatementStatusPort statuses;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final boolean enabled;
    private final Map<String, StatementPhase> published = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "deployer-status-sweep");
                        t.setDaemon(true);
                        return t;
                    });

    StatusSweep(
            PlatformRegistry platforms,
            StatementStatusPort statuses,
            TransactionTemplate transactions,
            @Value("${deployer.status-sweep-interval:30s}") Duration interval,
            @Value("${deployer.report-statement-status:true}") boolean enabled) {
        this.platforms = platforms;
        this.statuses = statuses;
        this.transactions = transactions;
        this.interval = interval;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || interval.isZero() || interval.isNegative()) {
            return;
        }
        timer.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One sweep over every environment; answers how many statuses were published. */
    int sweep() {
        int sent = 0;
        for (String env : platforms.environments()) {
            try {
                List<StatementStatus> listed =
                        platforms.find(env).orElseThrow().list(StatementFilter.all());
                List<StatementStatus> changed =
                        listed.stream()
                                .filter(s -> published.get(env + "/" + s.name()) != s.phase())
                                .toList();
                if (changed.isEmpty()) {
                    continue;
                }
                transactions.executeWithoutResult(
                        tx -> changed.forEach(s -> statuses.publish(env, s)));
                changed.forEach(s -> published.put(env + "/" + s.name(), s.phase()));
                sent += changed.size();
            } catch (RuntimeException e) {
                log.warn(
                        "Listing the statements of environment {} for statement-status failed;"
                                + " trying again in {}",
                        env,
                        interval,
                        e);
            }
        }
        return sent;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
