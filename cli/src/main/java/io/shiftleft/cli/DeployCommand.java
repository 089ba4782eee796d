package io.shiftleft.cli;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireDeserializer;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends a deploy request to the {@code deploy-requests} topic and waits for the planner's answer on
 * {@code deployment-events}. Exit code 0 when accepted, 1 when rejected, 3 when no answer came.
 */
@Command(
        name = "deploy",
        description = "Ask shift-left to deploy tables and wait for the planner's answer.")
final class DeployCommand implements Callable<Integer> {

    static final int REJECTED = 1;
    static final int NO_ANSWER = 3;

    @Option(
            names = "--kafka",
            defaultValue = "127.0.0.1:19092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(
            names = "--registry",
            defaultValue = "http://127.0.0.1:18085/apis/ccompat/v7",
            description = "Schema registry URL (default: ${DEFAULT-VALUE}).")
    String registry;

    @Option(
            names = "--topic-prefix",
            defaultValue = Topics.DEFAULT_PREFIX,
            description = "Topic prefix (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(
            names = {"-e", "--environment"},
            required = true,
            description = "Target environment.")
    String environment;

    @Option(
            names = {"-t", "--table"},
            description = "Table to deploy (repeatable).")
    List<String> tables = List.of();

    @Option(
            names = {"-p", "--product"},
            description = "Data product to deploy.")
    String product;

    @Option(names = "--force-ancestors", description = "Redeploy running ancestors too.")
    boolean forceAncestors;

    @Option(names = "--may-start-descendants", description = "Restart impacted descendants.")
    boolean mayStartDescendants;

    @Option(
            names = "--wait",
            defaultValue = "30s",
            description =
                    "How long to wait for the answer, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).",
            converter = DurationConverter.class)
    Duration wait;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Topics topics = Topics.withPrefix(prefix);
        String requestId = "cli-" + UUID.randomUUID();
        DeployRequest request =
                DeployRequest.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .setRequestId(requestId)
                        .setEnvironment(environment)
                        .setRequestedBy(System.getProperty("user.name"))
                        .setTables(tables)
                        .setProduct(product)
                        .setForceAncestors(forceAncestors)
                        .setMayStartDescendants(mayStartDescendants)
                        .build();
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<String, Object> answers = answers(topics);
                KafkaProducer<String, Object> producer = producer()) {
            producer.send(new ProducerRecord<>(topics.deployRequests(), environment, request))
                    .get();
            out.println("Sent deploy request " + requestId + " to " + topics.deployRequests());
            out.flush();
            Optional<DeploymentEvent> answer = awaitAnswer(answers, requestId);
            if (answer.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("No answer to " + requestId + " within " + wait);
                return NO_ANSWER;
            }
            DeploymentEvent event = answer.get();
            out.println(
                    event.getType() + (event.getDetail() == null ? "" : ": " + event.getDetail()));
            return event.getType() == DeploymentEventType.REQUEST_REJECTED ? REJECTED : 0;
        }
    }

    private Optional<DeploymentEvent> awaitAnswer(
            KafkaConsumer<String, Object> answers, String requestId) {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, Object> record : answers.poll(Duration.ofMillis(200))) {
                if (requestId.equals(record.key())
                        && record.value() instanceof DeploymentEvent event) {
                    return Optional.of(event);
                }
            }
        }
        return Optional.empty();
    }

    private KafkaProducer<String, Object> producer() {
        AvroWireSerializer values = new AvroWireSerializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                values);
    }

    /** Subscribed and positioned at the end before the request is sent, so no answer is missed. */
    private KafkaConsumer<String, Object> answers(Topics topics) {
        AvroWireDeserializer values = new AvroWireDeserializer();
        values.configure(
                Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                        registry,
                        AvroSerdeConfig.SPECIFIC_AVRO_READER,
                        "true"),
                false);
        KafkaConsumer<String, Object> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "shift-left-cli-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "latest",
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                "false"),
                        new StringDeserializer(),
                        values);
        consumer.subscribe(List.of(topics.deploymentEvents()));
        Instant deadline = Instant.now().plus(wait);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(100));
        }
        // Resolve the end offsets now, before the request goes out.
        consumer.assignment().forEach(consumer::position);
        return consumer;
    }

    /** Parses {@code 30s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.parse(value);
        }
    }
}
