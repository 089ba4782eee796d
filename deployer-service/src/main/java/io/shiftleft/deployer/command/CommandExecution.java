package io.shiftleft.deployer.command;

import io.shiftleft.deployer.DeployerProperties;
import io.shiftleft.deployer.platform.Outcome;
import io.shiftleft.deployer.platform.PlatformRegistry;
import io.shiftleft.deployer.platform.Step;
import io.shiftleft.deployer.platform.StepAction;
import io.shiftleft.deployer.platform.StepResult;
import io.shiftleft.deployer.platform.StepRunner;
import io.shiftleft.platform.FlinkPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes each command once and answers it. A received command is recorded (RECEIVED) and handed
 * to a worker, so the listener goes on at once; the worker marks it ACTING, acts on the
 * environment's platform, and records the answer (DONE) and its result in the outbox in one
 * transaction. A redelivered command is answered again from the log, or left to the worker that has
 * it. A command for an environment without a platform is REJECTED at once.
 */
@Service
public class CommandExecution {

    private static final Logger log = LoggerFactory.getLogger(CommandExecution.class);
    private static final int FINISH_ATTEMPTS = 5;

    private final CommandLog commandLog;
    private final CommandResultPort results;
    private final TransactionTemplate transactions;
    private final PlatformRegistry platforms;
    private final StepRunner steps;
    private final CommandWorkers workers;
    private final Duration defaultTimeout;
    private final Clock clock = Clock.systemUTC();

    CommandExecution(
            CommandLog commandLog,
            CommandResultPort results,
            TransactionTemplate transactions,
            PlatformRegistry platforms,
            StepRunner steps,
            CommandWorkers workers,
            DeployerProperties properties) {
        this.commandLog = commandLog;
        this.results = results;
        this.transactions = transactions;
        this.platforms = platforms;
        this.steps = steps;
        this.workers = workers;
        this.defaultTimeout = properties.defaultTimeout();
    }

    /** Takes a command from the topic: records and queues it, or answers it at once. */
    public void receive(IncomingCommand command) {
        Optional<IncomingCommand> toAct = transactions.execute(status -> admit(command));
        if (toAct != null) {
            toAct.ifPresent(this::schedule);
        }
    }

    /** Queues every command a previous run left RECEIVED or ACTING (at startup). */
    public int resumeUnfinished() {
        int queued = 0;
        for (IncomingCommand command : commandLog.unfinished()) {
            log.info(
                    "Resuming command {} ({} {}) left unfinished by a previous run",
                    command.commandId(),
                    command.action(),
                    command.statementName());
            queued += schedule(command) ? 1 : 0;
        }
        return queued;
    }

    /** Records a new command; answers the command to act on, empty when it is answered. */
    private Optional<IncomingCommand> admit(IncomingCommand command) {
        Optional<LoggedCommand> logged = commandLog.find(command.commandId());
        if (logged.isPresent() && logged.get().answer().isPresent()) {
            CommandAnswer again = logged.get().answer().get().repeat();
            log.info(
                    "Command {} already answered {}; answering again",
                    command.commandId(),
                    again.outcome());
            results.publish(again);
            return Optional.empty();
        }
        if (logged.isPresent()) {
            log.info(
                    "Command {} is {} already; it is answered when done",
                    command.commandId(),
                    logged.get().state());
            return Optional.of(logged.get().command()); // unless this instance has it already
        }
        Instant now = clock.instant();
        commandLog.receive(command, now);
        if (platforms.find(command.environment()).isEmpty()) {
            CommandAnswer rejected = answer(command, noPlatform(command), now);
            log.warn(
                    "Rejecting command {} ({}): {}",
                    command.commandId(),
                    command.action(),
                    rejected.detail());
            commandLog.finish(rejected);
            results.publish(rejected);
            return Optional.empty();
        }
        return Optional.of(command);
    }

    private boolean schedule(IncomingCommand command) {
        return workers.submit(command.statementName(), command.commandId(), () -> act(command));
    }

    /** Acts on the platform and answers; the worker's part. */
    void act(IncomingCommand command) {
        Optional<Instant> started =
                transactions.execute(
                        status -> commandLog.startActing(command.commandId(), clock.instant()));
        if (started == null || started.isEmpty()) {
            return; // answered meanwhile
        }
        StepResult result =
                platforms
                        .find(command.environment())
                        .map(platform -> run(platform, command))
                        .orElseGet(() -> noPlatform(command));
        if (workers.stopping() || Thread.currentThread().isInterrupted()) {
            log.info(
                    "Command {} was cut short by the shutdown; it stays ACTING and the next start"
                            + " resumes it",
                    command.commandId());
            return;
        }
        CommandAnswer answer = answer(command, result, started.get());
        log.info(
                "Command {} ({} {} in {}): {} {}",
                command.commandId(),
                command.action(),
                command.statementName(),
                command.environment(),
                answer.outcome(),
                answer.detail());
        finish(answer);
    }

    /**
     * Records the answer and its result in one transaction, trying again for a while when the
     * database fails; if it never succeeds, the command stays ACTING and the next start resumes it.
     */
    private void finish(CommandAnswer answer) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(
                        status -> {
                            if (commandLog.finish(answer)) {
                                results.publish(answer);
                            }
                        });
                return;
            } catch (RuntimeException e) {
                if (attempt == FINISH_ATTEMPTS || workers.stopping()) {
                    throw e;
                }
                log.warn(
                        "Recording the answer of command {} failed (attempt {}); trying again",
                        answer.command().commandId(),
                        attempt,
                        e);
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private StepResult run(FlinkPlatform platform, IncomingCommand c) {
        Duration timeout =
                c.timeoutMillis() > 0 ? Duration.ofMillis(c.timeoutMillis()) : defaultTimeout;
        Step step =
                new Step(
                        StepAction.of(c.action()),
                        c.statementName(),
                        c.tableName(),
                        Optional.ofNullable(c.sql()),
                        Optional.ofNullable(c.computePoolId()),
                        c.properties(),
                        c.dropTable(),
                        timeout);
        return steps.run(platform, step);
    }

    private CommandAnswer answer(IncomingCommand command, StepResult result, Instant started) {
        return new CommandAnswer(
                command,
                result.outcome().name(),
                result.phase(),
                result.detail(),
                result.platformId(),
                started,
                clock.instant(),
                false);
    }

    private static StepResult noPlatform(IncomingCommand command) {
        String env = command.environment();
        return new StepResult(
                Outcome.REJECTED,
                StepResult.UNKNOWN,
                "no Flink platform is configured for environment '"
                        + env
                        + "' (set deployer.platforms."
                        + env
                        + ".kind and its settings)",
                Optional.empty());
    }
}
