package io.shiftleft.deployer.command.adapter.out.jdbc;

import io.shiftleft.deployer.command.CommandAnswer;
import io.shiftleft.deployer.command.CommandLog;
import io.shiftleft.deployer.command.IncomingCommand;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link CommandLog} on the deployer's PostgreSQL schema. */
@Component
class JdbcCommandLog implements CommandLog {

    private final CommandRepository rows;

    JdbcCommandLog(CommandRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<CommandAnswer> find(String commandId) {
        return rows.findByCommandId(commandId)
                .map(
                        row ->
                                new CommandAnswer(
                                        new IncomingCommand(
                                                row.commandId(),
                                                row.requestId(),
                                                row.planId(),
                                                row.stepId(),
                                                row.environment(),
                                                row.action(),
                                                row.statementName()),
                                        row.outcome(),
                                        row.detail(),
                                        row.startedAt(),
                                        row.finishedAt(),
                                        false));
    }

    @Override
    public void record(CommandAnswer answer) {
        IncomingCommand c = answer.command();
        rows.save(
                new CommandRow(
                        null,
                        c.commandId(),
                        c.requestId(),
                        c.planId(),
                        c.stepId(),
                        c.environment(),
                        c.action(),
                        c.statementName(),
                        answer.outcome(),
                        answer.detail(),
                        answer.startedAt(),
                        answer.finishedAt()));
    }
}
