package io.shiftleft.deployer.platform;

import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.StatementStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Executes one step on a platform and says how it ended; never throws. A step that cannot be
 * executed as given is REJECTED; a platform failure is FAILED with the platform's message verbatim
 * (its reason and the statement name first); a deadline that passes is TIMED_OUT. Every call the
 * step makes is idempotent by statement name and SQL hash, so executing a step again after a crash
 * does not run anything twice.
 */
@Component
public class StepRunner {

    private static final Logger log = LoggerFactory.getLogger(StepRunner.class);

    private final Clock clock = Clock.systemUTC();

    /** Executes the step and answers its result. */
    public StepResult run(FlinkPlatform platform, Step step) {
        Optional<String> problem = problem(step);
        if (problem.isPresent()) {
            return StepResult.rejected(problem.get());
        }
        StatementOps ops = new StatementOps(platform, step, new Deadline(clock, step.timeout()));
        try {
            return switch (step.action()) {
                case RUN_DDL -> TableSteps.runDdl(step, ops);
                case DROP_TABLE -> TableSteps.dropTable(step, ops);
                case RUN_DML -> JobSteps.runDml(step, ops);
                case RESTART_DML -> JobSteps.restartDml(step, ops);
                case STOP -> JobSteps.stop(step, ops);
                case RESUME -> JobSteps.resume(step, ops);
                case DELETE -> JobSteps.delete(step, ops);
                case SKIP ->
                        new StepResult(
                                Outcome.SUCCEEDED,
                                StepResult.UNKNOWN,
                                "SKIP: nothing to do for " + step.statementName(),
                                Optional.empty());
                case UNKNOWN ->
                        throw new IllegalStateException(
                                "UNKNOWN actions are rejected before acting, yet "
                                        + step.statementName()
                                        + " got here");
            };
        } catch (PlatformException e) {
            return fromFailure(e, step, ops);
        } catch (RuntimeException e) {
            log.error("Unexpected error in {} of {}", step.action(), step.statementName(), e);
            return new StepResult(
                    Outcome.FAILED,
                    StepResult.UNKNOWN,
                    "Unexpected error in "
                            + step.action()
                            + " of statement "
                            + step.statementName()
                            + ": "
                            + e,
                    Optional.empty());
        }
    }

    private static Optional<String> problem(Step step) {
        String name = step.statementName();
        if (step.action() == StepAction.UNKNOWN) {
            return Optional.of("Unknown action for statement " + name + ": nothing was done");
        }
        boolean needsSql =
                switch (step.action()) {
                    case RUN_DDL, RUN_DML, RESTART_DML -> true;
                    default -> false;
                };
        if (needsSql && step.sql().isEmpty()) {
            return Optional.of(step.action() + " of statement " + name + " carries no SQL");
        }
        return Optional.empty();
    }

    private static StepResult fromFailure(PlatformException e, Step step, StatementOps ops) {
        Outcome outcome =
                switch (e.reason()) {
                    case TIMEOUT -> Outcome.TIMED_OUT;
                    case INVALID_NAME -> Outcome.REJECTED;
                    default -> Outcome.FAILED;
                };
        String name = step.statementName();
        String phase = outcome == Outcome.REJECTED ? StepResult.UNKNOWN : StepResult.MISSING;
        Optional<String> platformId = Optional.empty();
        if (outcome != Outcome.REJECTED) {
            try {
                Optional<StatementStatus> last = ops.find(name);
                if (last.isPresent()) {
                    phase = last.get().phase().name();
                    platformId = last.get().platformId();
                }
            } catch (PlatformException again) {
                phase = StepResult.UNKNOWN;
                log.debug("No status of {} after a failure: {}", name, again.getMessage());
            }
        }
        return new StepResult(outcome, phase, e.getMessage(), platformId);
    }
}
