package io.shiftleft.deployer.command;

import io.shiftleft.deployer.DeployerProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles each command once and answers it. Until a Flink platform adapter is configured for the
 * command's environment, the answer is REJECTED with the reason, so a plan never waits on silence.
 */
@Service
public class CommandExecution {

    private static final Logger log = LoggerFactory.getLogger(CommandExecution.class);

    private final CommandLog commandLog;
    private final CommandResultPort results;
    private final TransactionTemplate transactions;
    private final DeployerProperties properties;
    private final Clock clock = Clock.systemUTC();

    CommandExecution(
            CommandLog commandLog,
            CommandResultPort results,
            TransactionTemplate transactions,
            DeployerProperties properties) {
        this.commandLog = commandLog;
        this.results = results;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Handles one command and returns its answer. */
    public CommandAnswer handle(IncomingCommand command) {
        CommandAnswer answer = transactions.execute(status -> answerOnce(command));
        results.publish(answer);
        return answer;
    }

    private CommandAnswer answerOnce(IncomingCommand command) {
        return commandLog
                .find(command.commandId())
                .map(
                        previous -> {
                            log.info(
                                    "Command {} already answered {}; answering again",
                                    command.commandId(),
                                    previous.outcome());
                            return new CommandAnswer(
                                    previous.command(),
                                    previous.outcome(),
                                    previous.detail(),
                                    previous.startedAt(),
                                    previous.finishedAt(),
                                    true);
                        })
                .orElseGet(
                        () -> {
                            CommandAnswer answer = execute(command);
                            commandLog.record(answer);
                            return answer;
                        });
    }

    private CommandAnswer execute(IncomingCommand command) {
        Instant started = clock.instant();
        String platform = properties.platforms().get(command.environment());
        String detail =
                platform == null
                        ? "no Flink platform is configured for environment '"
                                + command.environment()
                                + "' (set deployer.platforms."
                                + command.environment()
                                + ")"
                        : "the '" + platform + "' platform adapter is not available in this build";
        log.warn("Rejecting command {} ({}): {}", command.commandId(), command.action(), detail);
        return new CommandAnswer(command, "REJECTED", detail, started, clock.instant(), false);
    }
}
