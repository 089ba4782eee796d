package io.shiftleft.planner.saga.adapter.in.kafka;

import io.shiftleft.planner.saga.ResultReceived;
import io.shiftleft.planner.saga.SagaResults;
import io.shiftleft.support.outbox.TraceCarrier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Hands the command results of each poll to the saga, a plan at a time: the results of one plan
 * (one record key) are applied in one transaction. A record that is not a readable {@code
 * CommandResult} stops the batch there: the results before it are applied, and the error handler
 * sends that record alone to the dead-letter topic and delivers the rest again. When a plan's
 * results cannot be applied together, the rest of the batch is applied one result at a time in
 * record order, and the first one that fails is reported, so only it is retried and, in the end,
 * dead-lettered.
 */
@Component
class CommandResultListener {

    private static final Logger log = LoggerFactory.getLogger(CommandResultListener.class);
    private static final List<String> TRACE_HEADERS = List.of("traceparent", "tracestate");

    private final SagaResults results;
    private final TraceCarrier traces;

    CommandResultListener(SagaResults results, TraceCarrier traces) {
        this.results = results;
        this.traces = traces;
    }

    /** A result with its record and its position in the batch. */
    private record Incoming(
            int index, ConsumerRecord<String, Object> record, ResultReceived result) {}

    @KafkaListener(
            id = "planner-command-results",
            groupId = "${spring.application.name}",
            topics = "#{@topics.commandResults()}",
            batch = "true")
    void onResults(List<ConsumerRecord<String, Object>> records) {
        List<Incoming> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ResultReceived result;
            try {
                result = ResultRecords.read(records.get(i));
            } catch (RuntimeException unreadable) {
                applyByPlan(readable);
                throw new BatchListenerFailedException(
                        "Record at "
                                + ResultRecords.where(records.get(i))
                                + " is not a readable CommandResult",
                        unreadable,
                        i);
            }
            readable.add(new Incoming(i, records.get(i), result));
        }
        applyByPlan(readable);
    }

    /**
     * Applies the results, one transaction per plan, plans in the order of their first result. When
     * a plan's results fail together, that plan's and the later plans' results are applied one at a
     * time in record order, so the first that fails is reported with every record before it
     * applied.
     *
     * @throws BatchListenerFailedException naming the record that failed
     */
    private void applyByPlan(List<Incoming> batch) {
        Map<String, List<Incoming>> byPlan = new LinkedHashMap<>();
        for (Incoming in : batch) {
            byPlan.computeIfAbsent(
                            Objects.toString(in.result().planId(), ""), p -> new ArrayList<>())
                    .add(in);
        }
        List<List<Incoming>> plans = List.copyOf(byPlan.values());
        for (int p = 0; p < plans.size(); p++) {
            try {
                apply(plans.get(p));
            } catch (RuntimeException together) {
                log.warn(
                        "{} results of plan {} could not be applied together; applying the rest of"
                                + " the batch one at a time",
                        plans.get(p).size(),
                        plans.get(p).get(0).result().planId(),
                        together);
                oneAtATime(
                        plans.subList(p, plans.size()).stream()
                                .flatMap(List::stream)
                                .sorted(Comparator.comparingInt(Incoming::index))
                                .toList());
                return;
            }
        }
    }

    private void oneAtATime(List<Incoming> rest) {
        for (Incoming one : rest) {
            try {
                apply(List.of(one));
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException(
                        "Result of command "
                                + one.result().commandId()
                                + " at "
                                + ResultRecords.where(one.record())
                                + " could not be applied",
                        failed,
                        one.index());
            }
        }
    }

    /** Applies results of one plan in one transaction, in the trace of the first one. */
    private void apply(List<Incoming> plan) {
        List<ResultReceived> received = plan.stream().map(Incoming::result).toList();
        traces.within(
                traceHeaders(plan.get(0).record()),
                "apply command results",
                () -> results.apply(received));
    }

    private static Map<String, String> traceHeaders(ConsumerRecord<String, Object> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : TRACE_HEADERS) {
            Header h = record.headers().lastHeader(name);
            if (h != null && h.value() != null) {
                headers.put(name, new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
