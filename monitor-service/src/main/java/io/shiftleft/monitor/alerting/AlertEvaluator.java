package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Announcements;
import io.shiftleft.monitor.tracking.MonitorEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every rule on an environment at the injected clock's time, writes what changed and the
 * ALERT_FIRING and ALERT_RESOLVED events in one transaction (the outbox: published once, after
 * commit), then takes the changes into memory and publishes the events in the application (the
 * change stream and the event counter see them).
 */
@Service
public class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final AlertRules rules;
    private final AlertInputs inputs;
    private final AlertInstances alerts;
    private final Announcements announcements;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final AlertProperties properties;
    private final Clock clock;
    private Instant lastPurge;

    AlertEvaluator(
            AlertRules rules,
            AlertInputs inputs,
            AlertInstances alerts,
            Announcements announcements,
            TransactionTemplate transactions,
            ApplicationEventPublisher publisher,
            AlertProperties properties,
            Clock clock) {
        this.rules = rules;
        this.inputs = inputs;
        this.alerts = alerts;
        this.announcements = announcements;
        this.transactions = transactions;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Evaluates every rule on the environment; answers what changed. */
    public synchronized List<AlertTransition> evaluate(String environment) {
        // Milliseconds, as stored and as events carry them: an alert read back after a restart
        // has the same times, so its event ids are the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AlertRule> current = rules.current();
        var instances = alerts.of(environment);
        if (current.isEmpty() && instances.isEmpty()) {
            return List.of();
        }
        boolean statementRules =
                current.stream().anyMatch(r -> r.condition().about() == AlertTarget.Kind.STATEMENT);
        List<AlertTransition> transitions =
                AlertEvaluation.evaluate(
                        new AlertEvaluation.Input(
                                environment,
                                current,
                                inputs.statements(environment),
                                inputs.pools(environment),
                                statementRules
                                        ? inputs.busyTables(environment)
                                        : java.util.Set.of(),
                                instances,
                                now));
        List<MonitorEvent> events =
                transitions.stream().map(AlertTransition::event).filter(Objects::nonNull).toList();
        if (transitions.stream().anyMatch(AlertTransition::write)) {
            try {
                transactions.executeWithoutResult(
                        tx -> {
                            alerts.store().write(transitions);
                            events.forEach(announcements::event);
                        });
            } catch (AlertConflictException e) {
                log.info(
                        "{}; reading the alerts of environment {} again",
                        e.getMessage(),
                        environment);
                alerts.reload(environment);
                return List.of();
            }
        }
        alerts.apply(environment, transitions);
        for (MonitorEvent e : events) {
            log.info(
                    "{} {} on {}: {}",
                    e.type(),
                    e.attributes().get("alert_rule"),
                    e.key(),
                    e.detail());
            publisher.publishEvent(e);
        }
        purge(now);
        publisher.publishEvent(new AlertsEvaluated(environment, transitions));
        return transitions;
    }

    private void purge(Instant now) {
        if (lastPurge != null && Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        Instant before = now.minus(properties.resolvedRetention());
        int gone = alerts.store().purgeResolved(before);
        alerts.forgetResolvedBefore(before);
        if (gone > 0) {
            log.info("Purged {} alerts resolved before {}", gone, before);
        }
    }
}
