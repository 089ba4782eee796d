package io.shiftleft.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notifier of the test stack (which allows loopback targets) with a webhook receiver in this
 * JVM: a subscription made through the API receives signed deliveries that verify with its secret,
 * for a request planned by the stack; a notifier killed with SIGKILL in the middle of a burst
 * delivers every event of it once restarted; private-network targets are refused.
 */
class NotifierIT {

    private static final String NOTIFIER =
            System.getProperty("shiftleft.it.notifier", "http://127.0.0.1:18093");

    /** One request the receiver got. */
    record Received(String id, String timestamp, String signature, String body) {}

    private static HttpServer receiver;
    private static final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private static StackClient stack;

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext(
                "/hook",
                exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    received.add(
                            new Received(
                                    exchange.getRequestHeaders().getFirst("webhook-id"),
                                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                                    new String(body, StandardCharsets.UTF_8)));
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        receiver.start();
        stack = new StackClient();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aSubscriptionReceivesSignedWebhooksThatVerifyWithItsSecret() throws Exception {
        JsonNode subscription = subscribe("e2e", List.of());
        String secret = subscription.path("secret").asText();
        assertThat(secret).startsWith("whsec_");

        String requestId =
                stack.send(StackClient.request("e2e", "raw_e2e_events").setDryRun(true).build());
        assertThat(stack.answer(requestId).getType().name()).isEqualTo("REQUEST_ACCEPTED");
        Received delivery =
                awaitDelivery(r -> r.body().contains(requestId), Duration.ofSeconds(60));

        assertThat(delivery.id()).startsWith("msg_");
        assertThat(verifies(delivery, secret)).as("signature of " + delivery).isTrue();
        assertThat(verifies(delivery, "whsec_" + base64("another secret"))).isFalse();
        JsonNode payload = StackClient.JSON.readTree(delivery.body());
        assertThat(payload.path("type").asText()).startsWith("deployment.");
        assertThat(payload.path("data").path("environment").asText()).isEqualTo("e2e");
    }

    @Test
    void aNotifierKilledInTheMiddleOfABurstDeliversEveryEventOnceRestarted() throws Exception {
        String environment = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = subscribe(environment, List.of()).path("secret").asText();
        int burst = 3000;
        Set<String> planIds = ConcurrentHashMap.newKeySet();
        try (KafkaProducer<String, Object> producer = producer()) {
            for (int i = 0; i < burst; i++) {
                String planId = environment + "-plan-" + i;
                planIds.add(planId);
                producer.send(
                        new ProducerRecord<>(
                                StackClient.TOPICS.deploymentEvents(),
                                planId,
                                planCreated(environment, planId)));
            }
            producer.flush();
        }
        awaitDelivery(r -> r.body().contains(environment), Duration.ofSeconds(60));

        assertThat(StackClient.launcher("local", "kill", "notifier")).isZero();
        int beforeRestart = planIdsDelivered(environment).size();
        assertThat(beforeRestart).as("killed in the middle of the burst").isLessThan(burst);
        assertThat(StackClient.launcher("local", "start", "notifier")).isZero();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (planIdsDelivered(environment).size() < burst && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        System.out.printf(
                "Burst of %d: %d delivered before the kill, %d requests in all%n",
                burst, beforeRestart, deliveriesOf(environment).size());
        assertThat(planIdsDelivered(environment)).containsExactlyInAnyOrderElementsOf(planIds);
        for (Received r : deliveriesOf(environment)) {
            assertThat(verifies(r, secret)).as(r.id()).isTrue();
        }
        Map<String, String> idPerPlan = new ConcurrentHashMap<>();
        for (Received r : deliveriesOf(environment)) {
            String planId =
                    StackClient.JSON.readTree(r.body()).path("data").path("plan_id").asText();
            assertThat(idPerPlan.putIfAbsent(planId, r.id()))
                    .as("a repeated delivery keeps its webhook-id")
                    .isIn(null, r.id());
        }
    }

    @Test
    void privateNetworkTargetsAreRefusedWithTheFieldAndTheAddress() throws Exception {
        for (String url :
                List.of(
                        "https://10.1.2.3/hook",
                        "https://192.168.0.10/hook",
                        "http://169.254.169.254/latest/meta-data",
                        "https://[fd00::1]/hook")) {
            HttpResponse<String> r =
                    stack.postJson(
                            NOTIFIER + "/api/v1/subscriptions",
                            "{\"url\": \"" + url + "\", \"channel\": \"webhook\"}");
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("url");
        }
    }

    private static JsonNode subscribe(String environment, List<String> eventTypes)
            throws Exception {
        String body =
                StackClient.JSON
                        .createObjectNode()
                        .put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
                        .put("channel", "webhook")
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                                "environments", StackClient.JSON.createArrayNode().add(environment))
                        .set("event_types", StackClient.JSON.valueToTree(eventTypes))
                        .toString();
        HttpResponse<String> r = stack.postJson(NOTIFIER + "/api/v1/subscriptions", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return StackClient.JSON.readTree(r.body());
    }

    private static Received awaitDelivery(
            java.util.function.Predicate<Received> match, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Received r : received) {
                if (match.test(r)) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No matching delivery within " + timeout + "; got " + received);
    }

    private static List<Received> deliveriesOf(String environment) {
        return received.stream().filter(r -> r.body().contains(environment)).toList();
    }

    private static Set<String> planIdsDelivered(String environment) throws IOException {
        Set<String> ids = new HashSet<>();
        for (Received r : deliveriesOf(environment)) {
            ids.add(StackClient.JSON.readTree(r.body()).path("data").path("plan_id").asText());
        }
        return ids;
    }

    /** Standard Webhooks v1: HMAC-SHA256 over "id.timestamp.body" with the secret's bytes. */
    private static boolean verifies(Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec(
                        Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
        byte[] expected =
                mac.doFinal(
                        (r.id() + "." + r.timestamp() + "." + r.body())
                                .getBytes(StandardCharsets.UTF_8));
        for (String signature : r.signature().split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(
                            expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DeploymentEvent planCreated(String environment, String planId) {
        return DeploymentEvent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRequestId("req-" + planId)
                .setPlanId(planId)
                .setEnvironment(environment)
                .setType(DeploymentEventType.PLAN_CREATED)
                .setDetail("burst of the end-to-end test")
                .build();
    }

    private static KafkaProducer<String, Object> producer() {
        AvroWireSerializer values = new AvroWireSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, StackClient.REGISTRY), false);
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        StackClient.KAFKA,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                values);
    }
}
