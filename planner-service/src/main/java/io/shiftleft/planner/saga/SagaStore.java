package io.shiftleft.planner.saga;

import io.shiftleft.planner.plan.PlanDraft;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where plans, their steps and commands, and every command sent with its result are kept. */
public interface SagaStore {

    /** Stores a new plan: its state, and the steps and commands of the draft it came from. */
    void create(SagaPlan plan, PlanDraft draft);

    /** The plan with its steps, locked until the transaction ends, if it exists. */
    Optional<SagaPlan> lock(String planId);

    /** Writes the plan's status and the steps that changed. */
    void update(SagaPlan plan, Instant now);

    /** A stored command. */
    SagaCommand command(String planId, int stepIndex, int commandIndex);

    /** Records a command as sent. */
    void emitted(Emission emission);

    /** The command sent with this id, if any. */
    Optional<Emission> emission(String commandId);

    /** Records the result of a sent command. */
    void answered(String commandId, ResultReceived result, Instant now);

    /** Commands sent whose result is overdue at {@code now}, oldest first. */
    List<Emission> overdue(Instant now, int limit);

    /** Ids of the plans in a status. */
    List<String> plansIn(PlanStatus status);
}
