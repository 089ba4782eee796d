package io.shiftleft.planner.saga;

import io.shiftleft.planner.plan.CommandAction;
import io.shiftleft.planner.plan.StepKind;
import java.time.Instant;
import java.util.List;

/** A stored plan step: fixed facts and its changing state. */
public final class SagaStep {

    private final int index;
    private final String tableName;
    private final String productName;
    private final StepKind kind;
    private final int wave;
    private final List<Integer> dependsOn;
    private final List<CommandAction> actions;
    private StepState state;
    private int nextCommand;
    private int attempt;
    private String detail;
    private Instant startedAt;
    private Instant finishedAt;
    private boolean changed;

    /** A step as stored. */
    public SagaStep(
            int index,
            String tableName,
            String productName,
            StepKind kind,
            int wave,
            List<Integer> dependsOn,
            List<CommandAction> actions,
            StepState state,
            int nextCommand,
            int attempt,
            String detail,
            Instant startedAt,
            Instant finishedAt) {
        this.index = index;
        this.tableName = tableName;
        this.productName = productName;
        this.kind = kind;
        this.wave = wave;
        this.dependsOn = List.copyOf(dependsOn);
        this.actions = List.copyOf(actions);
        this.state = state;
        this.nextCommand = nextCommand;
        this.attempt = attempt;
        this.detail = detail;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    void moveTo(StepState next, String why, Instant now) {
        state = next;
        detail = why;
        if (next == StepState.RUNNING && startedAt == null) {
            startedAt = now;
        }
        if (!next.open()) {
            finishedAt = now;
        } else {
            finishedAt = null;
        }
        changed = true;
    }

    void commandDone() {
        nextCommand++;
        changed = true;
    }

    void retry() {
        attempt++;
        changed = true;
    }

    /** The action of the command to send next, or of the last one when all were sent. */
    public CommandAction currentAction() {
        return actions.isEmpty() ? null : actions.get(Math.min(nextCommand, actions.size() - 1));
    }

    public boolean hasMoreCommands() {
        return nextCommand < actions.size();
    }

    public int index() {
        return index;
    }

    public String tableName() {
        return tableName;
    }

    public String productName() {
        return productName;
    }

    public StepKind kind() {
        return kind;
    }

    public int wave() {
        return wave;
    }

    public List<Integer> dependsOn() {
        return dependsOn;
    }

    public List<CommandAction> actions() {
        return actions;
    }

    public StepState state() {
        return state;
    }

    public int nextCommand() {
        return nextCommand;
    }

    public int attempt() {
        return attempt;
    }

    public String detail() {
        return detail;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Whether the step changed since it was loaded (and must be written back). */
    public boolean changed() {
        return changed;
    }
}
