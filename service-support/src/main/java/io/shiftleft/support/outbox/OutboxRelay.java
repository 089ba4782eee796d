package io.shiftleft.support.outbox;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox to Kafka: in id order, a batch per transaction, marking each message sent
 * once the broker acknowledged it. Woken after every commit that enqueued something, and polls
 * besides, so messages of a crashed instance are published by the next one. Only one relay of a
 * database schema works at a time (a transaction-scoped advisory lock), which keeps the order of
 * messages (the lock is per schema, so the relays of services sharing one database do not wait for
 * each other). A message that can no longer be decoded is set aside as dead, kept for inspection
 * and logged, and does not block the others.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** First half of the relay's advisory lock; the second is a hash of the schema's name. */
    private static final int LOCK_CLASS = 0x534c_4f42; // "SLOB"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<Object, Object> kafka;
    private final OutboxProperties properties;
    private final TraceCarrier traces;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<Object, Object> kafka,
            OutboxProperties properties,
            TraceCarrier traces,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.traces = traces;
        this.clock = clock;
    }

    /** Asks the relay to look now (after a commit that enqueued messages). */
    public void wakeUp() {
        wake.release();
    }

    /** A pending row. */
    private record Pending(
            long id, String topic, String key, String type, byte[] value, String headers) {}

    /**
     * Publishes one batch, if this instance holds the relay lock.
     *
     * @return the number of messages marked sent
     */
    public int relayOnce() {
        Integer sent =
                transactions.execute(
                        status -> {
                            Boolean locked =
                                    jdbc.queryForObject(
                                            "SELECT pg_try_advisory_xact_lock(?,"
                                                    + " hashtext(current_schema()))",
                                            Boolean.class,
                                            LOCK_CLASS);
                            return Boolean.TRUE.equals(locked) ? publishBatch() : 0;
                        });
        return sent == null ? 0 : sent;
    }

    private int publishBatch() {
        List<Pending> batch =
                jdbc.query(
                        "SELECT id, topic, message_key, value_type, value_bytes, headers FROM"
                                + " outbox_message WHERE sent_at IS NULL AND NOT dead ORDER BY id"
                                + " LIMIT ?",
                        (rs, n) ->
                                new Pending(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getBytes(5),
                                        rs.getString(6)),
                        properties.batchSize());
        List<Long> sent = new ArrayList<>();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        List<Pending> sending = new ArrayList<>();
        for (Pending p : batch) {
            SpecificRecord value;
            try {
                value = decode(p);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                log.error(
                        "Outbox message {} ({}) cannot be decoded; set aside", p.id(), p.type(), e);
                jdbc.update(
                        "UPDATE outbox_message SET dead = TRUE, last_error = ? WHERE id = ?",
                        e.toString(),
                        p.id());
                continue;
            }
            Map<String, String> headers = Outbox.headers(p.headers());
            acks.add(
                    traces.within(
                            headers,
                            "outbox publish",
                            () -> kafka.send(p.topic(), p.key(), value)));
            sending.add(p);
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(sending.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.warn(
                        "Outbox message {} to {} not acknowledged; will retry",
                        sending.get(i).id(),
                        sending.get(i).topic(),
                        e);
                jdbc.update(
                        "UPDATE outbox_message SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                        e.toString(),
                        sending.get(i).id());
                break; // keep the order: later messages wait for this one
            }
        }
        if (!sent.isEmpty()) {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update(
                    connection -> {
                        PreparedStatement update =
                                connection.prepareStatement(
                                        "UPDATE outbox_message SET sent_at = ? WHERE id = ANY (?)");
                        update.setTimestamp(1, now);
                        update.setArray(2, connection.createArrayOf("bigint", sent.toArray()));
                        return update;
                    });
        }
        return sent.size();
    }

    private static SpecificRecord decode(Pending p)
            throws IOException, ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        Class<SpecificRecord> type = (Class<SpecificRecord>) Class.forName(p.type());
        return new SpecificDatumReader<>(type)
                .read(null, DecoderFactory.get().binaryDecoder(p.value(), null));
    }

    /** Deletes messages published longer ago than the retention. */
    public int purge() {
        return jdbc.update(
                "DELETE FROM outbox_message WHERE sent_at < ?",
                Timestamp.from(clock.instant().minus(properties.retention())));
    }

    private void loop() {
        long lastPurge = 0;
        while (running) {
            try {
                int sent = relayOnce();
                if (System.nanoTime() - lastPurge > TimeUnit.MINUTES.toNanos(10)) {
                    purge();
                    lastPurge = System.nanoTime();
                }
                if (sent < properties.batchSize()) {
                    wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; retrying", e);
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the Kafka listeners' infrastructure, stops before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
