package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flushes due alert groups every {@code notifier.alerts.poll-interval}, each batch in one
 * transaction: groups are claimed with {@code FOR UPDATE SKIP LOCKED}, so instances share them and
 * a notification is recorded exactly when its group's state moves on.
 */
@Component
class AlertFlusher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertFlusher.class);
    private static final int BATCH = 100;

    private final Alerts alerts;
    private final TransactionTemplate transactions;
    private final NotifierProperties properties;
    private volatile boolean running;
    private Thread thread;

    AlertFlusher(Alerts alerts, TransactionTemplate transactions, NotifierProperties properties) {
        this.alerts = alerts;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "notifier-alert-groups");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long pause = properties.alerts().pollInterval().toMillis();
        while (running) {
            try {
                Integer n = transactions.execute(status -> alerts.flushDue(BATCH));
                if (n != null && n == BATCH) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("Flushing alert groups failed: {}", e.toString());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
