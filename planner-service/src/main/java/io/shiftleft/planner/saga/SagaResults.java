package io.shiftleft.planner.saga;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies command results to their plans. All the results given in one call are applied in one
 * transaction: per plan, the plan is locked and its steps loaded once, every result is recorded and
 * applied in the order given, the plan advances once (one decision about what starts next), and the
 * commands and events this causes go to the outbox together. Results are deduplicated by command
 * id, against the stored results and within the call; unknown, repeated and late results are logged
 * and ignored.
 */
@Service
public class SagaResults {

    private static final Logger log = LoggerFactory.getLogger(SagaResults.class);

    private final SagaStore store;
    private final EffectSender effects;
    private final Clock clock;

    SagaResults(SagaStore store, EffectSender effects, Clock clock) {
        this.store = store;
        this.effects = effects;
        this.clock = clock;
    }

    /**
     * Applies results in one transaction. The plans they belong to are locked in the order of their
     * ids, so two such transactions never wait for each other in a cycle.
     *
     * @return how many results changed a step (the others were unknown, repeated or late)
     */
    @Transactional
    public int apply(List<ResultReceived> results) {
        if (results.isEmpty()) {
            return 0;
        }
        Map<String, Emission> known = store.emissions(commandIds(results));
        Map<String, List<ResultReceived>> byPlan = new TreeMap<>();
        for (ResultReceived result : results) {
            Emission sent = known.get(result.commandId());
            if (sent == null) {
                log.warn(
                        "Result {} for command {} of plan {}: no such command was sent; ignored",
                        result.outcome(),
                        result.commandId(),
                        result.planId());
            } else {
                byPlan.computeIfAbsent(sent.planId(), p -> new ArrayList<>()).add(result);
            }
        }
        int applied = 0;
        for (Map.Entry<String, List<ResultReceived>> plan : byPlan.entrySet()) {
            applied += applyToPlan(plan.getKey(), plan.getValue());
        }
        return applied;
    }

    private int applyToPlan(String planId, List<ResultReceived> results) {
        SagaPlan plan =
                store.lock(planId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "command_emission names plan "
                                                        + planId
                                                        + ", which is not stored"));
        // Read again under the plan's lock: a result may have been recorded meanwhile.
        Map<String, Emission> sent = store.emissions(commandIds(results));
        Instant now = clock.instant();
        List<ResultReceived> recorded = new ArrayList<>();
        Set<String> answeredNow = new HashSet<>();
        int applied = 0;
        for (ResultReceived result : results) {
            Emission emission = sent.get(result.commandId());
            if (emission.answered() || !answeredNow.add(emission.commandId())) {
                log.info(
                        "Result {} for command {} of plan {}: already answered {}; ignored",
                        result.outcome(),
                        emission.commandId(),
                        planId,
                        emission.answered() ? emission.outcome() : "earlier in this batch");
                continue;
            }
            recorded.add(result);
            SagaStep step = plan.step(emission.stepIndex());
            if (plan.answered(step, emission, result, now)) {
                applied++;
            } else {
                log.info(
                        "Result {} for command {} of plan {} step {}: the step is {} now; ignored",
                        result.outcome(),
                        emission.commandId(),
                        planId,
                        step.tableName(),
                        step.state());
            }
        }
        if (recorded.isEmpty()) {
            return 0;
        }
        store.answered(recorded, now);
        if (applied > 0) {
            plan.advance(now);
        }
        effects.send(plan, now);
        store.update(plan, now);
        return applied;
    }

    private static List<String> commandIds(List<ResultReceived> results) {
        return results.stream().map(ResultReceived::commandId).distinct().toList();
    }
}
