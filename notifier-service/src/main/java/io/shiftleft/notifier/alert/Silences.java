package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.notifier.event.NotifierEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Silences: made through the API, or from planned deployments (DEPLOYMENT_STARTED opens one on the
 * plan's tables in its environment, for pipeline alerts only; the deployment's end closes it after
 * a grace period; it lapses by itself after the maximum duration if the end never comes).
 */
@Service
public class Silences {

    private static final Logger log = LoggerFactory.getLogger(Silences.class);

    private final SilenceStore store;
    private final NotifierProperties.DeploymentSilence deployments;
    private final Clock clock;

    Silences(SilenceStore store, NotifierProperties properties, Clock clock) {
        this.store = store;
        this.deployments = properties.alerts().deploymentSilence();
        this.clock = clock;
    }

    /** Creates a silence; {@code startsAt} defaults to now. */
    public Silence create(
            List<Matcher> matchers,
            Instant startsAt,
            Instant endsAt,
            String createdBy,
            String comment) {
        Instant now = clock.instant();
        Instant start = startsAt == null ? now : startsAt;
        if (matchers == null || matchers.isEmpty()) {
            throw NotifierException.invalid(
                    "matchers", "matchers: give at least one (name, value)");
        }
        if (endsAt == null) {
            throw NotifierException.invalid("ends_at", "ends_at (or duration) is required");
        }
        if (!endsAt.isAfter(start)) {
            throw NotifierException.invalid(
                    "ends_at", "ends_at " + endsAt + " must be after starts_at " + start);
        }
        if (!endsAt.isAfter(now)) {
            throw NotifierException.invalid("ends_at", "ends_at " + endsAt + " is in the past");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw NotifierException.invalid("created_by", "created_by is required: who silences");
        }
        Silence silence =
                new Silence(
                        UUID.randomUUID(), matchers, start, endsAt, createdBy, comment, now, null);
        store.insert(silence);
        log.info("Silence {} by {} until {}: {}", silence.id(), createdBy, endsAt, matchers);
        return silence;
    }

    /** The silence. */
    public Silence find(UUID id) {
        return store.find(id)
                .orElseThrow(() -> NotifierException.notFound("no silence with id " + id));
    }

    /** Pending and active silences, or all of them. */
    public List<Silence> list(boolean expiredToo) {
        return store.list(expiredToo ? Instant.EPOCH : clock.instant());
    }

    /** Ends a silence now. */
    public Silence expire(UUID id) {
        if (!store.endAt(id, clock.instant())) {
            throw NotifierException.notFound("no silence with id " + id);
        }
        return find(id);
    }

    /** The silences muting at that moment. */
    public List<Silence> activeAt(Instant now) {
        return store.list(now).stream().filter(s -> s.activeAt(now)).toList();
    }

    /** Opens or closes the silence of a planned deployment; runs in the intake's transaction. */
    public void onDeploymentEvent(NotifierEvent e) {
        if (!deployments.enabled() || e.source() != EventSource.DEPLOYMENT) {
            return;
        }
        String plan = e.planId() != null ? e.planId() : e.requestId();
        String key = e.environment() + "/" + plan;
        switch (e.type()) {
            case "DEPLOYMENT_STARTED" -> open(e, key, plan);
            case "DEPLOYMENT_SUCCEEDED", "DEPLOYMENT_FAILED", "DEPLOYMENT_CANCELLED" ->
                    store.endDeployment(key, e.occurredAt().plus(deployments.grace()));
            default -> {}
        }
    }

    private void open(NotifierEvent e, String key, String plan) {
        List<Matcher> matchers = new ArrayList<>();
        matchers.add(new Matcher("environment", e.environment(), false, true));
        matchers.add(new Matcher("source", EventSource.PIPELINE.label(), false, true));
        List<String> tables = new ArrayList<>(e.tables());
        if (tables.isEmpty() && e.tableName() != null) {
            tables.add(e.tableName());
        }
        if (!tables.isEmpty()) {
            matchers.add(
                    new Matcher(
                            "table",
                            tables.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                            true,
                            true));
        }
        Instant start = e.occurredAt();
        store.insert(
                new Silence(
                        UUID.randomUUID(),
                        matchers,
                        start,
                        start.plus(deployments.maxDuration()),
                        "deployment",
                        "planned deployment " + plan + " (request " + e.requestId() + ")",
                        clock.instant(),
                        key));
        log.info(
                "Deployment {} in {}: alerts on {} silenced while it runs",
                plan,
                e.environment(),
                tables.isEmpty() ? "every table" : tables.size() + " tables");
    }
}
