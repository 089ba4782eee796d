package io.shiftleft.support.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a message to publish, inside the caller's transaction: it is published after that
 * transaction commits, and never if it rolls back. The value is an Avro record, stored as Avro
 * binary with its class name; the current trace context is stored with it, so the publication
 * continues the caller's trace.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;
    private final TraceCarrier traces;
    private final Clock clock;

    public Outbox(JdbcTemplate jdbc, OutboxRelay relay, TraceCarrier traces, Clock clock) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.traces = traces;
        this.clock = clock;
    }

    /**
     * Adds a message to the outbox.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a
     *     transaction: a message must commit with the change that causes it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String topic, String key, SpecificRecord value) {
        jdbc.update(
                "INSERT INTO outbox_message (topic, message_key, value_type, value_bytes, headers,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                topic,
                key,
                value.getClass().getName(),
                avro(value),
                headers(traces.current()),
                Timestamp.from(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            relay.wakeUp();
                        }
                    });
        }
    }

    @SuppressWarnings("unchecked")
    static byte[] avro(SpecificRecord value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        try {
            new SpecificDatumWriter<SpecificRecord>((Class<SpecificRecord>) value.getClass())
                    .write(value, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    static String headers(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                headers.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return headers;
    }
}
