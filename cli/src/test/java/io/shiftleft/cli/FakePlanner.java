package io.shiftleft.cli;

import io.shiftleft.schemas.Topics;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.avro.DeploymentEvent;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.StepAction;
import io.shiftleft.schemas.avro.UndeployRequest;
import io.shiftleft.support.testing.TestKafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A stand-in for the planner on a real broker: answers every request (rejects one without scope,
 * ignores environment {@code silent}), and for an accepted one plays a plan's events keyed by plan
 * id: two steps that succeed, a DML that fails ({@link #FAILS}), or a plan that never ends ({@link
 * #NEVER_ENDS}).
 */
final class FakePlanner implements AutoCloseable {

    static final String SUCCEEDS = "fct_orders";
    static final String FAILS = "broken";
    static final String NEVER_ENDS = "slow";
    static final String EARLY = "early";

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private volatile boolean running = true;
    private volatile SpecificRecord last;

    private FakePlanner() {}

    static FakePlanner start(String brokers, String prefix) {
        FakePlanner planner = new FakePlanner();
        planner.thread.submit(() -> planner.serve(brokers, Topics.withPrefix(prefix)));
        return planner;
    }

    /** The last request read. */
    SpecificRecord lastRequest() {
        return last;
    }

    private Void serve(String brokers, Topics topics) {
        try (KafkaConsumer<String, Object> requests = TestKafkaClients.avroConsumer(brokers);
                KafkaProducer<String, Object> events = TestKafkaClients.avroProducer(brokers)) {
            requests.subscribe(List.of(topics.deployRequests()));
            while (running) {
                for (ConsumerRecord<String, Object> r : requests.poll(Duration.ofMillis(100))) {
                    last = (SpecificRecord) r.value();
                    answer(last, events, topics.deploymentEvents());
                }
            }
        }
        return null;
    }

    private static void answer(
            SpecificRecord request, KafkaProducer<String, Object> events, String topic) {
        String requestId;
        String environment;
        List<String> tables;
        boolean scoped;
        if (request instanceof DeployRequest d) {
            requestId = d.getRequestId();
            environment = d.getEnvironment();
            tables = d.getTables();
            scoped = !tables.isEmpty() || d.getProduct() != null || d.getDirectory() != null;
        } else {
            UndeployRequest u = (UndeployRequest) request;
            requestId = u.getRequestId();
            environment = u.getEnvironment();
            tables = u.getTables();
            scoped = !tables.isEmpty() || u.getProduct() != null;
        }
        if (environment.equals("silent")) {
            return;
        }
        String planId = "plan-" + UUID.randomUUID();
        Play play = new Play(events, topic, requestId, environment, planId);
        if (!scoped) {
            play.send(
                    requestId, DeploymentEventType.REQUEST_REJECTED, null, null, "names no target");
            return;
        }
        String target = tables.isEmpty() ? "src_orders" : tables.get(0);
        if (target.equals(EARLY)) { // a plan with nothing to do ends before the answer is read
            play.created(List.of());
            play.send(planId, DeploymentEventType.DEPLOYMENT_STARTED, null, null, "started");
            play.send(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, null, null, null);
            play.send(requestId, DeploymentEventType.REQUEST_ACCEPTED, null, null, null);
            return;
        }
        play.send(requestId, DeploymentEventType.REQUEST_ACCEPTED, null, null, null);
        play.created(List.of("src_orders", target, "after_" + target));
        play.send(planId, DeploymentEventType.DEPLOYMENT_STARTED, null, null, "started");
        play.step(DeploymentEventType.STEP_STARTED, "src_orders", null);
        play.step(DeploymentEventType.STEP_SUCCEEDED, "src_orders", null);
        if (target.equals(NEVER_ENDS)) {
            return;
        }
        play.step(DeploymentEventType.STEP_STARTED, target, null);
        if (target.equals(FAILS)) {
            String why = "RUN_DML FAILED: Statement dev-dml-broken FAILED: Object 'x' not found";
            play.step(DeploymentEventType.STEP_FAILED, target, why);
            play.send(
                    planId,
                    DeploymentEventType.DEPLOYMENT_FAILED,
                    null,
                    null,
                    "failed: " + target + "; not started: 1");
            return;
        }
        play.step(DeploymentEventType.STEP_SUCCEEDED, target, null);
        play.step(DeploymentEventType.STEP_STARTED, "after_" + target, null);
        play.step(DeploymentEventType.STEP_SUCCEEDED, "after_" + target, null);
        play.send(planId, DeploymentEventType.DEPLOYMENT_SUCCEEDED, null, null, null);
    }

    /** The events of one plan. */
    private record Play(
            KafkaProducer<String, Object> events,
            String topic,
            String requestId,
            String environment,
            String planId) {

        void created(List<String> tables) {
            events.send(
                    new ProducerRecord<>(
                            topic,
                            planId,
                            base(DeploymentEventType.PLAN_CREATED, "3 tables")
                                    .setTables(tables)
                                    .build()));
        }

        void step(DeploymentEventType type, String table, String detail) {
            send(planId, type, table, StepAction.RUN_DML, detail);
        }

        void send(
                String key,
                DeploymentEventType type,
                String table,
                StepAction action,
                String detail) {
            events.send(
                    new ProducerRecord<>(
                            topic,
                            key,
                            base(type, detail).setTableName(table).setAction(action).build()));
        }

        private DeploymentEvent.Builder base(DeploymentEventType type, String detail) {
            return DeploymentEvent.newBuilder()
                    .setEventId(UUID.randomUUID())
                    .setOccurredAt(Instant.now())
                    .setRequestId(requestId)
                    .setPlanId(planId)
                    .setEnvironment(environment)
                    .setType(type)
                    .setDetail(detail);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.shutdown();
    }
}
