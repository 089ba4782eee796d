package io.shiftleft.planner;

import static io.shiftleft.support.testing.TestKafkaClients.pollUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.planner.testing.FakeDeployer;
import io.shiftleft.planner.testing.PlannerTestSupport;
import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.CommandOutcome;
import io.shiftleft.schemas.avro.CommandResult;
import io.shiftleft.schemas.avro.DeploymentCommand;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.StatementPhase;
import io.shiftleft.schemas.avro.StatementStatus;
import io.shiftleft.schemas.serde.AvroSerdeConfig;
import io.shiftleft.schemas.serde.AvroWireSerializer;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.DeadLetterPolicy;
import io.shiftleft.support.testing.TestKafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The planner reads command results in batches: the results of one plan that arrive in one poll are
 * applied in one transaction (rows written by one transaction share their {@code xmin}). To put
 * several results in one poll, the tests pause the listener while the results are published.
 */
class CommandResultBatchTests extends PlannerTestSupport {

    private static final String FACT = "orders_fct_order_details";

    @Autowired KafkaListenerEndpointRegistry listeners;

    @AfterEach
    void resumeTheListener() {
        results().resume();
    }

    @Test
    void appliesTheResultsOfAPlanInOnePollInOneTransactionAndStartsTheNextStepsOnce() {
        awaitNoRunningPlan();
        String requestId = newRequestId();
        AtomicInteger received = new AtomicInteger();
        deployer.hold(c -> c.getRequestId().equals(requestId) && received.incrementAndGet() > 4);
        pauseResults();
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"%s\"]}"
                                .formatted(requestId, FACT));
        eventually(
                () ->
                        deployer.commands(planId).size() == 4
                                && deployer.commands(planId).stream()
                                        .allMatch(
                                                r ->
                                                        deployer.answeredAt(
                                                                        r.command().getCommandId())
                                                                != null),
                "the fake deployer to answer the first four commands");

        results().resume();
        eventually(() -> answered(planId).size() == 4, "the four results to be applied");
        int running = settled(() -> deployer.held(planId).size(), Duration.ofMillis(500));

        List<Map<String, Object>> answered = answered(planId);
        assertThat(answered)
                .extracting(r -> r.get("xmin"))
                .containsOnly(answered.get(0).get("xmin"));
        assertThat(answered)
                .extracting(r -> r.get("answered_at"))
                .hasSize(4)
                .containsOnly(answered.get(0).get("answered_at"));
        Object batch = answered.get(0).get("xmin");
        List<Map<String, Object>> sentByTheBatch =
                jdbc.sql(
                                "select command_id from planner.command_emission where plan_id = ?"
                                        + " and outcome is null and xmin::text = ?")
                        .params(planId, batch)
                        .query()
                        .listOfRows();
        assertThat(sentByTheBatch).as("commands sent by the batch's transaction").hasSize(running);
        assertThat(running).as("the limit is filled again").isEqualTo(4);

        Map<Integer, Map<String, Object>> steps = steps(planId);
        List<Map<String, Object>> runningSteps =
                steps.values().stream().filter(s -> "RUNNING".equals(s.get("state"))).toList();
        assertThat(runningSteps).hasSize(4);
        for (Map<String, Object> step : runningSteps) {
            assertThat(prerequisites(step, steps))
                    .as("prerequisites of step %s", step.get("table_name"))
                    .allMatch(p -> p.equals("SUCCEEDED") || p.equals("SKIPPED"));
        }
        int lastStarted =
                runningSteps.stream().mapToInt(CommandResultBatchTests::rank).max().orElseThrow();
        assertThat(steps.values())
                .filteredOn(s -> "READY".equals(s.get("state")))
                .as("steps left ready rank after the steps started")
                .allMatch(s -> rank(s) > lastStarted);

        deployer.releaseEverything();
        events.await(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
    }

    @Test
    void appliesNothingTwiceWhenResultsComeAgainInOneBatch() {
        awaitNoRunningPlan();
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"%s\"]}"
                                .formatted(requestId, FACT));
        eventually(() -> deployer.held(planId).size() == 4, "four commands in flight");
        List<FakeDeployer.Received> first = deployer.held(planId);
        deployer.release(first.get(0), CommandOutcome.SUCCEEDED);
        deployer.release(first.get(1), CommandOutcome.SUCCEEDED);
        eventually(() -> answered(planId).size() == 2, "two results applied");
        Map<String, Object> appliedBefore = xminByCommand(planId);

        pauseResults();
        deployer.resendAnswers(planId);
        deployer.release(first.get(2), CommandOutcome.SUCCEEDED);
        deployer.resendAnswers(planId);
        results().resume();
        awaitConsumed(TOPICS.commandResults());

        List<Map<String, Object>> answered = answered(planId);
        assertThat(answered).hasSize(3);
        Map<String, Object> appliedAfter = xminByCommand(planId);
        for (int i = 0; i < 2; i++) {
            String id = first.get(i).command().getCommandId();
            assertThat(appliedAfter.get(id))
                    .as("row of an old result")
                    .isEqualTo(appliedBefore.get(id));
        }
        assertThat(appliedAfter.get(first.get(2).command().getCommandId()))
                .as("the new result is recorded")
                .isNotNull();

        deployer.releaseEverything();
        eventually(
                () -> {
                    deployer.releaseAll(planId);
                    return events.typesOf(planId)
                            .contains(DeploymentEventType.DEPLOYMENT_SUCCEEDED);
                },
                "the plan to succeed");
        assertThat(deployer.commands(planId))
                .extracting(r -> r.command().getCommandId())
                .doesNotHaveDuplicates();
        assertThat(events.ofPlan(planId))
                .filteredOn(e -> e.getType() == DeploymentEventType.STEP_SUCCEEDED)
                .extracting(e -> e.getTableName())
                .hasSize(13)
                .doesNotHaveDuplicates();
    }

    @Test
    void sendsBadRecordsOfABatchToTheDeadLetterTopicAndAppliesTheOthers() throws Exception {
        awaitNoRunningPlan();
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"%s\"]}"
                                .formatted(requestId, FACT));
        eventually(() -> deployer.held(planId).size() == 4, "four commands in flight");
        List<FakeDeployer.Received> held = deployer.held(planId);
        byte[] notAvro = "{\"commandId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] wrongType = statementStatusInTheWireFormat();

        pauseResults();
        deployer.release(held.get(0), CommandOutcome.SUCCEEDED);
        deployer.release(held.get(1), CommandOutcome.SUCCEEDED);
        try (KafkaProducer<String, byte[]> raw = TestKafkaClients.rawProducer(brokers)) {
            raw.send(new ProducerRecord<>(TOPICS.commandResults(), planId, notAvro)).get();
        }
        deployer.release(held.get(2), CommandOutcome.SUCCEEDED);
        deployer.release(held.get(3), CommandOutcome.SUCCEEDED);
        try (KafkaProducer<String, byte[]> raw = TestKafkaClients.rawProducer(brokers)) {
            raw.send(new ProducerRecord<>(TOPICS.commandResults(), planId, wrongType)).get();
        }
        results().resume();

        eventually(() -> answered(planId).size() == 4, "the four results to be applied");
        Map<String, Object> xmin = xminByCommand(planId);
        assertThat(xmin.get(id(held, 0)))
                .as("before the bad record")
                .isEqualTo(xmin.get(id(held, 1)));
        assertThat(xmin.get(id(held, 2))).as("after it").isEqualTo(xmin.get(id(held, 3)));
        assertThat(xmin.get(id(held, 0))).isNotEqualTo(xmin.get(id(held, 2)));

        try (KafkaConsumer<String, byte[]> dlq = TestKafkaClients.rawConsumer(brokers)) {
            dlq.subscribe(List.of(Topics.deadLetterOf(TOPICS.commandResults())));
            AtomicInteger dead = new AtomicInteger();
            List<ConsumerRecord<String, byte[]>> letters =
                    pollUntil(dlq, r -> planId.equals(r.key()) && dead.incrementAndGet() == 2, WAIT)
                            .stream()
                            .filter(r -> planId.equals(r.key()))
                            .toList();
            assertThat(letters.get(0).value()).isEqualTo(notAvro);
            assertThat(header(letters.get(0))).contains("magic byte");
            assertThat(header(letters.get(1)))
                    .contains(TOPICS.commandResults())
                    .contains(StatementStatus.class.getName())
                    .contains("expected io.shiftleft.schemas.avro.CommandResult");
        }

        deployer.releaseEverything();
        eventually(
                () -> {
                    deployer.releaseAll(planId);
                    return events.typesOf(planId)
                            .contains(DeploymentEventType.DEPLOYMENT_SUCCEEDED);
                },
                "the plan to succeed");
    }

    @Test
    void deadLettersTheResultsOfAPlanThatCannotBeAppliedAndAppliesTheOthers() throws Exception {
        awaitNoRunningPlan();
        String broken = newRequestId();
        String healthy = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(broken) || c.getRequestId().equals(healthy));
        String brokenPlan =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"raw_addresses\"]}"
                                .formatted(broken));
        String healthyPlan =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"raw_customers\"]}"
                                .formatted(healthy));
        eventually(
                () ->
                        deployer.held(brokenPlan).size() == 1
                                && deployer.held(healthyPlan).size() == 1,
                "one command of each plan in flight");
        FakeDeployer.Received brokenCommand = deployer.held(brokenPlan).get(0);
        FakeDeployer.Received healthyCommand = deployer.held(healthyPlan).get(0);
        // A state no planner writes: loading the plan fails whatever its results say.
        String step = "select step_index from planner.plan_step where plan_id = ? and state = ?";
        int stepIndex = jdbc.sql(step).params(brokenPlan, "RUNNING").query(Integer.class).single();
        setState(brokenPlan, stepIndex, "NOT_A_STATE");
        try {
            pauseResults();
            deployer.release(brokenCommand, CommandOutcome.SUCCEEDED);
            deployer.release(healthyCommand, CommandOutcome.SUCCEEDED);
            results().resume();

            events.await(healthyPlan, DeploymentEventType.DEPLOYMENT_SUCCEEDED, WAIT);
            try (KafkaConsumer<String, byte[]> dlq = TestKafkaClients.rawConsumer(brokers)) {
                dlq.subscribe(List.of(Topics.deadLetterOf(TOPICS.commandResults())));
                List<ConsumerRecord<String, byte[]>> read =
                        pollUntil(dlq, r -> brokenPlan.equals(r.key()), WAIT);
                assertThat(header(read.get(read.size() - 1))).contains("NOT_A_STATE");
            }
            assertThat(answered(brokenPlan)).isEmpty();
        } finally {
            setState(brokenPlan, stepIndex, "RUNNING");
            post("/api/v1/plans/" + brokenPlan + "/cancel?by=test", "");
        }
    }

    @Test
    void continuesTheTraceOfAResultInTheEventsItCauses() throws Exception {
        awaitNoRunningPlan();
        String requestId = newRequestId();
        deployer.hold(c -> c.getRequestId().equals(requestId));
        String planId =
                deploy(
                        "{\"requestId\":\"%s\",\"environment\":\"dev\",\"tables\":[\"raw_addresses\"]}"
                                .formatted(requestId));
        eventually(() -> deployer.held(planId).size() == 1, "the command in flight");
        DeploymentCommand command = deployer.held(planId).get(0).command();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ProducerRecord<String, Object> result =
                new ProducerRecord<>(
                        TOPICS.commandResults(),
                        planId,
                        CommandResult.newBuilder()
                                .setEventId(UUID.randomUUID())
                                .setOccurredAt(now)
                                .setRequestId(requestId)
                                .setPlanId(planId)
                                .setCommandId(command.getCommandId())
                                .setStepId(command.getStepId())
                                .setEnvironment("dev")
                                .setStatementName(command.getStatementName())
                                .setOutcome(CommandOutcome.SUCCEEDED)
                                .setPhase(StatementPhase.COMPLETED)
                                .setStartedAt(now)
                                .setFinishedAt(now)
                                .build());
        result.headers()
                .add(
                        "traceparent",
                        ("00-" + traceId + "-b7ad6b7169203331-01")
                                .getBytes(StandardCharsets.UTF_8));

        producer.send(result).get();

        ConsumerRecord<String, Object> succeeded =
                events.await(
                        r ->
                                planId.equals(r.key())
                                        && ((DeploymentEvent) r.value()).getType()
                                                == DeploymentEventType.DEPLOYMENT_SUCCEEDED,
                        WAIT);
        assertThat(
                        new String(
                                succeeded.headers().lastHeader("traceparent").value(),
                                StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-")
                .doesNotContain("b7ad6b7169203331");
        deployer.releaseEverything();
    }

    private void setState(String planId, int stepIndex, String state) {
        jdbc.sql("update planner.plan_step set state = ? where plan_id = ? and step_index = ?")
                .params(state, planId, stepIndex)
                .update();
    }

    /** A valid record of another type: a StatementStatus, with its id in the registry. */
    private static byte[] statementStatusInTheWireFormat() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StatementStatus status =
                StatementStatus.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(now)
                        .setEnvironment("dev")
                        .setStatementName("not-a-result")
                        .setPhase(StatementPhase.RUNNING)
                        .setObservedAt(now)
                        .build();
        try (AvroWireSerializer serializer = new AvroWireSerializer()) {
            serializer.configure(
                    Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestSchemaRegistry.get().url()),
                    false);
            return serializer.serialize(TOPICS.statementStatus(), status);
        }
    }

    private MessageListenerContainer results() {
        return listeners.getListenerContainer("planner-command-results");
    }

    /**
     * Pauses the result listener. A fetch the consumer sent before it paused can still bring
     * records within {@code fetch.max.wait.ms} (500 ms), which the next poll after the resume would
     * return alone; waiting that long first lets such a fetch come back empty.
     */
    private void pauseResults() {
        results().pause();
        eventually(() -> results().isContainerPaused(), "the result listener to pause");
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The plan's answered commands, with the transaction that recorded each. */
    private List<Map<String, Object>> answered(String planId) {
        return jdbc.sql(
                        "select command_id, answered_at, xmin::text as xmin from"
                                + " planner.command_emission where plan_id = ? and outcome is not"
                                + " null")
                .param(planId)
                .query()
                .listOfRows();
    }

    private Map<String, Object> xminByCommand(String planId) {
        return answered(planId).stream()
                .collect(Collectors.toMap(r -> (String) r.get("command_id"), r -> r.get("xmin")));
    }

    private Map<Integer, Map<String, Object>> steps(String planId) {
        return jdbc
                .sql(
                        "select step_index, table_name, wave, depends_on, state from"
                                + " planner.plan_step where plan_id = ?")
                .param(planId)
                .query()
                .listOfRows()
                .stream()
                .collect(Collectors.toMap(s -> (Integer) s.get("step_index"), s -> s));
    }

    private static List<String> prerequisites(
            Map<String, Object> step, Map<Integer, Map<String, Object>> steps) {
        String dependsOn = (String) step.get("depends_on");
        return dependsOn.isEmpty()
                ? List.of()
                : Arrays.stream(dependsOn.split(","))
                        .map(i -> (String) steps.get(Integer.valueOf(i)).get("state"))
                        .toList();
    }

    /** The order in which ready steps start: by wave, then plan order. */
    private static int rank(Map<String, Object> step) {
        return (Integer) step.get("wave") * 100_000 + (Integer) step.get("step_index");
    }

    private static String id(List<FakeDeployer.Received> held, int i) {
        return held.get(i).command().getCommandId();
    }

    private static String header(ConsumerRecord<String, byte[]> letter) {
        return new String(
                letter.headers().lastHeader(DeadLetterPolicy.ERROR_HEADER).value(),
                StandardCharsets.UTF_8);
    }
}
