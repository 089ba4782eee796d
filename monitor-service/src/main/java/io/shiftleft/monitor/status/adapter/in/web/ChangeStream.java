package io.shiftleft.monitor.status.adapter.in.web;

import io.shiftleft.monitor.status.StatementView;
import io.shiftleft.monitor.tracking.Change;
import io.shiftleft.monitor.tracking.MonitorEvent;
import io.shiftleft.monitor.tracking.TrackedStatement;
import io.shiftleft.monitor.tracking.TrackedStatements;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The subscribers of {@code /api/v1/changes}: every committed statement change (SSE event {@code
 * statement}, the statement as {@code GET /api/v1/statements/{name}} shows it without history) and
 * every pipeline event (SSE event {@code event}), filtered by environment and product. Sending
 * happens on its own thread with a bounded queue (the oldest is dropped when a slow client lets it
 * fill), so a poll cycle never waits for a client; a comment every 15 s keeps connections open.
 * Streams are completed first when the application stops, so they do not hold up the web server's
 * graceful shutdown.
 */
@Component
class ChangeStream implements SmartLifecycle, DisposableBean {

    /** One open stream and what it asked for (null: everything). */
    private record Subscriber(SseEmitter emitter, String environment, String product) {

        boolean wants(String env, String productName) {
            return (environment == null || environment.equals(env))
                    && (product == null || product.equals(productName));
        }
    }

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final TrackedStatements tracked;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sender =
            new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(10_000),
                    r -> daemon(r, "monitor-sse"),
                    new ThreadPoolExecutor.DiscardOldestPolicy());
    private volatile boolean running;
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "monitor-sse-heartbeat"));

    ChangeStream(TrackedStatements tracked) {
        this.tracked = tracked;
        heartbeat.scheduleAtFixedRate(
                () -> sender.execute(() -> subscribers.forEach(s -> send(s, null, null))),
                HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A new stream of changes, optionally of one environment or product. */
    SseEmitter subscribe(String environment, String product) {
        SseEmitter emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        Subscriber subscriber = new Subscriber(emitter, environment, product);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        sender.execute(() -> send(subscriber, "hello", Map.of("subscribed", true)));
        return emitter;
    }

    @EventListener
    void changed(Change change) {
        TrackedStatement s = change.after();
        Map<String, Object> json =
                JsonViews.statement(
                        new StatementView(
                                s,
                                s.changedAt(),
                                tracked.gauges(s.environment(), s.name()).orElse(null)));
        broadcast(s.environment(), s.productName(), "statement", json);
    }

    @EventListener
    void announced(MonitorEvent event) {
        broadcast(event.environment(), event.productName(), "event", JsonViews.event(event));
    }

    int subscribers() {
        return subscribers.size();
    }

    private void broadcast(String env, String product, String name, Map<String, Object> json) {
        if (subscribers.isEmpty()) {
            return;
        }
        sender.execute(
                () -> {
                    for (Subscriber s : subscribers) {
                        if (s.wants(env, product)) {
                            send(s, name, json);
                        }
                    }
                });
    }

    private void send(Subscriber s, String name, Object data) {
        try {
            if (name == null) {
                s.emitter().send(SseEmitter.event().comment("keep-alive"));
            } else {
                s.emitter()
                        .send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
            s.emitter().completeWithError(e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream (before the web server's graceful shutdown, which waits for them). */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        stop();
    }
}
