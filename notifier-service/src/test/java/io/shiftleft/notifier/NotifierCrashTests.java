package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiftleft.notifier.testing.NotifierApi;
import io.shiftleft.notifier.testing.TestEvents;
import io.shiftleft.notifier.testing.WebhookReceiver;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.PipelineEvent;
import io.shiftleft.schemas.avro.PipelineEventType;
import io.shiftleft.schemas.avro.Severity;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import io.shiftleft.support.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 in the middle of a burst: the notifier runs as its own JVM (on its own database and
 * consumer group, so nothing else in the test JVM delivers for it), is SIGKILLed while deliveries
 * are in flight, and is started again. Every event must reach the receiver, each webhook-id
 * acknowledged with a valid signature, and every delivery must end SUCCEEDED.
 */
class NotifierCrashTests {

    private static final int EVENTS = Integer.getInteger("crash.events", 1500);
    private static final Topics TOPICS = Topics.withDefaultPrefix();

    @Test
    void losesNoDeliveryWhenKilledWithSigkillDuringABurst() throws Exception {
        String database = "crash_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = TestPostgres.get().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        Path logs = Files.createDirectories(Path.of("target", "crash-test"));
        String env = "crash-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(16)) {
            receiver.otherwise(new WebhookReceiver.Answer(200, null, 2));
            Map<String, String> settings = settings(database);
            NotifierProcess first =
                    NotifierProcess.start(
                            settings, logs.resolve("first.log"), Duration.ofMinutes(3));
            var sub =
                    new NotifierApi(first.url())
                            .subscribe(
                                    "{\"url\": \""
                                            + receiver.url("/burst")
                                            + "\", \"channel\": \"webhook\", \"environments\": [\""
                                            + env
                                            + "\"]}");
            String secret = sub.get("secret").asString();
            Set<String> expected = publishBurst(env);

            await().atMost(Duration.ofMinutes(3))
                    .until(() -> acknowledged(receiver).size() >= EVENTS / 3);
            first.kill9();
            int atKill = acknowledged(receiver).size();
            assertThat(atKill).as("deliveries acknowledged before the kill").isLessThan(EVENTS);

            try (NotifierProcess second =
                    NotifierProcess.start(
                            settings, logs.resolve("second.log"), Duration.ofMinutes(3))) {
                await().atMost(Duration.ofMinutes(4))
                        .until(() -> acknowledged(receiver).size() == EVENTS);
                await().atMost(Duration.ofMinutes(1))
                        .until(() -> count(database, "SUCCEEDED") == EVENTS);
                assertThat(count(database, "PENDING") + count(database, "DEAD")).isZero();
            }
            List<WebhookReceiver.Request> all = receiver.requests("/burst");
            assertThat(all).allMatch(r -> r.signedWith(secret));
            Set<String> eventIds = new HashSet<>();
            all.forEach(
                    r ->
                            eventIds.add(
                                    NotifierApi.json(r.body())
                                            .get("data")
                                            .get("event_id")
                                            .asString()));
            assertThat(eventIds).isEqualTo(expected);
            System.out.printf(
                    "[crash] %d events; %d acknowledged before kill -9; %d requests in all, %d repeats (at-least-once)%n",
                    EVENTS, atKill, all.size(), all.size() - EVENTS);
        }
    }

    private static Map<String, String> settings(String database) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("spring.application.name", "notifier-crash");
        s.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        s.put("spring.kafka.properties.schema.registry.url", TestSchemaRegistry.get().url());
        s.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        s.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000");
        s.put("spring.datasource.url", TestPostgres.get().getJdbcUrl("postgres", database));
        s.put("spring.datasource.username", "postgres");
        s.put("spring.datasource.password", "postgres");
        s.put("shiftleft.kafka.partitions", "1");
        s.put("notifier.secrets.key", NotifierStack.KEY);
        s.put("notifier.targets.allowed-networks", "127.0.0.0/8");
        s.put("notifier.delivery.timeout", "3s");
        s.put("notifier.delivery.lease", "5s");
        s.put("notifier.delivery.poll-interval", "100ms");
        s.put("logging.structured.format.console", "");
        return s;
    }

    private static Set<String> publishBurst(String env) throws Exception {
        Set<String> ids = new HashSet<>();
        try (KafkaProducer<String, Object> producer =
                TestKafkaClients.avroProducer(TestKafka.bootstrapServers())) {
            for (int i = 0; i < EVENTS; i++) {
                PipelineEvent e =
                        TestEvents.pipeline(
                                env, PipelineEventType.LAG_HIGH, Severity.WARNING, "t" + (i % 50));
                ids.add(e.getEventId().toString());
                producer.send(new ProducerRecord<>(TOPICS.pipelineEvents(), e.getTableName(), e));
            }
            producer.flush();
        }
        return ids;
    }

    private static Set<String> acknowledged(WebhookReceiver receiver) {
        Set<String> ids = new HashSet<>();
        receiver.requests("/burst").forEach(r -> ids.add(r.header("webhook-id")));
        return ids;
    }

    private static int count(String database, String status) throws Exception {
        try (Connection c = TestPostgres.get().getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT count(*) FROM notifier.delivery WHERE status = '"
                                        + status
                                        + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
