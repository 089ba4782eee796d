package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code shift-left deploy} against a real broker and registry, with a stand-in for the planner
 * that answers each request on deployment-events the way the planner does.
 */
class DeployCommandTests {

    private static String brokers;
    private static ExecutorService responder;
    private static volatile boolean running = true;

    @BeforeAll
    static void startResponder() {
        brokers = TestKafka.bootstrapServers();
        Topics topics = Topics.withPrefix("cli-test.");
        responder = Executors.newSingleThreadExecutor();
        responder.submit(
                () -> {
                    try (KafkaConsumer<String, Object> requests =
                                    TestKafkaClients.avroConsumer(brokers);
                            KafkaProducer<String, Object> answers =
                                    TestKafkaClients.avroProducer(brokers)) {
                        requests.subscribe(List.of(topics.deployRequests()));
                        while (running) {
                            for (ConsumerRecord<String, Object> r :
                                    requests.poll(Duration.ofMillis(100))) {
                                DeployRequest request = (DeployRequest) r.value();
                                if (request.getEnvironment().equals("silent")) {
                                    continue;
                                }
                                boolean ok = !request.getTables().isEmpty();
                                answers.send(
                                        new ProducerRecord<>(
                                                topics.deploymentEvents(),
                                                request.getRequestId(),
                                                DeploymentEvent.newBuilder()
                                                        .setEventId(UUID.randomUUID())
                                                        .setOccurredAt(Instant.now())
                                                        .setRequestId(request.getRequestId())
                                                        .setEnvironment(request.getEnvironment())
                                                        .setType(
                                                                ok
                                                                        ? DeploymentEventType
                                                                                .REQUEST_ACCEPTED
                                                                        : DeploymentEventType
                                                                                .REQUEST_REJECTED)
                                                        .setDetail(ok ? null : "names no target")
                                                        .build()));
                            }
                        }
                    }
                    return null;
                });
    }

    @AfterAll
    static void stopResponder() {
        running = false;
        if (responder != null) {
            responder.shutdown();
        }
    }

    @Test
    void printsTheAcceptanceAndExitsZero() {
        CliRun.Result result = run("deploy", "-e", "dev", "-t", "fct_orders");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Sent deploy request cli-").contains("REQUEST_ACCEPTED");
    }

    @Test
    void printsTheRejectionWithItsReasonAndExitsOne() {
        CliRun.Result result = run("deploy", "-e", "dev");

        assertThat(result.code()).isEqualTo(DeployCommand.REJECTED);
        assertThat(result.out()).contains("REQUEST_REJECTED: names no target");
    }

    @Test
    void givesUpAfterTheWaitWhenNobodyAnswers() {
        CliRun.Result result = run("deploy", "-e", "silent", "-t", "x", "--wait", "3s");

        assertThat(result.code()).isEqualTo(DeployCommand.NO_ANSWER);
        assertThat(result.err()).contains("No answer").contains("PT3S");
    }

    @Test
    void readsDurationsInShortAndIsoForm() {
        var converter = new DeployCommand.DurationConverter();

        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("PT1H")).isEqualTo(Duration.ofHours(1));
    }

    private static CliRun.Result run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--kafka";
        all[args.length + 1] = brokers;
        all[args.length + 2] = "--registry";
        all[args.length + 3] = TestSchemaRegistry.get().url();
        all[args.length + 4] = "--topic-prefix";
        all[args.length + 5] = "cli-test.";
        return CliRun.run(new ShiftLeftCli(), all);
    }
}
