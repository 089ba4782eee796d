package io.shiftleft.planner.saga;

import io.shiftleft.planner.plan.PlanDraft;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where plans, their steps and commands, and every command sent with its result are kept. */
public interface SagaStore {

    /** Stores a new plan: its state, and the steps and commands of the draft it came from. */
    void create(SagaPlan plan, PlanDraft draft);

    /** The plan with its steps, locked until the transaction ends, if it exists. */
    Optional<SagaPlan> lock(String planId);

    /** Writes the plan's status and the steps that changed. */
    void update(SagaPlan plan, Instant now);

    /** The command each of these steps of a plan sends next (its {@code nextCommand}). */
    List<SagaCommand> nextCommands(String planId, Collection<SagaStep> steps);

    /** Records commands as sent. */
    void emitted(List<Emission> emissions);

    /** The commands sent with these ids, by id; ids never sent are missing. */
    Map<String, Emission> emissions(Collection<String> commandIds);

    /** Records the results of sent commands (each names its command). */
    void answered(List<ResultReceived> results, Instant now);

    /** Commands sent whose result is overdue at {@code now}, oldest first. */
    List<Emission> overdue(Instant now, int limit);

    /** Ids of the plans in a status. */
    List<String> plansIn(PlanStatus status);
}
