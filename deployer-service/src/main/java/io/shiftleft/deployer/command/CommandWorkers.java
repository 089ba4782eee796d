package io.shiftleft.deployer.command;

import io.shiftleft.deployer.DeployerProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs commands off the Kafka listener's thread, on a fixed pool of workers: commands of one
 * statement one after the other in the order given, commands of different statements side by side.
 * Each command id is queued once at a time. At most {@code deployer.max-queued} commands wait; past
 * that, {@link #submit} waits for room (the listener then stops consuming for a while). On
 * shutdown, commands not finished stay RECEIVED or ACTING in the log and are resumed by the next
 * start.
 */
@Component
public class CommandWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CommandWorkers.class);

    private final ExecutorService pool;
    private final Semaphore room;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    CommandWorkers(DeployerProperties properties) {
        this.pool = Executors.newFixedThreadPool(properties.workers(), threads());
        this.room = new Semaphore(properties.maxQueued());
    }

    /**
     * Queues the work of a command behind the earlier work of the same statement.
     *
     * @return false (and nothing queued) when this command is queued or running already
     */
    public boolean submit(String statement, String commandId, Runnable work) {
        if (!queued.add(commandId)) {
            return false;
        }
        try {
            room.acquire();
        } catch (InterruptedException e) {
            queued.remove(commandId);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Interrupted while waiting for room to queue command " + commandId, e);
        }
        synchronized (tails) {
            CompletableFuture<Void> before =
                    tails.getOrDefault(statement, CompletableFuture.completedFuture(null));
            CompletableFuture<Void> next =
                    before.exceptionally(e -> null)
                            .thenRunAsync(() -> runSafely(commandId, work), pool);
            tails.put(statement, next);
            next.whenComplete(
                    (ok, error) -> {
                        synchronized (tails) {
                            tails.remove(statement, next);
                        }
                        queued.remove(commandId);
                        room.release();
                    });
        }
        return true;
    }

    private static void runSafely(String commandId, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // The command stays unfinished in the log; the next start resumes it.
            log.error(
                    "Command {} could not be completed; it is resumed at the next start",
                    commandId,
                    e);
        }
    }

    /**
     * Whether the workers are shutting down: work cut short now (interrupted waits) must not be
     * answered, so that the next start resumes it.
     */
    public boolean stopping() {
        return stopping;
    }

    /** Lets running commands finish for a few seconds, then interrupts them. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Command workers still busy at shutdown; they resume at the next start");
            }
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "deployer-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
