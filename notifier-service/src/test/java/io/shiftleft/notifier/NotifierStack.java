package io.shiftleft.notifier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.shiftleft.notifier.testing.MutableClock;
import io.shiftleft.notifier.testing.NotifierApi;
import io.shiftleft.notifier.testing.TestEvents;
import io.shiftleft.notifier.testing.WebhookReceiver;
import io.shiftleft.support.testing.ServiceContractTests;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notifier on real parts, shared by its service test classes (one application context for all
 * of them): the embedded Kafka broker, the schema registry, PostgreSQL, a GreenMail SMTP server, a
 * real webhook receiver per class, and a clock the tests move.
 */
@Import(NotifierStack.Parts.class)
abstract class NotifierStack extends ServiceContractTests {

    /** The AES-256 key of the tests (not a secret: it seals test data only). */
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    static final MutableClock CLOCK =
            new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
        TestEvents.clock = CLOCK;
    }

    /** The clock bean the notifier uses. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Parts {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void notifierSettings(DynamicPropertyRegistry registry) {
        registry.add("notifier.secrets.key", () -> KEY);
        registry.add("notifier.targets.allowed-networks", () -> "127.0.0.0/8");
        registry.add("notifier.delivery.poll-interval", () -> "50ms");
        registry.add("notifier.delivery.connect-timeout", () -> "1s");
        registry.add("notifier.delivery.timeout", () -> "3s");
        registry.add("notifier.delivery.lease", () -> "10s");
        registry.add("notifier.alerts.poll-interval", () -> "50ms");
        registry.add("notifier.email.from", () -> "notifier@shiftleft.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    static WebhookReceiver receiver;

    @Autowired JdbcTemplate jdbc;

    NotifierApi api;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private final java.util.List<String> created = new java.util.ArrayList<>();

    @BeforeEach
    void client() {
        api = new NotifierApi("http://127.0.0.1:" + port);
    }

    /** Deletes the subscriptions the test made, so their retries do not outlive it. */
    @org.junit.jupiter.api.AfterEach
    void deleteSubscriptions() {
        created.forEach(id -> api.delete("/api/v1/subscriptions/" + id));
        created.clear();
    }

    /** Creates a subscription (deleted after the test); answers the 201 body. */
    tools.jackson.databind.JsonNode subscribe(String json) {
        tools.jackson.databind.JsonNode body = api.subscribe(json);
        created.add(body.get("id").asString());
        return body;
    }

    /** A webhook subscription to a path of the receiver for one environment. */
    tools.jackson.databind.JsonNode webhook(String path, String environment) {
        return subscribe(
                "{\"url\": \""
                        + receiver.url(path)
                        + "\", \"channel\": \"webhook\", \"environments\": [\""
                        + environment
                        + "\"]}");
    }

    /** The deliveries of a subscription, newest first. */
    tools.jackson.databind.JsonNode deliveries(String subscriptionId) {
        return api.get("/api/v1/deliveries?subscription_id=" + subscriptionId)
                .json()
                .get("deliveries");
    }

    /** One delivery with its attempts. */
    tools.jackson.databind.JsonNode delivery(String id) {
        return api.get("/api/v1/deliveries/" + id).json();
    }

    /** Publishes records as the monitor and planner do. */
    static void publish(String topic, String key, Object... values) throws Exception {
        try (KafkaProducer<String, Object> producer = TestKafkaClients.avroProducer(brokers)) {
            for (Object v : values) {
                producer.send(new ProducerRecord<>(topic, key, v)).get();
            }
        }
    }
}
